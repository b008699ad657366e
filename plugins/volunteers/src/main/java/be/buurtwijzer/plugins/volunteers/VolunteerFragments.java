package be.buurtwijzer.plugins.volunteers;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.report.ReportFragment;
import be.buurtwijzer.plugin.api.report.ReportFragmentSpec;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The volunteer policy's part of a report: the figures, in counts (never people), and the reach per neighbourhood. */
final class VolunteerFragments {

    private VolunteerFragments() {
    }

    static List<ReportFragmentSpec> all() {
        return List.of(new ReportFragmentSpec("figures", new Text("Vrijwilligers in cijfers", "Volunteers in figures"),
                new Text("Hoeveel vrijwilligers actief zijn en aansloten, het goedgekeurde beleid, en de vrijwilligers "
                        + "tegenover de bewoners van hun buurt. Aantallen, geen namen.", "How many volunteers are active "
                        + "and joined, the approved policy, and the volunteers against the residents of their "
                        + "neighbourhood. Counts, no names."), VolunteersInstrument.READ, List.of(),
                VolunteerFragments::figures));
    }

    @SuppressWarnings("unchecked")
    static ReportFragment figures(InstrumentContext context, Map<String, String> parameters) {
        VolunteerService service = new VolunteerService(context);
        Payloads.Summary summary = service.summary();
        var reach = service.reach();
        List<ReportFragment.Block> blocks = new ArrayList<>();
        blocks.add(new ReportFragment.Paragraph(VolunteersView.sentence(context, summary)));
        blocks.add(new ReportFragment.Table(null, List.of(context.text("Cijfer", "Figure"), context.text("Aantal",
                "Count")),
                List.of(List.of(context.text("Actieve vrijwilligers", "Active volunteers"),
                String.valueOf(summary.activeVolunteers())),
                        List.of(context.text("Vrijwilligers ooit geregistreerd", "Volunteers ever registered"),
                                String.valueOf(summary.volunteersTotal())),
                        List.of(context.text("Sloten aan in het afgelopen jaar", "Joined in the last year"),
                                String.valueOf(reach.joinedLastYear())),
                        List.of(context.text("Goedgekeurde beleidsversie", "Approved policy version"),
                                summary.approvedPolicyVersion() == null ? "—" : "v" + summary.approvedPolicyVersion()))));
        for (Payloads.ComparisonDetails view : new ReachService(context).compare()) {
            var c = view.comparison();
            List<List<String>> rows = c.bands().stream().map(b -> List.of(AgeBands.label(b.band(), context),
                    b.residentsShare().toPlainString().replace('.', ',') + " %",
                    b.volunteersShare() == null ? "—" : b.volunteersShare().toPlainString().replace('.', ',') + " %",
                    b.underrepresented() ? context.text("ondervertegenwoordigd", "underrepresented") : "")).toList();
            blocks.add(new ReportFragment.Table(context.text("Vrijwilligers tegenover de bewoners: ",
                    "Volunteers against "
                    + "the residents: ") + view.neighbourhood() + " (" + context.text("bron: ", "source: ")
                    + c.source() + ", "
                    + DateTimeFormatter.ofPattern("dd/MM/yyyy").format(c.date()) + ")", List.of(context.text("Leeftijd",
                    "Age"), context.text("Bewoners", "Residents"), context.text("Vrijwilligers", "Volunteers"),
                    context.text("Let op", "Note")), rows));
        }
        String today = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels"))));
        return new ReportFragment(context.text("Vrijwilligers", "Volunteers"), context.tenant().name() + " · "
                + context.text("stand van ", "as of ") + today, blocks);
    }
}
