package be.buurtwijzer.plugins.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugin.testkit.TestInstrumentContext;
import be.buurtwijzer.plugins.packages.domain.Activity;
import be.buurtwijzer.plugins.packages.domain.Link;
import be.buurtwijzer.plugins.packages.domain.Strength;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The planner's six steps without a browser (plugin test kit): what the buttons and fields outside the grids do. */
class PlannerViewTest {

    private final TestInstrumentContext context = TestInstrumentContext.of(new PackagesInstrument())
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
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(PlannerViewTest::all));
    }

    private static Button button(Component root, String text) {
        List<Button> found = all(root).filter(c -> c instanceof Button b && text.equals(b.getText()) && b.isVisible())
                .map(Button.class::cast).toList();
        assertEquals(1, found.size(), "one visible button '" + text + "'");
        return found.get(0);
    }

    private static <T extends Component> T byId(Component root, String id, Class<T> type) {
        return type.cast(all(root).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow());
    }

    private static String text(Component root) {
        return root.getElement().getTextRecursively();
    }

    private static Activity activity(String id, String name) {
        return new Activity(id, name, true, Scale.MUNICIPALITY, null, null, 1, List.of(), List.of(), List.of(), null);
    }

    /** Four activities in two pairs that belong together, as the API saves them. */
    private void savedPlan() {
        context.call("save-plan", new Payloads.PlanInput(null, "Maria blijft thuis wonen", null,
                List.of(activity("a", "Buurtbabbel"), activity("b", "Huisbezoek"), activity("c", "Vervoer"),
                        activity("d", "Boodschappen")),
                List.of(new Link("a", "b", Strength.STRONG), new Link("c", "d", Strength.STRONG),
                        new Link("b", "c", Strength.WEAK)),
                List.of(), null, null, null, null, null, null), Payloads.PlanDetails.class);
    }

    private Documents.Plan stored() {
        assertEquals(1, context.store().count(PlannerService.PLAN));
        String id = ((Payloads.PlanSummary) context.call("plans", new Payloads.None(), List.class).get(0)).id();
        return context.call("plan", new Payloads.PlanRef(id), Payloads.PlanDetails.class).plan();
    }

    @Test
    void aNewPlanGetsItsChallengeAndActivitiesAndIsSaved() {
        PlannerView view = new PlannerView(context.view());
        assertTrue(text(view).contains("Stap 1 van 6: Uitdaging en activiteiten"), text(view));
        byId(view, "packages-challenge", TextField.class).setValue("Eenzaamheid");
        TextField name = byId(view, "packages-new-activity", TextField.class);
        button(view, "Activiteit toevoegen").click();
        assertTrue(name.isInvalid(), "an activity needs a name");
        assertEquals("Geef de activiteit een naam.", name.getErrorMessage());
        for (String activity : List.of("Buurtbabbel", "Huisbezoek")) {
            name.setValue(activity);
            button(view, "Activiteit toevoegen").click();
        }
        assertEquals("", name.getValue());
        button(view, "Planning bewaren").click();
        assertTrue(text(view).contains("Planning bewaard."), text(view));
        Documents.Plan plan = stored();
        assertEquals("Eenzaamheid", plan.challenge());
        assertEquals(List.of("Buurtbabbel", "Huisbezoek"), plan.activities().stream().map(Activity::name).toList());
    }

    @Test
    void theStepsCanBeWalkedBothWays() {
        savedPlan();
        PlannerView view = new PlannerView(context.view());
        button(view, "Volgende stap").click();
        assertTrue(text(view).contains("Stap 2 van 6: Schaal en partners"));
        button(view, "Volgende stap").click();
        assertTrue(text(view).contains("Stap 3 van 6: Verbindingen"));
        assertTrue(text(view).contains("Of klik in de graaf op twee activiteiten om ze te verbinden."));
        button(view, "Vorige stap").click();
        assertTrue(text(view).contains("Stap 2 van 6"));
        button(view, "6. Realiteitscheck").click();
        assertTrue(text(view).contains("Stap 6 van 6: Realiteitscheck"));
        assertFalse(button(view, "Volgende stap").isEnabled());
        assertTrue(all(view).anyMatch(c -> c instanceof Button b && "step".equals(b.getElement()
                .getAttribute("aria-current")) && b.getText().equals("6. Realiteitscheck")));
    }

    @Test
    void theProposalIsTakenOverEditedAndSaved() {
        savedPlan();
        PlannerView view = new PlannerView(context.view());
        button(view, "4. Pakketten").click();
        button(view, "Pakketten voorstellen").click();
        assertTrue(text(view).contains("Voorstel: activiteiten die sterk met elkaar verbonden zijn"));
        button(view, "Voorstel overnemen").click();
        assertTrue(text(view).contains("Waarom deze pakketten?"));
        List<String> names = all(view).filter(c -> c instanceof Button b && "Toepassen".equals(b.getText()))
                .map(c -> c.getElement().getAttribute("aria-label").substring("Toepassen op ".length())).toList();
        assertEquals(2, names.size(), names.toString());
        // a package cannot take another's name
        Component firstBox = all(view).filter(c -> c instanceof Button b && "Toepassen".equals(b.getText()))
                .findFirst().orElseThrow().getParent().orElseThrow().getParent().orElseThrow();
        TextField rename = all(firstBox).filter(c -> c instanceof TextField).map(TextField.class::cast)
                .filter(f -> "Naam".equals(f.getLabel())).findFirst().orElseThrow();
        rename.setValue(names.get(1));
        all(firstBox).filter(c -> c instanceof Button b && "Toepassen".equals(b.getText())).map(Button.class::cast)
                .findFirst().orElseThrow().click();
        assertTrue(rename.isInvalid());
        assertEquals("Kies een eigen, niet-lege naam.", rename.getErrorMessage());
        rename.setValue("Thuis");
        all(firstBox).filter(c -> c instanceof Button b && "Toepassen".equals(b.getText())).map(Button.class::cast)
                .findFirst().orElseThrow().click();
        assertTrue(all(view).anyMatch(c -> c instanceof com.vaadin.flow.component.html.H3 h && "Thuis".equals(h.getText())));

        button(view, "Volgende stap").click();
        List<Button> keep = all(view).filter(c -> c instanceof Button b
                && "Antwoord bewaren in de planning".equals(b.getText())).map(Button.class::cast).toList();
        assertEquals(1, keep.size());
        keep.get(0).click();

        button(view, "Volgende stap").click();
        assertTrue(all(view).anyMatch(c -> c instanceof H2 h && "Afwijkingen van het ideaal".equals(h.getText())));
        all(view).filter(c -> c instanceof TextField f && "Remmende factor".equals(f.getLabel()))
                .map(TextField.class::cast).findFirst().orElseThrow().setValue("Geen vervoer");
        button(view, "Afwijking toevoegen").click();
        button(view, "Planning bewaren").click();
        assertTrue(text(view).contains("Pakkettenplan als PDF"), "downloads once saved");

        Documents.Plan plan = stored();
        assertEquals(2, plan.packages().size());
        assertTrue(plan.packages().stream().anyMatch(p -> p.name().equals("Thuis")));
        assertEquals(1, plan.linkSetups().size());
        assertEquals("Geen vervoer", plan.reality().deviations().get(0).factor());
    }

    @Test
    void twoPackagesMerge() {
        savedPlan();
        PlannerView view = new PlannerView(context.view());
        button(view, "4. Pakketten").click();
        button(view, "Pakketten voorstellen").click();
        button(view, "Voorstel overnemen").click();
        Component firstBox = all(view).filter(c -> c instanceof Button b && "Samenvoegen".equals(b.getText()))
                .findFirst().orElseThrow().getParent().orElseThrow().getParent().orElseThrow();
        @SuppressWarnings("unchecked")
        Select<Object> with = all(firstBox).filter(c -> c instanceof Select).map(c -> (Select<Object>) c)
                .filter(s -> "Samenvoegen met".equals(s.getLabel())).findFirst().orElseThrow();
        with.setValue(with.getListDataView().getItems().findFirst().orElseThrow());
        all(firstBox).filter(c -> c instanceof Button b && "Samenvoegen".equals(b.getText())).map(Button.class::cast)
                .findFirst().orElseThrow().click();
        assertEquals(1, all(view).filter(c -> c instanceof Button b && "Samenvoegen".equals(b.getText())).count());
        button(view, "Planning bewaren").click();
        assertEquals(1, stored().packages().size());
        assertEquals(4, stored().packages().get(0).activityIds().size());
    }

    @Test
    void aReaderSeesNoEditButtons() {
        savedPlan();
        PlannerView view = new PlannerView(context.as(MemberRole.PARTNER).view());
        assertTrue(all(view).noneMatch(c -> c instanceof Button b && b.isVisible()
                && (b.getText().equals("Planning bewaren") || b.getText().equals("Nieuwe planning"))));
        assertTrue(text(view).contains("Stap 1 van 6"));
    }
}
