package be.buurtwijzer.plugins.spiderweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugin.testkit.TestInstrumentContext;
import be.buurtwijzer.plugins.spiderweb.domain.CollaborationCheck;
import be.buurtwijzer.plugins.spiderweb.domain.Enthusiasm;
import be.buurtwijzer.plugins.spiderweb.domain.Participation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The spider web page without a browser (plugin test kit): what the buttons and fields outside the grids do. */
class SpiderWebViewTest {

    private final TestInstrumentContext context = TestInstrumentContext.of(new SpiderWebInstrument())
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

    private static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(SpiderWebViewTest::all));
    }

    private static Button button(Component root, String text) {
        return all(root).filter(c -> c instanceof Button b && text.equals(b.getText())).map(Button.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no button '" + text + "'"));
    }

    private static <T extends Component> T byId(Component root, String id, Class<T> type) {
        return type.cast(all(root).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow());
    }

    private static String text(Component root) {
        return root.getElement().getTextRecursively();
    }

    private String savedWeb() {
        String actor = context.register().actor("Buurtwerk De Linde", "ORGANISATION", "WELFARE", null);
        context.call("save-web", new Payloads.WebInput(null, "Eenzaamheid in De Linde", null,
                Documents.WebKind.CHALLENGE, List.of(new Payloads.PlacementInput(actor, Intensity.SHARE_INFORMATION,
                        Intensity.CARRY_OUT_TOGETHER, Participation.CONSULT, Enthusiasm.SPARK, null)), List.of(), null,
                null));
        return actor;
    }

    private Documents.Web stored() {
        return context.store().listAll(SpiderWebService.WEB, Documents.Web.class).get(0).value();
    }

    @Test
    void aNewWebNeedsTheCurrentIntensityOfEachActor() {
        String actor = context.register().actor("Thuiszorg Regio", "ORGANISATION", "CARE", null);
        SpiderWebView view = new SpiderWebView(context.view());
        byId(view, "spiderweb-name", TextField.class).setValue("Samen tegen eenzaamheid");
        @SuppressWarnings("unchecked")
        ComboBox<Object> add = byId(view, "spiderweb-add-actor", ComboBox.class);
        add.setValue(add.getListDataView().getItems().findFirst().orElseThrow());
        button(view, "Actor toevoegen").click();
        assertEquals(null, add.getValue(), "the field is emptied for the next actor");
        button(view, "Spinnenweb bewaren").click();
        assertTrue(text(view).contains("Geef voor elke actor de huidige samenwerkingsintensiteit"), text(view));
        assertEquals(0, context.store().count(SpiderWebService.WEB));
        assertTrue(actor != null);
    }

    @Test
    void aSavedWebShowsItsPicturesAndKeepsTheSelfCheck() {
        savedWeb();
        SpiderWebView view = new SpiderWebView(context.view());
        assertEquals("Eenzaamheid in De Linde", byId(view, "spiderweb-name", TextField.class).getValue());
        assertTrue(text(view).contains("Wat het web laat zien"));
        assertTrue(text(view).contains("Geef factoren een score om ze hier uit te werken."));
        assertTrue(text(view).contains("Momentopnames"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CollaborationCheck.Answer> first = all(view).filter(c -> c instanceof RadioButtonGroup)
                .filter(c -> c != view.kind).map(c -> (RadioButtonGroup<CollaborationCheck.Answer>) c).findFirst()
                .orElseThrow();
        first.setValue(CollaborationCheck.Answer.values()[0]);
        all(view).filter(c -> c instanceof TextArea t && t.getLabel() != null && t.getLabel().startsWith("Toelichting"))
                .map(TextArea.class::cast).findFirst().orElseThrow().setValue("Besproken op het overleg");
        button(view, "Spinnenweb bewaren").click();
        assertTrue(text(view).contains("Spinnenweb bewaard."), text(view));
        Documents.CheckAnswer answer = stored().networkCheck().values().iterator().next();
        assertEquals(CollaborationCheck.Answer.values()[0], answer.answer());
        assertEquals("Besproken op het overleg", answer.note());
    }

    @Test
    void anOwnFactorIsAddedOrRefusedAtItsField() {
        savedWeb();
        SpiderWebView view = new SpiderWebView(context.view());
        TextField own = all(view).filter(c -> c instanceof TextField t && "Eigen factor".equals(t.getLabel()))
                .map(TextField.class::cast).findFirst().orElseThrow();
        button(view, "Factor toevoegen").click();
        assertTrue(own.isInvalid(), "a factor needs a name");
        own.setValue("Parkeerplaatsen");
        button(view, "Factor toevoegen").click();
        assertEquals("", own.getValue());
        assertEquals(false, own.isInvalid());
        assertEquals(1, context.store().count(SpiderWebService.FACTOR));
    }
}
