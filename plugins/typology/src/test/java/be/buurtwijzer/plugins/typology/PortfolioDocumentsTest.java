package be.buurtwijzer.plugins.typology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugins.typology.domain.InitiativeType;
import be.buurtwijzer.plugins.typology.domain.PortfolioItem;
import be.buurtwijzer.plugins.typology.domain.PortfolioRules;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class PortfolioDocumentsTest {

    private final List<PortfolioItem> items = List.of(
            new PortfolioItem("a", "=Straat, \"comité\"", "n1", "RUNNING", null, null),
            new PortfolioItem("b", "Buurtteam", "n1", "RUNNING", null, InitiativeType.NEIGHBOURHOOD_CARE));

    @Test
    void theCsvQuotesAndNeutralisesFormulas() {
        String csv = PortfolioDocuments.csv(PortfolioRules.build(items, null), Locale.ENGLISH, id -> "Stationswijk");
        String[] lines = csv.split("\r\n");
        // for Belgian Excel: a byte order mark, then cells separated by semicolons
        assertEquals("\uFEFFinitiative;neighbourhood;type;scale;links;warnings", lines[0]);
        assertTrue(lines[1].startsWith("\"'=Straat, \"\"comité\"\"\";Stationswijk;;;0;"), lines[1]);
        assertTrue(lines[2].startsWith("Buurtteam;Stationswijk;neighbourhood-oriented care initiative"), lines[2]);
    }

    @Test
    void theSvgIsWellFormedAndNamesTheTypes() throws Exception {
        String svg = PortfolioDocuments.svg(PortfolioRules.build(items, null), "Portfolio — Stederen", Locale.ENGLISH);
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getNodeName());
        assertTrue(svg.contains("neighbourhood-oriented care") && svg.contains("initiative (1)"), "type rows carry their counts");
    }

    /** Whatever names are stored, the overview stays well-formed XML. */
    @Test
    void hostileNamesStillGiveWellFormedSvg() throws Exception {
        String hostile = "Kwaad \u0000\u001b[31m\u202egpj.exe\u200b &<\"'\ud800 =1+1";
        var portfolio = PortfolioRules.build(List.of(new PortfolioItem("a", hostile, "n1", "RUNNING", null, null)), null);
        String svg = PortfolioDocuments.svg(portfolio, hostile, Locale.ENGLISH);
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(document.getElementsByTagName("title").item(0).getTextContent().contains("gpj.exe"));
        assertTrue(PortfolioDocuments.csv(portfolio, Locale.ENGLISH, id -> hostile).contains("Kwaad"));
    }
}
