package be.buurtwijzer.core.infrastructure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.infrastructure.privacy.PersonalDataPdf;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PersonalDataPdfTest {

    private static final String EXPORT = """
            {"format":"buurtwijzer-personal-data/1","municipality":"Stad Stederen","producedAt":"2026-11-29T21:40:00Z",
             "person":{"name":"Mariette Claes","email":"mariette.claes@voorbeeld.be"},
             "register":{"registerActors":[{"name":"Mariette Claes","description":"Mantelzorger","contact":
               {"person":"","email":"mariette.claes@voorbeeld.be","phone":"+32 470 12 34 56","address":""}}],
               "contactOf":[{"organisation":"Buurtcomité Oude Vest","person":"Mariette Claes","email":"","phone":""}],
               "mentionedIn":[],"memberships":[{"email":"m@x.be","name":"Mariette","role":"COORDINATOR"}],
               "invitations":[],"consents":[]},
             "auditEntriesMentioningThePerson":7,
             "instruments":{"logbook":{"instrument":"Logboek","data":[[{"date":"2026-11-18","title":"Koffie",
               "text":"Mariette Claes bracht drie buren samen & <meer>."}]]}},
             "instrumentsNotAsked":[]}
            """;

    @Test
    void theExportReadsAsADutchDocumentWithTheMunicipalityThePersonAndTheDate() throws Exception {
        JsonObject export = Json.createReader(new StringReader(EXPORT)).readObject();
        byte[] pdf = PersonalDataPdf.render(export, ZoneId.of("Europe/Brussels"));
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : new String[] {"Overzicht van persoonsgegevens", "Gemeente: Stad Stederen",
                    "Mariette Claes (mariette.claes@voorbeeld.be)", "29/11/2026 22:40", "Als contactpersoon van",
                    "Buurtcomité Oude Vest", "coördinator", "Logboek", "Datum", "18/11/2026", "drie buren samen & <meer>."}) {
                assertTrue(text.contains(expected), expected + " in: " + text);
            }
            Path out = Path.of("target", "personal-data-sample.png");
            Files.createDirectories(out.getParent());
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png", out.toFile());
        }
    }
}
