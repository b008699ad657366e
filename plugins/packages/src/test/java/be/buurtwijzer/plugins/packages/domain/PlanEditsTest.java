package be.buurtwijzer.plugins.packages.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanEditsTest {

    private static Activity activity(String id) {
        return new Activity(id, "Activiteit " + id, true, Scale.MUNICIPALITY, null, null, 1, List.of(), List.of(),
                List.of(), null);
    }

    private final PackageSetup care = PackageSetup.of("Zorg", List.of("a", "b"), true, false, Set.of(Level.OPERATIONAL));
    private final PackageSetup moving = PackageSetup.of("Mobiliteit", List.of("c"), null, null, Set.of());
    private final List<PackageSetup> packages = List.of(care, moving);

    @Test
    void aRemovedActivityTakesItsLinksAndLeavesItsPackage() {
        List<Link> links = List.of(new Link("a", "b", Strength.STRONG), new Link("b", "c", Strength.WEAK));

        PlanEdits.WithoutActivity edited = PlanEdits.removeActivity("b", List.of(activity("a"), activity("b"),
                activity("c")), links, packages);

        assertEquals(List.of("a", "c"), edited.activities().stream().map(Activity::id).toList());
        assertEquals(List.of(), edited.links());
        assertEquals(List.of(List.of("a"), List.of("c")), edited.packages().stream().map(PackageSetup::activityIds)
                .toList());
        assertEquals(Boolean.TRUE, edited.packages().get(0).complex(), "the package keeps its answers");
    }

    @Test
    void aPackageLeftEmptyGoes() {
        PlanEdits.WithoutActivity edited = PlanEdits.removeActivity("c", List.of(activity("a"), activity("b"),
                activity("c")), List.of(), packages);

        assertEquals(List.of("Zorg"), edited.packages().stream().map(PackageSetup::name).toList());
    }

    @Test
    void anActivityMovesToTheEndOfAnotherPackageOrToNone() {
        List<PackageSetup> moved = PlanEdits.move("a", "Mobiliteit", packages);
        assertEquals(List.of(List.of("b"), List.of("c", "a")), moved.stream().map(PackageSetup::activityIds).toList());

        List<PackageSetup> none = PlanEdits.move("c", null, packages);
        assertEquals(List.of(care), none, "out of every package; the package left empty goes");
    }

    @Test
    void anActivityIsPinnedToThePackageItIsInOrLetGo() {
        assertEquals("Mobiliteit", PlanEdits.pin(activity("c"), true, packages).pinnedTo());
        assertEquals(null, PlanEdits.pin(activity("x"), true, packages).pinnedTo(), "in no package: nothing to pin to");
        assertEquals(null, PlanEdits.pin(PackageEdits.pinned(activity("a"), "Zorg"), false, packages).pinnedTo());
    }

    @Test
    void anAnswerAboutTwoPackagesReplacesTheEarlierOneInEitherOrder() {
        LinkSetup earlier = new LinkSetup("Zorg", "Mobiliteit", false, false, Set.of());
        LinkSetup other = new LinkSetup("Zorg", "Wonen", false, false, Set.of());
        LinkSetup now = new LinkSetup("Mobiliteit", "Zorg", true, true, Set.of(Level.STRATEGIC));

        assertEquals(List.of(other, now), PlanEdits.answer(now, List.of(earlier, other)));
    }

    @Test
    void answersAboutAPackageThatIsGoneAreDropped() {
        LinkSetup kept = new LinkSetup("Zorg", "Mobiliteit", true, false, Set.of());
        LinkSetup stale = new LinkSetup("Zorg", "Wonen", true, false, Set.of());

        assertEquals(List.of(kept), PlanEdits.current(List.of(kept, stale), packages));
    }
}
