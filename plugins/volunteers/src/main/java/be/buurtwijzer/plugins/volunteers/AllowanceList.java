package be.buurtwijzer.plugins.volunteers;

import be.buurtwijzer.plugin.api.Csv;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugins.volunteers.Payloads.Allowances;
import be.buurtwijzer.plugins.volunteers.Payloads.BookingDetails;
import be.buurtwijzer.plugins.volunteers.Payloads.YearSummary;
import be.buurtwijzer.plugins.volunteers.domain.Money;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The nominative list per calendar year that volunteer law asks an organisation paying flat-rate allowances to
 * keep (volunteer, day, amount), with the yearly summary per volunteer: CSV for Excel in Belgium and PDF.
 */
final class AllowanceList {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final InstrumentContext context;
    private final Allowances year;

    AllowanceList(InstrumentContext context, int year) {
        this.context = context;
        this.year = new VolunteerService(context).allowances(year, null);
    }

    /** The year asked for ({@code ?year=2025}), this year by default. */
    static int year(InstrumentContext context, Map<String, String> parameters) {
        String year = parameters.get("year");
        if (year == null || year.isBlank()) {
            return LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels"))).getYear();
        }
        try {
            int value = Integer.parseInt(year.strip());
            if (value < 2000 || value > 2200) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw InstrumentException.invalid("year", "is a calendar year, e.g. 2025");
        }
    }

    private String type(BookingDetails b) {
        return context.text(b.type().label());
    }

    byte[] csv() {
        Csv csv = Csv.forBelgianExcel().row("Vrijwilliger", "Datum", "Soort vergoeding", "Bedrag (EUR)", "Kilometer",
                "Omschrijving");
        for (BookingDetails b : year.bookings()) {
            csv.row(b.volunteer(), DATE.format(b.date()), type(b), Money.plain(b.amount()),
                    b.km() == null ? "" : b.km().toString(), b.description());
        }
        csv.blankLine().row("Jaaroverzicht " + year.year(), "Forfaitair (EUR)", "Reële kosten (EUR)", "Kilometer",
                "Elders ontvangen (EUR)", "Jaarplafond (EUR)", "Nog mogelijk (EUR)");
        for (YearSummary s : year.volunteers()) {
            csv.row(s.volunteer(), Money.plain(s.flatRate()), Money.plain(s.realCosts()), Integer.toString(s.km()),
                    Money.plain(s.elsewhere()), s.yearCap() == null ? "" : Money.plain(s.yearCap()),
                    s.room() == null ? "" : Money.plain(s.room()));
        }
        return csv.toExcelBytes();
    }

    byte[] pdf() {
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"UTF-8\"/><title>Nominatieve lijst</title>"
                + "<style>@page{size:A4;margin:15mm} body{font-family:sans-serif;font-size:9.5pt} h1{font-size:15pt}"
                + " table{border-collapse:collapse;width:100%;margin:6pt 0 14pt 0} th,td{border:1px solid #999;"
                + "padding:2pt 4pt;text-align:left} td.n{text-align:right}</style></head><body>");
        html.append("<h1>Nominatieve lijst vrijwilligersvergoedingen ").append(year.year()).append("</h1><p>")
                .append(OrganisationNote.x(context.tenant().name())).append(" — opgemaakt op ")
                .append(DATE.format(LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels"))))).append("</p>");
        html.append("<table><tr><th>Vrijwilliger</th><th>Datum</th><th>Soort</th><th>Bedrag</th><th>km</th></tr>");
        for (BookingDetails b : year.bookings()) {
            html.append("<tr><td>").append(OrganisationNote.x(b.volunteer())).append("</td><td>")
                    .append(DATE.format(b.date())).append("</td><td>").append(OrganisationNote.x(type(b)))
                    .append("</td><td class=\"n\">").append(OrganisationNote.x(Money.euro(b.amount())))
                    .append("</td><td class=\"n\">").append(b.km() == null ? "" : b.km()).append("</td></tr>");
        }
        html.append("</table><h2>Jaaroverzicht per vrijwilliger</h2><table><tr><th>Vrijwilliger</th><th>Forfaitair</th>"
                + "<th>Reële kosten</th><th>km</th><th>Elders</th><th>Nog mogelijk</th></tr>");
        for (YearSummary s : year.volunteers()) {
            html.append("<tr><td>").append(OrganisationNote.x(s.volunteer())).append("</td><td class=\"n\">")
                    .append(OrganisationNote.x(Money.euro(s.flatRate()))).append("</td><td class=\"n\">")
                    .append(OrganisationNote.x(Money.euro(s.realCosts()))).append("</td><td class=\"n\">").append(s.km())
                    .append("</td><td class=\"n\">").append(OrganisationNote.x(Money.euro(s.elsewhere())))
                    .append("</td><td class=\"n\">").append(s.room() == null ? "—" : OrganisationNote.x(Money.euro(
                            s.room()))).append("</td></tr>");
        }
        html.append("</table></body></html>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder().useFastMode().withHtmlContent(html.toString(), null).toStream(out).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
