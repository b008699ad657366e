package be.buurtwijzer.plugins.volunteers;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.PlainText;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugins.volunteers.domain.Policy;
import be.buurtwijzer.plugins.volunteers.domain.PolicyTemplate;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The organisation note that Belgian volunteer law (wet van 3 juli 2005, art. 4) asks an organisation to give
 * its volunteers before they start: its aim and legal status, who is responsible, the insurance, the
 * allowances, discretion and professional secrecy; followed by the rest of the approved policy. In Dutch,
 * with the municipality's name and the approved version, as PDF to hand out and DOCX to edit.
 */
final class OrganisationNote {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final InstrumentContext context;
    private final Policy policy;

    OrganisationNote(InstrumentContext context) {
        this.context = context;
        this.policy = new VolunteerService(context).latestApproved().orElseThrow(() -> InstrumentException.invalid(
                "policy", context.text("Er is nog geen goedgekeurd vrijwilligersbeleid: de organisatienota "
                        + "komt uit de goedgekeurde versie.", "There is no approved volunteer policy yet: the "
                        + "organisation note comes from the approved version.")));
    }

    private String title() {
        return "Organisatienota voor vrijwilligers — " + context.tenant().name();
    }

    private String subtitle() {
        return "Vrijwilligersbeleid versie " + policy.version() + ", goedgekeurd op "
                + DATE.format(policy.approvedAt().atZone(ZoneId.of("Europe/Brussels"))) + ". Opgemaakt op "
                + DATE.format(LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels")))) + ".";
    }

    private List<PolicyTemplate.Section> noteFirst() {
        return java.util.stream.Stream.concat(PolicyTemplate.SECTIONS.stream().filter(s -> s.id().equals("organisationNote")),
                PolicyTemplate.SECTIONS.stream().filter(s -> !s.id().equals("organisationNote"))).toList();
    }

    private static String dutch(Text text) {
        return text.nl();
    }

    byte[] pdf() {
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"UTF-8\"/><title>").append(x(title()))
                .append("</title><style>@page{size:A4;margin:20mm} body{font-family:sans-serif;font-size:10.5pt;"
                        + "line-height:1.35} h1{font-size:17pt} h2{font-size:13pt;margin-top:16pt} "
                        + "p.q{font-weight:bold;margin-bottom:2pt} p.meta{color:#333}</style></head><body>");
        html.append("<h1>").append(x(title())).append("</h1><p class=\"meta\">").append(x(subtitle())).append("</p>");
        html.append("<p>Deze nota geeft je als vrijwilliger de informatie die de vrijwilligerswet (wet van 3 juli 2005 "
                + "betreffende de rechten van vrijwilligers) vraagt, en het beleid dat de gemeente met haar vrijwilligers "
                + "afsprak.</p>");
        for (PolicyTemplate.Section section : noteFirst()) {
            html.append("<h2>").append(x(dutch(section.title()))).append("</h2>");
            for (PolicyTemplate.Question q : section.questions()) {
                html.append("<p class=\"q\">").append(x(dutch(q.text()))).append("</p><p>")
                        .append(x(policy.answers().getOrDefault(q.id(), "")).replace("\n", "<br/>")).append("</p>");
            }
        }
        html.append("</body></html>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder().useFastMode().withHtmlContent(html.toString(), null).toStream(out).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] docx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(title());
            document.getProperties().getCoreProperties().setCreator(context.tenant().name());
            paragraph(document, title(), 18, true, ParagraphAlignment.LEFT);
            paragraph(document, subtitle(), 10, false, ParagraphAlignment.LEFT);
            paragraph(document, "Deze nota geeft je als vrijwilliger de informatie die de vrijwilligerswet (wet van "
                    + "3 juli 2005 betreffende de rechten van vrijwilligers) vraagt, en het beleid dat de gemeente met "
                    + "haar vrijwilligers afsprak.", 11, false, ParagraphAlignment.LEFT);
            for (PolicyTemplate.Section section : noteFirst()) {
                XWPFParagraph heading = paragraph(document, dutch(section.title()), 14, true, ParagraphAlignment.LEFT);
                heading.setSpacingBefore(240);
                for (PolicyTemplate.Question q : section.questions()) {
                    paragraph(document, dutch(q.text()), 11, true, ParagraphAlignment.LEFT);
                    for (String line : policy.answers().getOrDefault(q.id(), "").split("\n")) {
                        paragraph(document, PlainText.forXml(line), 11, false, ParagraphAlignment.LEFT);
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text, int size, boolean bold,
            ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setText(PlainText.forXml(text));
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily("Calibri");
        return paragraph;
    }

    static String x(String text) {
        return text == null ? "" : PlainText.forXml(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
