package be.buurtwijzer.core.domain.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColoursTest {

    @Test
    void contrastWithWhiteFollowsTheWcagFormula() {
        assertEquals(21.0, Colours.contrastWithWhite("#000000"), 0.01);
        assertEquals(1.0, Colours.contrastWithWhite("#FFFFFF"), 0.01);
        assertEquals(4.54, Colours.contrastWithWhite("#767676"), 0.01, "the lightest grey that passes");
        assertTrue(Colours.contrastWithWhite("#777777") < Colours.MINIMUM_CONTRAST, "one step lighter fails");
        assertTrue(Colours.contrastWithWhite("#FFD700") < 2, "gold cannot be read on white");
    }

    @Test
    void onlySixDigitHexColoursAreKeptInCapitals() {
        assertEquals(Optional.of("#1A5FA0"), Colours.normal(" #1a5fa0 "));
        assertEquals(Optional.empty(), Colours.normal("#1A5FA"));
        assertEquals(Optional.empty(), Colours.normal("blauw"));
        assertEquals(Optional.empty(), Colours.normal("#1A5FA0; background:url(x)"));
        assertEquals(Optional.empty(), Colours.normal(null));
    }
}
