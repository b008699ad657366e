package be.buurtwijzer.core.application.lifecycle;

import java.util.List;
import java.util.Map;

/**
 * An import that was written: the new municipality, how many rows of each kind arrived, and the
 * accounts that had to be created (they have no usable password until a reset gives them one).
 */
public record ImportResult(String slug, String name, String sourceSlug, Map<String, Long> rows,
        List<String> createdAccounts, List<String> linkedAccounts) {
}
