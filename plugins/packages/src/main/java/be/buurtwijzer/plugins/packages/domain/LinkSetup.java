package be.buurtwijzer.plugins.packages.domain;

import java.util.Set;

/**
 * The team's answers about the link between two packages (003 worksheet, step 5: "Is de link tussen
 * pakketten eenvoudig en stabiel? Coördinatie kan hiërarchisch. Complex en veranderlijk? Kies
 * decentrale coördinatie."), and the levels at which the two packages agree to decide together.
 *
 * @param agreedLevels the team's answer; null while the team has not answered (the tool then shows its
 *     suggestion as a suggestion)
 */
public record LinkSetup(String first, String second, Boolean complex, Boolean changeable, Set<Level> agreedLevels) {

    public LinkSetup {
        agreedLevels = agreedLevels == null ? null : Set.copyOf(agreedLevels);
    }

    public boolean concerns(String a, String b) {
        return first != null && second != null && (first.equals(a) && second.equals(b) || first.equals(b)
                && second.equals(a));
    }
}
