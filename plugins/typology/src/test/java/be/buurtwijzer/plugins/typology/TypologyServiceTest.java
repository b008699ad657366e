package be.buurtwijzer.plugins.typology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugin.testkit.TestInstrumentContext;
import be.buurtwijzer.plugins.typology.domain.Driver;
import be.buurtwijzer.plugins.typology.domain.Goal;
import be.buurtwijzer.plugins.typology.domain.InitiativeType;
import be.buurtwijzer.plugins.typology.domain.Lead;
import be.buurtwijzer.plugins.typology.domain.Portfolio;
import be.buurtwijzer.plugins.typology.domain.Warning;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The typology's operations on a municipality of the plugin test kit: register, records and roles in memory. */
class TypologyServiceTest {

    private final TestInstrumentContext context = TestInstrumentContext.of(new TypologyInstrument())
            .role(MemberRole.COORDINATOR).build();

    private Payloads.AnswersInput tie(String initiativeId, Long version) {
        return new Payloads.AnswersInput(initiativeId, Set.of(Goal.MEETING, Goal.CARE_AND_SUPPORT),
                Set.of(Driver.NEIGHBOURS, Driver.PROFESSIONALS), Lead.CITIZENS, Set.of(Scale.MUNICIPALITY),
                Scale.GEOGRAPHIC_NEIGHBOURHOOD, Set.of(), false, List.of(), false, false, false, version);
    }

    @Test
    void aTieIsChosenByTheCoordinatorAndKeptInTheHistory() {
        String id = context.register().initiative("Buurtpunt", null, "RUNNING");
        var saved = context.call("save-answers", tie(id, null), Payloads.ProfileDetails.class);
        var proposal = context.call("classify", new Payloads.InitiativeRef(id), Payloads.ProposalDetails.class);
        assertEquals(null, proposal.type());
        assertEquals(List.of(InitiativeType.WARM_NEIGHBOUR, InitiativeType.NEIGHBOURHOOD_CARE), proposal.tiedWith());
        InstrumentException unchosen = assertThrows(InstrumentException.class, () -> context.call("decide",
                new Payloads.Decision(id, null, null, saved.version())));
        assertEquals("type", unchosen.field());
        var decided = context.call("decide", new Payloads.Decision(id, InitiativeType.WARM_NEIGHBOUR, null,
                saved.version()), Payloads.ProfileDetails.class);
        Classification c = decided.history().get(0);
        assertEquals(InitiativeType.WARM_NEIGHBOUR, c.chosen());
        assertEquals(false, c.overridden());
        assertEquals(2, c.tiedWith().size());
    }

    @Test
    void aPartnerReadsButCannotClassify() {
        String id = context.register().initiative("Buurtpunt", null, "RUNNING");
        assertThrows(SecurityException.class, () -> context.as(MemberRole.PARTNER).call("save-answers", tie(id, null)));
        assertEquals(0, context.store().count("profile"));
        context.as(MemberRole.PARTNER).call("portfolio", new Payloads.PortfolioRequest(null));
    }

    @Test
    void thePortfolioReadsTheRegistersStatusForInitiativesStartingAtOnce() {
        for (String name : List.of("Repaircafé", "Buurtsoep", "Wandelclub")) {
            context.register().initiative(name, null, "PREPARING");
        }
        Portfolio portfolio = context.call("portfolio", new Payloads.PortfolioRequest(null), Portfolio.class);
        assertTrue(portfolio.warnings().stream().anyMatch(w -> w.kind() == Warning.Kind.MANY_STARTING_AT_ONCE),
                portfolio.warnings().toString());
    }
}
