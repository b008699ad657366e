package be.buurtwijzer.core.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class KeyedFingerprintTest {

    @Test
    void recognisesTheSameTextUnderItsOwnKeyOnly() {
        KeyedFingerprint one = new KeyedFingerprint();
        assertEquals(one.of("Buurtwijzer-demo-2026"), one.of("Buurtwijzer-demo-2026"));
        assertNotEquals(one.of("Buurtwijzer-demo-2026"), one.of("Buurtwijzer-demo-2027"));
        assertNotEquals(one.of("Buurtwijzer-demo-2026"), new KeyedFingerprint().of("Buurtwijzer-demo-2026"),
                "another key, another fingerprint");
        assertFalse(one.of("Buurtwijzer-demo-2026").contains("Buurtwijzer"), "the text is not in it");
        assertEquals(64, one.of("").length());
    }
}
