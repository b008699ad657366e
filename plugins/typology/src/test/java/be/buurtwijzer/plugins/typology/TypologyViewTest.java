package be.buurtwijzer.plugins.typology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.RegisterReader;
import be.buurtwijzer.plugin.testkit.TestInstrumentContext;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The typology page without a browser (plugin test kit): the portfolio, of the municipality or a neighbourhood. */
class TypologyViewTest {

    private final TestInstrumentContext context = TestInstrumentContext.of(new TypologyInstrument())
            .role(MemberRole.COORDINATOR).locale(Locale.forLanguageTag("nl-BE")).build();
    /** Held here: the current UI is only weakly referenced. */
    private final UI ui = new UI();

    @BeforeEach
    void ui() {
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void thePortfolioIsOfTheMunicipalityOrOfTheNeighbourhoodChosen() {
        String linde = context.register().neighbourhood("De Linde", "LIVED");
        context.register().initiative("Buurtsoep", linde, "RUNNING");
        TypologyView view = new TypologyView(context.view());
        String shown = view.portfolioPanel.getElement().getTextRecursively();
        assertTrue(shown.contains("Pijlers van een zorgzame buurt"), shown);
        assertTrue(shown.contains("Waarschuwingen en advies"), shown);
        assertTrue(shown.contains("Portfolio als CSV"), shown);

        RegisterReader.Neighbourhood chosen = context.register().neighbourhoods().get(0);
        view.neighbourhood.setValue(chosen);
        shown = view.portfolioPanel.getElement().getTextRecursively();
        assertTrue(shown.contains("Portfolio als Excel"), shown);
    }
}
