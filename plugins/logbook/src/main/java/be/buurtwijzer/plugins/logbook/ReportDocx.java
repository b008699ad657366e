package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugin.api.PlainText;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.report.ReportFragment;
import be.buurtwijzer.plugins.logbook.domain.ReportDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A report as a Word document the municipality edits before sending (Apache POI): real heading styles (so Word's
 * navigation and the table of contents work), a table of contents field Word fills in on opening, page numbers in
 * the footer, tables with a repeated header row, charts and photos with their alt texts, in Dutch.
 */
final class ReportDocx {

    /** The text width of an A4 page with 2 cm margins, in points. */
    private static final double TEXT_WIDTH_PT = 481;

    private ReportDocx() {
    }

    static byte[] of(ReportDocument report, Locale locale) {
        return of(report, locale, null);
    }

    /** With the municipality's logo above the title, when it gave one. */
    static byte[] of(ReportDocument report, Locale locale, ReportDocument.Photo logo) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String language = "en".equals(locale.getLanguage()) ? "en-GB" : "nl-BE";
            styles(doc, language);
            doc.getProperties().getCoreProperties().setTitle(PlainText.forXml(report.title() + " — "
                    + report.municipality()));
            doc.getProperties().getCoreProperties().setCreator(PlainText.forXml(report.municipality()));
            doc.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty(language);
            if (logo != null) {
                XWPFRun run = doc.createParagraph().createRun();
                double height = 42;
                run.addPicture(new ByteArrayInputStream(logo.content()), "image/png".equals(logo.mediaType())
                        ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG, "logo", Units.toEMU(height * logo.width()
                        / (double) Math.max(1, logo.height())), Units.toEMU(height));
                run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(PlainText.forXml(logo.alt()));
            }
            paragraph(doc, "Title", report.title());
            paragraph(doc, null, report.subtitle());
            paragraph(doc, null, ReportPdf.provenance(report, locale));
            paragraph(doc, "Heading1", Text.pick(locale, "Inhoud", "Contents"));
            XWPFParagraph toc = doc.createParagraph();
            var field = toc.getCTP().addNewFldSimple();
            field.setInstr("TOC \\o \"1-2\" \\h \\z \\u");
            field.addNewR().addNewT().setStringValue(Text.pick(locale,
                    "(De inhoudstafel verschijnt wanneer Word de velden "
                    + "bijwerkt.)", "(The table of contents appears when Word updates the fields.)"));
            doc.enforceUpdateFields();
            footer(doc, report, locale);
            for (ReportDocument.Section section : report.sections()) {
                paragraph(doc, "Heading1", section.title());
                for (ReportDocument.Part part : section.parts()) {
                    part(doc, part);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("the report could not be written as DOCX", e);
        }
    }

    private static void part(XWPFDocument doc, ReportDocument.Part part) throws IOException,
            org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        switch (part) {
            case ReportDocument.Subheading sub -> paragraph(doc, "Heading2", sub.text());
            case ReportDocument.Note note -> {
                XWPFParagraph p = paragraph(doc, null, note.text());
                p.getRuns().forEach(r -> r.setItalic(true));
            }
            case ReportDocument.Photo photo -> picture(doc, photo.content(), photo.mediaType(), photo.alt(),
                    photo.alt(), photo.width(), photo.height());
            case ReportDocument.Content content -> {
                switch (content.block()) {
                    case ReportFragment.Paragraph p -> {
                        for (String line : p.text().split("\n")) {
                            paragraph(doc, null, line);
                        }
                    }
                    case ReportFragment.Table t -> table(doc, t);
                    case ReportFragment.Figure f -> picture(doc, f.png(), "image/png", f.alt(), f.caption(), f.width(),
                            f.height());
                }
            }
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        XWPFRun run = p.createRun();
        run.setText(PlainText.forXml(text == null ? "" : text));
        return p;
    }

    private static void table(XWPFDocument doc, ReportFragment.Table t) {
        if (t.caption() != null) {
            XWPFParagraph caption = paragraph(doc, null, t.caption());
            caption.getRuns().forEach(r -> r.setBold(true));
        }
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.headers().size());
        table.setWidth("100%");
        fill(table.getRow(0), t.headers(), true);
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < t.rows().size(); r++) {
            fill(table.getRow(r + 1), t.rows().get(r), false);
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            XWPFRun run = p.createRun();
            run.setText(PlainText.forXml(cells.get(c)));
            run.setFontSize(9);
            run.setBold(header);
        }
    }

    private static void picture(XWPFDocument doc, byte[] content, String mediaType, String alt, String caption, int width,
            int height) throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        double ratio = height / (double) Math.max(1, width);
        double w = Math.min(TEXT_WIDTH_PT, 430 / Math.max(ratio, 0.01));
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.addPicture(new ByteArrayInputStream(content), "image/png".equals(mediaType) ? Document.PICTURE_TYPE_PNG
                : Document.PICTURE_TYPE_JPEG, caption == null ? "afbeelding" : caption, Units.toEMU(w),
                Units.toEMU(w * ratio));
        var inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(PlainText.forXml(alt));
        inline.getDocPr().setTitle(PlainText.forXml(caption == null ? "" : caption));
        if (caption != null && !caption.isBlank()) {
            XWPFParagraph under = paragraph(doc, "Caption", caption);
            under.setSpacingAfter(160);
        }
    }

    private static void footer(XWPFDocument doc, ReportDocument report, Locale locale) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.createRun().setText(PlainText.forXml(report.title() + " · " + report.municipality() + " · "
                + Text.pick(locale, "pagina ", "page ")));
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        p.createRun().setText(Text.pick(locale, " van ", " of "));
        p.getCTP().addNewFldSimple().setInstr("NUMPAGES");
    }

    /** Title, Heading 1 and 2 and Caption as Word's own styles, so its navigation pane and contents see them. */
    private static void styles(XWPFDocument doc, String language) {
        XWPFStyles styles = doc.createStyles();
        styles.setSpellingLanguage(language);
        var fonts = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts.Factory.newInstance();
        fonts.setAscii("Calibri");
        fonts.setHAnsi("Calibri");
        styles.setDefaultFonts(fonts);
        style(styles, "Title", "Title", 40, -1);
        style(styles, "Heading1", "heading 1", 30, 0);
        style(styles, "Heading2", "heading 2", 24, 1);
        style(styles, "Caption", "caption", 18, -1);
    }

    private static void style(XWPFStyles styles, String id, String name, int halfPoints, int outline) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewQFormat();
        var paragraphProps = style.addNewPPr();
        if (outline >= 0) {
            paragraphProps.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            paragraphProps.addNewKeepNext();
            paragraphProps.addNewSpacing().setBefore(BigInteger.valueOf(outline == 0 ? 360 : 200));
        }
        var runProps = style.addNewRPr();
        runProps.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (!"Caption".equals(id)) {
            runProps.addNewB();
        } else {
            runProps.addNewI();
        }
        styles.addStyle(new XWPFStyle(style, styles));
    }
}
