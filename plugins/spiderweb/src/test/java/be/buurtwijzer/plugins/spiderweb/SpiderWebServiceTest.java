package be.buurtwijzer.plugins.spiderweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import be.buurtwijzer.plugin.api.Attention;
import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugin.testkit.TestInstrumentContext;
import be.buurtwijzer.plugins.spiderweb.domain.Enthusiasm;
import be.buurtwijzer.plugins.spiderweb.domain.Participation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spider web's operations on a municipality of the plugin test kit: register, records and roles in memory. */
class SpiderWebServiceTest {

    private final TestInstrumentContext context = TestInstrumentContext.of(new SpiderWebInstrument())
            .role(MemberRole.COORDINATOR).build();

    private List<String> attention() {
        return new SpiderWebInstrument().attention().finder().find(context).stream().map(a -> a.message().nl())
                .toList();
    }

    private Payloads.WebInput web(String name, Payloads.PlacementInput... placements) {
        return new Payloads.WebInput(null, name, null, Documents.WebKind.CHALLENGE, List.of(placements), List.of(), null,
                null);
    }

    @Test
    void aWebWithoutActorsAsksNothing() {
        context.call("save-web", web("Leeg web"));
        assertEquals(List.of(), attention());
    }

    @Test
    void theHomePageNamesTheWebAndThePartnerWhoseCollaborationFallsShortButNotOneThatDoesMore() {
        String short_ = context.register().actor("Buurtwerk De Linde", "ORGANISATION", "WELFARE", null);
        String more = context.register().actor("Apotheek Centrum", "ORGANISATION", "CARE", null);
        context.call("save-web", web("Eenzaamheid in De Linde",
                new Payloads.PlacementInput(short_, Intensity.SHARE_INFORMATION, Intensity.CARRY_OUT_TOGETHER,
                        Participation.CONSULT, Enthusiasm.SPARK, null),
                new Payloads.PlacementInput(more, Intensity.CARRY_OUT_TOGETHER, Intensity.REFER, Participation.INFORM,
                        Enthusiasm.SPARK, null)));

        List<String> asked = attention();
        assertEquals(2, asked.size(), asked.toString());
        assertEquals("Eenzaamheid in De Linde — Buurtwerk De Linde: de samenwerking vraagt 'samen activiteiten "
                + "uitvoeren', nu is het 'informatie delen'.", asked.get(0));
        assertEquals(true, asked.get(1).startsWith("Eenzaamheid in De Linde — Beperkte diversiteit aan partners"),
                asked.get(1));
        List<Attention> english = new SpiderWebInstrument().attention().finder().find(context);
        assertEquals(true, english.get(0).message().en().contains("the collaboration needs 'carry out activities "
                + "together'"));
    }

    @Test
    void aPartnerCannotSaveAWeb() {
        assertThrows(SecurityException.class, () -> context.as(MemberRole.PARTNER).call("save-web", web("Van de partner")));
        assertEquals(0, context.store().count(SpiderWebService.WEB));
    }
}
