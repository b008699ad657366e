package be.buurtwijzer.plugins.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.Attention;
import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugin.testkit.TestInstrumentContext;
import be.buurtwijzer.plugins.packages.domain.Activity;
import be.buurtwijzer.plugins.packages.domain.Link;
import be.buurtwijzer.plugins.packages.domain.PackageSetup;
import be.buurtwijzer.plugins.packages.domain.Strength;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The planner's operations on a municipality of the plugin test kit: records and roles in memory, no server. */
class PlannerServiceTest {

    private final TestInstrumentContext context = TestInstrumentContext.of(new PackagesInstrument())
            .role(MemberRole.COORDINATOR).build();

    private static Activity activity(String id, String name) {
        return new Activity(id, name, true, Scale.MUNICIPALITY, null, null, 1, List.of(), List.of(), List.of(), null);
    }

    /** Two activities that belong together strongly, put in two packages: the seed asks whether that split is logical. */
    private static Payloads.PlanInput splitAgainstItsLink() {
        return new Payloads.PlanInput(null, "Maria blijft thuis wonen", null,
                List.of(activity("thuis", "Thuiszorg"), activity("vervoer", "Vervoer")),
                List.of(new Link("thuis", "vervoer", Strength.STRONG)),
                List.of(PackageSetup.of("Thuis", List.of("thuis"), null, null, Set.of()),
                        PackageSetup.of("Onderweg", List.of("vervoer"), null, null, Set.of())),
                null, null, null, null, null, null);
    }

    private List<Attention> attention() {
        return new PackagesInstrument().attention().finder().find(context);
    }

    @Test
    void anEmptyMunicipalityAsksNothing() {
        assertEquals(List.of(), attention());
    }

    @Test
    void aPlanSplitAgainstItsStrongestLinkIsNamedOnTheHomePageAfterItsChallenge() {
        Payloads.PlanDetails saved = context.call("save-plan", splitAgainstItsLink(), Payloads.PlanDetails.class);
        assertEquals(2, saved.analysis().packages().size());

        List<Attention> asked = attention();
        assertEquals(1, asked.size(), asked.toString());
        String dutch = asked.get(0).message().nl();
        assertTrue(dutch.startsWith("Maria blijft thuis wonen: 'Onderweg' en 'Thuis' hangen zo sterk samen"), dutch);
        assertTrue(asked.get(0).message().en().startsWith("Maria blijft thuis wonen: 'Onderweg' and 'Thuis'"));
    }

    @Test
    void aPartnerReadsThePlansButCannotSaveOne() {
        context.call("save-plan", splitAgainstItsLink());
        assertThrows(SecurityException.class, () -> context.as(MemberRole.PARTNER).call("save-plan",
                splitAgainstItsLink()));
        assertEquals(1, context.store().count(PlannerService.PLAN), "nothing saved by the partner");
        List<?> plans = (List<?>) context.as(MemberRole.PARTNER).call("plans", new Payloads.None());
        assertEquals(1, plans.size(), "the partner reads the plan");
    }
}
