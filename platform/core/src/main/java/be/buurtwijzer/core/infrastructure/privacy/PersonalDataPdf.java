package be.buurtwijzer.core.infrastructure.privacy;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The readable form of a data-subject export: the same JSON document laid out as headed tables in Dutch,
 * with the municipality, the person and the date on top, for the person to read and keep.
 */
public final class PersonalDataPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** Dutch headings for the export's own keys; a plugin's keys are shown as the plugin wrote them. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("register", "Register van de gemeente"),
            Map.entry("registerActors", "Als actor in het register"),
            Map.entry("contactOf", "Als contactpersoon van"),
            Map.entry("mentionedIn", "Vermeld in een beschrijving"),
            Map.entry("memberships", "Lidmaatschap van het platform"),
            Map.entry("invitations", "Uitnodigingen"),
            Map.entry("consents", "Toestemmingen"),
            Map.entry("instruments", "Instrumenten"),
            Map.entry("instrumentsNotAsked", "Instrumenten die nu niet konden worden bevraagd"),
            Map.entry("auditEntriesMentioningThePerson", "Vermeldingen in het auditlogboek"),
            Map.entry("organisation", "Organisatie"),
            Map.entry("person", "Persoon"),
            Map.entry("email", "E-mail"),
            Map.entry("phone", "Telefoon"),
            Map.entry("name", "Naam"),
            Map.entry("kind", "Soort"),
            Map.entry("sector", "Sector"),
            Map.entry("description", "Beschrijving"),
            Map.entry("role", "Rol"),
            Map.entry("data", "Gegevens"),
            Map.entry("instrument", "Instrument"),
            Map.entry("purpose", "Doel"),
            Map.entry("wording", "Tekst waarmee toestemming werd gevraagd"),
            Map.entry("wordingVersion", "Versie van de tekst"),
            Map.entry("givenAt", "Gegeven op"),
            Map.entry("withdrawnAt", "Ingetrokken op"),
            Map.entry("recordedBy", "Geregistreerd door"),
            Map.entry("in", "In"),
            Map.entry("text", "Tekst"),
            Map.entry("contact", "Contactgegevens"),
            Map.entry("address", "Adres"),
            Map.entry("date", "Datum"),
            Map.entry("title", "Titel"),
            Map.entry("web", "Spinnenweb"),
            Map.entry("actor", "Actor"),
            Map.entry("now", "Nu"),
            Map.entry("needed", "Nodig"),
            Map.entry("partnerScan", "Partnerscan"),
            Map.entry("initiative", "Initiatief"),
            Map.entry("at", "Op"),
            Map.entry("by", "Door"),
            Map.entry("chosen", "Gekozen"),
            Map.entry("reason", "Reden"));

    /** The platform's own coded values that reach the export. */
    private static final Map<String, String> VALUES = Map.of("TENANT_ADMIN", "beheerder", "COORDINATOR", "coördinator",
            "PARTNER", "partner");

    private PersonalDataPdf() {
    }

    public static byte[] render(JsonObject export, ZoneId zone) {
        JsonObject person = export.getJsonObject("person");
        String produced = DATE_TIME.format(Instant.parse(export.getString("producedAt")).atZone(zone));
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"UTF-8\"/><title>Persoonsgegevens</title>"
                + "<style>@page{size:A4;margin:18mm} body{font-family:sans-serif;font-size:10pt}"
                + " table{border-collapse:collapse;width:100%;margin:4pt 0 10pt 0}"
                + " th,td{border:1px solid #999;padding:3pt;text-align:left;vertical-align:top} th{width:32%;background:#eee}"
                + " h1{font-size:16pt} h2{font-size:13pt;margin-top:14pt} h3{font-size:11pt} .meta{color:#333}</style>"
                + "</head><body>");
        html.append("<h1>Overzicht van persoonsgegevens</h1>");
        html.append("<p class=\"meta\">Gemeente: ").append(x(export.getString("municipality"))).append("<br/>Over: ")
                .append(x(person.getString("name")));
        if (person.get("email") instanceof JsonString email) {
            html.append(" (").append(x(email.getString())).append(")");
        }
        html.append("<br/>Opgemaakt op ").append(produced).append(" (Buurtwijzer, AVG artikel 15)</p>");
        section(html, "register", export.getJsonObject("register"));
        html.append("<h2>").append(LABELS.get("instruments")).append("</h2>");
        JsonObject instruments = export.getJsonObject("instruments");
        if (instruments.isEmpty()) {
            html.append("<p>Geen gegevens over deze persoon in de instrumenten.</p>");
        }
        for (var entry : instruments.entrySet()) {
            JsonObject instrument = entry.getValue().asJsonObject();
            html.append("<h3>").append(x(instrument.getString("instrument"))).append("</h3>");
            value(html, instrument.get("data"));
        }
        html.append("<h2>").append(LABELS.get("auditEntriesMentioningThePerson")).append("</h2><p>")
                .append(export.getInt("auditEntriesMentioningThePerson")).append("</p>");
        var notAsked = export.getJsonArray("instrumentsNotAsked");
        if (!notAsked.isEmpty()) {
            html.append("<h2>").append(LABELS.get("instrumentsNotAsked")).append("</h2>");
            value(html, notAsked);
        }
        html.append("<p class=\"meta\">Datum: ").append(DATE.format(Instant.parse(export.getString("producedAt"))
                .atZone(zone))).append("</p></body></html>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder().useFastMode().withHtmlContent(html.toString(), null).toStream(out).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void section(StringBuilder html, String key, JsonObject object) {
        html.append("<h2>").append(x(label(key))).append("</h2>");
        for (var entry : object.entrySet()) {
            html.append("<h3>").append(x(label(entry.getKey()))).append("</h3>");
            value(html, entry.getValue());
        }
    }

    private static void value(StringBuilder html, JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                html.append("<table>");
                for (var entry : value.asJsonObject().entrySet()) {
                    html.append("<tr><th>").append(x(label(entry.getKey()))).append("</th><td>");
                    value(html, entry.getValue());
                    html.append("</td></tr>");
                }
                html.append("</table>");
            }
            case ARRAY -> {
                if (value.asJsonArray().isEmpty()) {
                    html.append("<p>Geen.</p>");
                }
                value.asJsonArray().forEach(item -> value(html, item));
            }
            case STRING -> html.append(x(readable(((JsonString) value).getString())));
            case NUMBER -> html.append(((JsonNumber) value).toString());
            case TRUE -> html.append("ja");
            case FALSE -> html.append("nee");
            default -> html.append("—");
        }
    }

    /** Dates as people write them in Belgium; the platform's coded values in words. */
    private static String readable(String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return DATE.format(java.time.LocalDate.parse(text));
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}T.*Z")) {
                return DATE_TIME.format(Instant.parse(text).atZone(ZoneId.of("Europe/Brussels")));
            }
        } catch (java.time.format.DateTimeParseException notADate) {
            return text;
        }
        return VALUES.getOrDefault(text, text);
    }

    private static String label(String key) {
        return LABELS.getOrDefault(key, key);
    }

    private static String x(String text) {
        return text == null ? "" : be.buurtwijzer.plugin.api.PlainText.forXml(text).replace("&", "&amp;")
                .replace("<", "&lt;").replace(">", "&gt;");
    }
}
