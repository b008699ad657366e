package be.buurtwijzer.plugins.packages.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackageEditsTest {

    private static Activity activity(String id, String pinnedTo) {
        return new Activity(id, "Activiteit " + id, true, Scale.MUNICIPALITY, null, null, 1, List.of(), List.of(),
                List.of(), pinnedTo);
    }

    private final PackageSetup care = PackageSetup.of("Zorg", List.of("a", "b"), true, false, Set.of(Level.OPERATIONAL));
    private final PackageSetup moving = PackageSetup.of("Mobiliteit", List.of("c"), null, null, Set.of());
    private final List<PackageSetup> packages = List.of(care, moving);

    @Test
    void aNameMustBeNonEmptyAndNotAnotherPackagesButMayStayTheSame() {
        assertTrue(PackageEdits.nameFree("Zorg", care, packages), "keeping its own name");
        assertTrue(PackageEdits.nameFree(" Zorg en welzijn ", care, packages));
        assertFalse(PackageEdits.nameFree("Mobiliteit", care, packages));
        assertFalse(PackageEdits.nameFree("  ", care, packages));
        assertFalse(PackageEdits.nameFree(null, care, packages));
    }

    @Test
    void renamingKeepsThePlaceAndCarriesPinsAndTheAnswersAboutLinksToTheNewName() {
        List<Activity> activities = List.of(activity("a", "Zorg"), activity("b", null), activity("c", "Mobiliteit"));
        List<LinkSetup> answers = List.of(new LinkSetup("Zorg", "Mobiliteit", true, true, Set.of(Level.STRATEGIC)));

        PackageEdits.Edited edited = PackageEdits.replace(care, care.named("Thuiszorg"), packages, activities, answers);

        assertEquals(List.of("Thuiszorg", "Mobiliteit"), edited.packages().stream().map(PackageSetup::name).toList());
        assertEquals("Thuiszorg", edited.activities().get(0).pinnedTo());
        assertEquals(null, edited.activities().get(1).pinnedTo());
        assertEquals("Mobiliteit", edited.activities().get(2).pinnedTo(), "another package's pins stay");
        assertEquals("Thuiszorg", edited.linkSetups().get(0).first());
        assertEquals(Set.of(Level.STRATEGIC), edited.linkSetups().get(0).agreedLevels(), "the team's answer is kept");
        assertThrows(IllegalArgumentException.class, () -> PackageEdits.replace(care, care.named("Mobiliteit"),
                packages, activities, answers));
    }

    @Test
    void mergingAddsTheOthersActivitiesAndKeepsTheFirstsNameAndAnswers() {
        List<PackageSetup> merged = PackageEdits.merge(care, moving, packages);
        assertEquals(1, merged.size());
        assertEquals("Zorg", merged.get(0).name());
        assertEquals(List.of("a", "b", "c"), merged.get(0).activityIds());
        assertEquals(Boolean.TRUE, merged.get(0).complex());
    }

    @Test
    void splittingFollowsTheLinksInsideThePackageOnlyAndNamesThePartsAfterIt() {
        PackageSetup large = PackageSetup.of("Alles", List.of("a", "b", "c", "d"), null, null, Set.of());
        List<Activity> activities = List.of(activity("a", "Alles"), activity("b", null), activity("c", null),
                activity("d", null));
        // a–b and c–d hang together strongly; b–c weakly; e is outside the package and pulls at nothing
        List<Link> links = List.of(new Link("a", "b", Strength.STRONG), new Link("c", "d", Strength.STRONG),
                new Link("b", "c", Strength.WEAK), new Link("d", "e", Strength.STRONG));

        Division parts = PackageEdits.splitProposal(large, activities, links);
        List<PackageSetup> split = PackageEdits.split(large, parts, List.of(moving, large));

        assertEquals(List.of("Mobiliteit", "Alles A", "Alles B"), split.stream().map(PackageSetup::name).toList(),
                "the parts take the package's place, named after it");
        assertEquals(Set.of(Set.of("a", "b"), Set.of("c", "d")), Set.of(Set.copyOf(split.get(1).activityIds()),
                Set.copyOf(split.get(2).activityIds())));
    }
}
