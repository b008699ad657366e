package be.buurtwijzer.core.domain.instruments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginHealthTest {

    @Test
    void countsCallsAndFailuresPerPluginAndKeepsTheLatestTwentyFailuresNewestFirst() {
        PluginHealth health = new PluginHealth();
        health.state("typology", "1.2.0", PluginHealth.State.STARTED, null);
        health.state("logbook", "2.0.0", PluginHealth.State.REFUSED, "Refused: needs API 3.");
        for (int i = 0; i < 25; i++) {
            health.called("typology");
            health.failed("typology", new PluginHealth.Failure(Instant.ofEpochSecond(i), "operation", "fout " + i,
                    "ref-" + i));
        }
        health.called("typology");

        List<PluginHealth.Snapshot> snapshots = health.snapshots();
        assertEquals(List.of("logbook", "typology"), snapshots.stream().map(PluginHealth.Snapshot::pluginId).toList(),
                "in plugin id order");
        PluginHealth.Snapshot refused = snapshots.get(0);
        assertEquals(PluginHealth.State.REFUSED, refused.state());
        assertEquals("Refused: needs API 3.", refused.reason());
        assertEquals(0, refused.calls());
        PluginHealth.Snapshot typology = snapshots.get(1);
        assertEquals("1.2.0", typology.version());
        assertEquals(26, typology.calls());
        assertEquals(25, typology.failures(), "every failure is counted");
        assertEquals(20, typology.recentFailures().size(), "only the latest twenty are kept");
        assertEquals("ref-24", typology.recentFailures().get(0).reference(), "the newest first");
        assertEquals("ref-5", typology.recentFailures().get(19).reference());
    }
}
