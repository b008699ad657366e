package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugin.api.PlainText;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.report.ReportFragment;
import be.buurtwijzer.plugins.logbook.domain.ReportDocument;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;

/**
 * A report as an A4 PDF (openhtmltopdf): title page lines with the municipality and date, a table of contents
 * with page numbers, page numbers on every page, tables, charts and photos scaled to the page with their alt
 * texts. Tagged (PDF/UA) with its title and language, on an embedded font (DejaVu Sans).
 */
final class ReportPdf {

    private static final String FONTS = "/be/buurtwijzer/plugins/logbook/fonts/";

    private ReportPdf() {
    }

    static byte[] of(ReportDocument report, Locale locale) {
        return of(report, locale, null);
    }

    /** With the municipality's logo at the top of the first page, when it gave one. */
    static byte[] of(ReportDocument report, Locale locale, ReportDocument.Photo logo) {
        String html = html(report, locale, logo);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().usePdfUaAccessbility(true)
                    .withHtmlContent(html, null).toStream(out);
            // a report embeds its pictures: nothing is ever fetched from elsewhere while it is made
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        return ReportPdf.class.getResourceAsStream(FONTS + file);
    }

    static String html(ReportDocument report, Locale locale, ReportDocument.Photo logo) {
        String page = Text.pick(locale, "pagina ", "page ");
        String of = Text.pick(locale, " van ", " of ");
        StringBuilder h = new StringBuilder("<html lang=\"").append("en".equals(locale.getLanguage()) ? "en" : "nl-BE")
                .append("\"><head><meta charset=\"UTF-8\"/><title>").append(x(report.title() + " — "
                        + report.municipality())).append("</title><meta name=\"subject\" content=\"")
                .append(x(report.subtitle())).append("\"/><meta name=\"author\" content=\"").append(x(report.municipality()))
                .append("\"/><style>")
                .append("@page{size:A4;margin:20mm 18mm 22mm 18mm;@bottom-left{content:'")
                .append(css(report.title() + " · " + report.municipality())).append("';font-family:'DejaVu Sans';"
                        + "font-size:8pt;color:#555}@bottom-right{content:'").append(css(page)).append("' counter(page) '")
                .append(css(of)).append("' counter(pages);font-family:'DejaVu Sans';font-size:8pt;color:#555}}")
                .append("body{font-family:'DejaVu Sans';font-size:10pt;line-height:1.4}")
                .append("h1{font-size:20pt;margin:0 0 4pt 0} h2{font-size:14pt;margin:18pt 0 6pt 0;page-break-after:avoid}")
                .append("h3{font-size:11pt;margin:10pt 0 4pt 0;page-break-after:avoid} p.meta{color:#333}")
                .append("p.note{font-style:normal;color:#444;border-left:3pt solid #B3541E;padding-left:6pt}")
                .append("table{border-collapse:collapse;width:100%;margin:4pt 0 10pt 0;font-size:8.5pt;-fs-table-paginate:paginate}")
                .append("th,td{border:0.5pt solid #888;padding:2pt 3pt;text-align:left;vertical-align:top}")
                .append("th{background:#EEE} caption{text-align:left;font-weight:bold;padding-bottom:2pt}")
                .append("img{max-width:100%} div.figure{page-break-inside:avoid;margin:6pt 0}")
                .append("p.caption{font-size:8.5pt;color:#333;margin-top:2pt}")
                .append("ol.toc{padding-left:14pt} ol.toc a{color:#000;text-decoration:none}")
                .append("ol.toc a::after{content:leader('.') target-counter(attr(href), page)}")
                .append("</style></head><body>");
        if (logo != null) {
            double height = 18;
            double width = Math.min(60, height * logo.width() / (double) Math.max(1, logo.height()));
            h.append("<p><img src=\"data:").append(logo.mediaType()).append(";base64,")
                    .append(Base64.getEncoder().encodeToString(logo.content())).append("\" alt=\"").append(x(logo.alt()))
                    .append("\" style=\"width:").append(String.format(Locale.ROOT, "%.1f", width)).append("mm;height:")
                    .append(String.format(Locale.ROOT, "%.1f", width * logo.height() / (double) Math.max(1, logo.width())))
                    .append("mm\"/></p>");
        }
        h.append("<h1>").append(x(report.title())).append("</h1><p class=\"meta\">").append(x(report.subtitle()))
                .append("</p><p class=\"meta\">").append(x(provenance(report, locale))).append("</p>");
        h.append("<h2>").append(x(Text.pick(locale, "Inhoud", "Contents"))).append("</h2><ol class=\"toc\">");
        for (int i = 0; i < report.sections().size(); i++) {
            h.append("<li><a href=\"#s").append(i).append("\">").append(x(report.sections().get(i).title()))
                    .append("</a></li>");
        }
        h.append("</ol>");
        for (int i = 0; i < report.sections().size(); i++) {
            ReportDocument.Section s = report.sections().get(i);
            h.append("<h2 id=\"s").append(i).append("\">").append(x(s.title())).append("</h2>");
            for (ReportDocument.Part part : s.parts()) {
                part(h, part);
            }
        }
        return h.append("</body></html>").toString();
    }

    static String provenance(ReportDocument report, Locale locale) {
        return new Text("Sjabloon '" + report.templateId() + "' versie " + report.templateVersion()
                + (report.theoryVersion() == null ? "" : " · veranderingstheorie versie " + report.theoryVersion()),
                "Template '" + report.templateId() + "' version " + report.templateVersion()
                        + (report.theoryVersion() == null ? "" : " · theory of change version " + report.theoryVersion()))
                .in(locale);
    }

    private static void part(StringBuilder h, ReportDocument.Part part) {
        switch (part) {
            case ReportDocument.Subheading sub -> h.append("<h3>").append(x(sub.text())).append("</h3>");
            case ReportDocument.Note note -> h.append("<p class=\"note\">").append(x(note.text())).append("</p>");
            case ReportDocument.Photo photo -> figure(h, photo.mediaType(), photo.content(), photo.alt(), photo.alt(),
                    photo.width(), photo.height());
            case ReportDocument.Content content -> {
                switch (content.block()) {
                    case ReportFragment.Paragraph p -> h.append("<p>").append(x(p.text()).replace("\n", "<br/>"))
                            .append("</p>");
                    case ReportFragment.Table t -> table(h, t);
                    case ReportFragment.Figure f -> figure(h, "image/png", f.png(), f.alt(), f.caption(), f.width(),
                            f.height());
                }
            }
        }
    }

    private static void table(StringBuilder h, ReportFragment.Table t) {
        h.append("<table>");
        if (t.caption() != null) {
            h.append("<caption>").append(x(t.caption())).append("</caption>");
        }
        h.append("<thead><tr>");
        t.headers().forEach(c -> h.append("<th scope=\"col\">").append(x(c)).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (var row : t.rows()) {
            h.append("<tr>");
            row.forEach(c -> h.append("<td>").append(x(c)).append("</td>"));
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    /** A picture at most the text width wide and a page's two thirds high, keeping its shape. */
    private static void figure(StringBuilder h, String mediaType, byte[] content, String alt, String caption, int width,
            int height) {
        double maxWidthMm = 174;
        double maxHeightMm = 160;
        double ratio = height / (double) Math.max(1, width);
        double w = Math.min(maxWidthMm, maxHeightMm / Math.max(ratio, 0.01));
        h.append("<div class=\"figure\"><img src=\"data:").append(mediaType).append(";base64,")
                .append(Base64.getEncoder().encodeToString(content)).append("\" alt=\"").append(x(alt))
                .append("\" style=\"width:").append(String.format(Locale.ROOT, "%.1f", w)).append("mm;height:")
                .append(String.format(Locale.ROOT, "%.1f", w * ratio)).append("mm\"/>");
        if (caption != null && !caption.isBlank()) {
            h.append("<p class=\"caption\">").append(x(caption)).append("</p>");
        }
        h.append("</div>");
    }

    static String x(String text) {
        return text == null ? "" : PlainText.forXml(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** Text inside a CSS string in the style element: CSS-escaped, then XML-escaped (the page is XHTML). */
    private static String css(String text) {
        return x(PlainText.forXml(text).replace("\\", "\\\\").replace("'", "\\'").replace("\n", " ")
                .replace("\r", " "));
    }
}
