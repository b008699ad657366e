package be.buurtwijzer.plugins.spiderweb.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScanQuestionTest {

    @Test
    void aBlankScanAnswerIsNoAnswer() {
        Map<ScanQuestion, String> typed = new EnumMap<>(ScanQuestion.class);
        typed.put(ScanQuestion.PERSPECTIVE, "Open en mee in het verhaal");
        typed.put(ScanQuestion.LEVERS, "  ");
        typed.put(ScanQuestion.OBSTACLES, "");
        assertEquals(Map.of(ScanQuestion.PERSPECTIVE, "Open en mee in het verhaal"), ScanQuestion.answered(typed));
    }
}
