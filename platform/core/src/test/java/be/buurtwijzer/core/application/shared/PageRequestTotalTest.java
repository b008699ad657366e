package be.buurtwijzer.core.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PageRequestTotalTest {

    private static PageRequest page(int page, int size) {
        return new PageRequest(page, size, "name", false);
    }

    @Test
    void aPageThatIsNotFullEndsTheListSoItsCountIsTheTotal() {
        assertEquals(OptionalLong.of(4), page(0, 20).totalFrom(4));
        assertEquals(OptionalLong.of(47), page(2, 20).totalFrom(7));
    }

    @Test
    void anEmptyFirstPageMeansAnEmptyList() {
        assertEquals(OptionalLong.of(0), page(0, 20).totalFrom(0));
    }

    @Test
    void aFullPageMayHaveMoreAfterItSoItNeedsACount() {
        assertTrue(page(0, 20).totalFrom(20).isEmpty());
        assertTrue(page(3, 1).totalFrom(1).isEmpty());
    }

    @Test
    void anEmptyPageAfterTheEndSaysNothingOfTheTotal() {
        assertTrue(page(5, 20).totalFrom(0).isEmpty());
    }
}
