package be.buurtwijzer.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.domain.instruments.ApiCompatibility;
import be.buurtwijzer.core.domain.instruments.PluginManifest;
import org.junit.jupiter.api.Test;

class ApiCompatibilityTest {

    private final ApiCompatibility platform = new ApiCompatibility("2.0.0", "1.0.0");

    private static PluginManifest requiring(String core, String ui) {
        return new PluginManifest("ecosystem-web", "1.0.0", core, "Buurtwijzer", null, ui);
    }

    private String reason(PluginManifest manifest) {
        ApiCompatibility.Refusal refusal = platform.refusal(manifest);
        return refusal == null ? null : refusal.reason();
    }

    @Test
    void theRefusalNamesTheManifestEntryToChange() {
        assertEquals("Plugin-Requires-UI", platform.refusal(requiring(">=2.0.0", ">=2.0.0")).entry());
        assertEquals("Plugin-Requires", platform.refusal(requiring(">=3.0.0", ">=2.0.0")).entry());
    }

    @Test
    void aPluginWithinBothRangesRuns() {
        assertNull(reason(requiring(">=2.0.0 & <3.0.0", ">=1.0.0 & <2.0.0")));
    }

    @Test
    void aPluginWithoutPagesNeedsNoUiRange() {
        assertNull(reason(requiring(">=2.0.0 & <3.0.0", null)));
    }

    @Test
    void missingOrStarRangesAcceptAnyVersion() {
        assertNull(reason(requiring(null, " ")));
        assertNull(reason(requiring("*", "*")));
    }

    @Test
    void aPluginBuiltForTheOldContractWithViewsInsideIsRefused() {
        assertEquals("it requires platform API >=1.6.0 & <2.0.0, this platform offers 2.0.0",
                reason(requiring(">=1.6.0 & <2.0.0", null)));
    }

    @Test
    void aPluginNeedingANewerUiContractIsRefusedEvenWhenTheCoreFits() {
        assertEquals("it requires UI API >=2.0.0, this platform offers 1.0.0",
                reason(requiring(">=2.0.0 & <3.0.0", ">=2.0.0")));
    }

    @Test
    void anUnreadableRangeIsNamed() {
        assertTrue(reason(requiring(">=2.0.0", "version two")).startsWith("its Plugin-Requires-UI 'version two' cannot be read"));
    }
}
