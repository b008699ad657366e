package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.RegisterReader.Neighbourhood;
import be.buurtwijzer.plugins.logbook.Payloads.CategoryDetails;
import be.buurtwijzer.plugins.logbook.Payloads.TheorySummary;
import be.buurtwijzer.plugins.logbook.Payloads.TheoryDetails;
import be.buurtwijzer.plugins.logbook.domain.Frequency;
import be.buurtwijzer.plugins.logbook.domain.Theory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The theory of change of a caring neighbourhood: the ultimate impact, the intermediate outcomes (starting from
 * the seed's kinds of outcomes, Figuur 3), preconditions, activities, and the indicators that say what to record.
 * Every save is a new version; the warnings say what is still missing.
 */
class TheoryPanel extends VerticalLayout implements be.buurtwijzer.plugins.support.Sections.Refreshable {

    final ComboBox<TheorySummary> chosen = new ComboBox<>();
    final Button fresh = new Button();
    final TextField name = new TextField();
    final ComboBox<Neighbourhood> neighbourhood = new ComboBox<>();
    final TextArea impact = new TextArea();
    final TextArea preconditions = new TextArea();
    final TextArea activities = new TextArea();
    final ComboBox<CategoryDetails> category = new ComboBox<>();
    final TextField outcomeText = new TextField();
    final Button addOutcome = new Button();
    final Grid<Theory.Outcome> outcomeGrid = new Grid<>();
    final ComboBox<Theory.Outcome> indicatorOutcome = new ComboBox<>();
    final TextField what = new TextField();
    final TextField unit = new TextField();
    final BigDecimalField target = new BigDecimalField();
    final TextField how = new TextField();
    final ComboBox<Frequency> frequency = new ComboBox<>();
    final Button addIndicator = new Button();
    final Grid<Theory.Indicator> indicatorGrid = new Grid<>();
    final UnorderedList warnings = new UnorderedList();
    final Button save = new Button();
    final Paragraph result = new Paragraph();
    final Paragraph version = new Paragraph();
    private final InstrumentContext context;
    private final List<Theory.Outcome> outcomes = new ArrayList<>();
    private final List<Theory.Indicator> indicators = new ArrayList<>();
    private TheoryDetails shown;
    private List<CategoryDetails> categories = List.of();

    TheoryPanel(InstrumentContext context) {
        this.context = context;
        setPadding(false);
        boolean writes = context.user().has(LogbookInstrument.WRITE);
        chosen.setLabel(context.text("Veranderingstheorie", "Theory of change"));
        chosen.setItemLabelGenerator(s -> s.name() + " (" + context.text("versie ", "version ") + s.version() + ")");
        chosen.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                load(e.getValue());
            }
        });
        fresh.setText(context.text("Nieuwe veranderingstheorie", "New theory of change"));
        fresh.addClickListener(e -> load(null));
        name.setId("theory-name");
        name.setLabel(context.text("Naam", "Name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        neighbourhood.setLabel(context.text("Buurt (niet verplicht)", "Neighbourhood (optional)"));
        neighbourhood.setItemLabelGenerator(Neighbourhood::name);
        neighbourhood.setClearButtonVisible(true);
        impact.setId("theory-impact");
        impact.setLabel(context.text("Beoogde impact: wat verandert er uiteindelijk voor de buurt?",
                "Intended impact: what "
                + "changes in the end for the neighbourhood?"));
        preconditions.setLabel(context.text("Randvoorwaarden (één per regel)", "Preconditions (one per line)"));
        activities.setLabel(context.text("Activiteiten (één per regel)", "Activities (one per line)"));
        category.setLabel(context.text("Soort uitkomst", "Kind of outcome"));
        category.setItemLabelGenerator(c -> c.name() + " — " + c.aspectLabel());
        category.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().outcomes().isEmpty()) {
                outcomeText.setPlaceholder(e.getValue().outcomes().get(0));
                outcomeText.setHelperText(String.join(" ", e.getValue().tips()));
            }
        });
        outcomeText.setId("outcome-text");
        outcomeText.setLabel(context.text("Tussentijdse uitkomst", "Intermediate outcome"));
        addOutcome.setText(context.text("Uitkomst toevoegen", "Add the outcome"));
        addOutcome.addClickListener(e -> addOutcome());
        outcomeGrid.addColumn(o -> categories.stream().filter(c -> c.id().equals(o.categoryId())).map(CategoryDetails::name)
                .findFirst().orElse("")).setHeader(context.text("Soort", "Kind"));
        outcomeGrid.addColumn(Theory.Outcome::text).setHeader(context.text("Uitkomst", "Outcome")).setFlexGrow(3);
        if (writes) {
            outcomeGrid.addComponentColumn(o -> remove(() -> {
                outcomes.remove(o);
                indicators.removeIf(i -> i.outcomeId().equals(o.id()));
                lists();
            })).setHeader(context.text("Weg", "Remove"));
        }
        outcomeGrid.setAllRowsVisible(true);
        indicatorOutcome.setId("indicator-outcome");
        indicatorOutcome.setLabel(context.text("Bij de uitkomst", "For the outcome"));
        indicatorOutcome.setItemLabelGenerator(Theory.Outcome::text);
        what.setId("indicator-what");
        what.setLabel(context.text("Wat meet je?", "What do you measure?"));
        what.setPlaceholder(context.text("bv. bewoners op de buurtsoep", "e.g. residents at the neighbourhood soup"));
        unit.setLabel(context.text("Eenheid", "Unit"));
        unit.setPlaceholder(context.text("bv. bewoners", "e.g. residents"));
        target.setId("indicator-target");
        target.setLabel(context.text("Streefwaarde", "Target"));
        how.setLabel(context.text("Hoe meet je het?", "How do you measure it?"));
        frequency.setLabel(context.text("Hoe vaak?", "How often?"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> context.text(f.label()));
        addIndicator.setText(context.text("Indicator toevoegen", "Add the indicator"));
        addIndicator.addClickListener(e -> addIndicator());
        indicatorGrid.addColumn(Theory.Indicator::what).setHeader(context.text("Indicator",
                "Indicator")).setFlexGrow(2);
        indicatorGrid.addColumn(i -> outcomes.stream().filter(o -> o.id().equals(i.outcomeId())).map(Theory.Outcome::text)
                .findFirst().orElse("")).setHeader(context.text("Uitkomst", "Outcome")).setFlexGrow(2);
        indicatorGrid.addColumn(i -> i.target() == null ? "—" : i.target().toPlainString().replace('.', ',')
                + (i.unit() == null ? "" : " " + i.unit())).setHeader(context.text("Doel", "Target"));
        indicatorGrid.addColumn(i -> i.frequency() == null ? "" : context.text(i.frequency().label()))
                .setHeader(context.text("Hoe vaak", "How often"));
        if (writes) {
            indicatorGrid.addComponentColumn(i -> remove(() -> {
                indicators.remove(i);
                lists();
            })).setHeader(context.text("Weg", "Remove"));
        }
        indicatorGrid.setAllRowsVisible(true);
        save.setId("save-theory");
        save.setText(context.text("Veranderingstheorie bewaren", "Save the theory of change"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        result.getElement().setAttribute("role", "status");
        warnings.getElement().setAttribute("aria-live", "polite");
        add(new H2(context.text("Veranderingstheorie", "Theory of change")),
                new Paragraph(context.text("Houd de veranderingstheorie bij de "
                + "hand en laat haar indicatoren zeggen wat je bijhoudt (toolbox Zorgzame Buurten, fiche L).", "Keep the "
                + "theory of change at hand and let its indicators say what to record (toolbox Zorgzame Buurten, "
                + "sheet L).")), new FormLayout(chosen, fresh), version,
                new FormLayout(name, neighbourhood, impact, preconditions, activities),
                new H3(context.text("Tussentijdse uitkomsten", "Intermediate outcomes")));
        if (writes) {
            add(new FormLayout(category, outcomeText), addOutcome);
        }
        add(outcomeGrid, new H3(context.text("Indicatoren", "Indicators")));
        if (writes) {
            add(new FormLayout(indicatorOutcome, what, unit, target, how, frequency), addIndicator);
        }
        add(indicatorGrid, warnings);
        if (writes) {
            add(save, result);
        }
        refresh();
    }

    private Button remove(Runnable action) {
        Button button = new Button(context.text("Weg", "Remove"));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(e -> action.run());
        return button;
    }

    @SuppressWarnings("unchecked")
    @Override
    public void refresh() {
        categories = (List<CategoryDetails>) context.call("categories", new Payloads.Nothing());
        category.setItems(categories);
        neighbourhood.setItems(context.register().neighbourhoods());
        List<TheorySummary> all = (List<TheorySummary>) context.call("theories", new Payloads.Nothing());
        chosen.setItems(all);
        if (shown == null && !all.isEmpty()) {
            load(all.get(0));
        } else if (shown != null) {
            all.stream().filter(s -> s.id().equals(shown.id())).findFirst().ifPresent(chosen::setValue);
        }
    }

    private void load(TheorySummary summary) {
        shown = summary == null ? null : (TheoryDetails) context.call("theory", new Payloads.TheoryRequest(summary.id(), null));
        Theory t = shown == null ? null : shown.theory();
        if (summary == null) {
            chosen.clear();
        }
        name.setValue(t == null ? "" : t.name());
        neighbourhood.setValue(t == null || t.neighbourhoodId() == null ? null : context.register().neighbourhoods()
                .stream().filter(n -> n.id().equals(t.neighbourhoodId())).findFirst().orElse(null));
        impact.setValue(t == null || t.impact() == null ? "" : t.impact());
        preconditions.setValue(t == null ? "" : String.join("\n", t.preconditions()));
        activities.setValue(t == null ? "" : String.join("\n", t.activities()));
        outcomes.clear();
        indicators.clear();
        if (t != null) {
            outcomes.addAll(t.outcomes());
            indicators.addAll(t.indicators());
        }
        version.setText(shown == null ? context.text("Een nieuwe veranderingstheorie: ze krijgt versie 1 wanneer je ze bewaart.",
                "A new theory of change: it becomes version 1 when you save it.") : context.text("Versie " + t.version()
                + ", bewaard door " + t.savedBy() + ".", "Version " + t.version() + ", saved by " + t.savedBy() + "."));
        result.setText("");
        lists();
        showWarnings(shown == null ? List.of() : shown.warnings());
    }

    private void lists() {
        outcomeGrid.setItems(List.copyOf(outcomes));
        indicatorGrid.setItems(List.copyOf(indicators));
        indicatorOutcome.setItems(List.copyOf(outcomes));
    }

    private void showWarnings(List<String> texts) {
        warnings.removeAll();
        texts.forEach(w -> warnings.add(new ListItem(w)));
    }

    /** An id never given before, so a measurement of a removed indicator never passes to a new one. */
    private static String nextId(String prefix, List<String> taken) {
        String id;
        do {
            id = prefix + java.util.UUID.randomUUID().toString().substring(0, 8);
        } while (taken.contains(id));
        return id;
    }

    private void addOutcome() {
        outcomeText.setInvalid(false);
        if (outcomeText.getValue().isBlank()) {
            outcomeText.setErrorMessage(context.text("Beschrijf de uitkomst.", "Describe the outcome."));
            outcomeText.setInvalid(true);
            return;
        }
        outcomes.add(new Theory.Outcome(nextId("u", outcomes.stream().map(Theory.Outcome::id).toList()),
                category.getValue() == null ? null : category.getValue().id(), outcomeText.getValue().strip()));
        outcomeText.clear();
        lists();
    }

    private void addIndicator() {
        what.setInvalid(false);
        indicatorOutcome.setInvalid(false);
        if (indicatorOutcome.getValue() == null) {
            indicatorOutcome.setErrorMessage(context.text("Een indicator meet een uitkomst: kies er een.",
                    "An indicator measures "
                    + "an outcome: choose one."));
            indicatorOutcome.setInvalid(true);
            return;
        }
        if (what.getValue().isBlank()) {
            what.setErrorMessage(context.text("Zeg wat je meet.", "Say what you measure."));
            what.setInvalid(true);
            return;
        }
        indicators.add(new Theory.Indicator(nextId("i", indicators.stream().map(Theory.Indicator::id).toList()),
                indicatorOutcome.getValue().id(), what.getValue().strip(), unit.getValue().isBlank() ? null
                        : unit.getValue().strip(), target.getValue(), how.getValue().isBlank() ? null : how.getValue().strip(),
                frequency.getValue()));
        what.clear();
        unit.clear();
        target.clear();
        how.clear();
        lists();
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private void save() {
        name.setInvalid(false);
        try {
            TheoryDetails saved = (TheoryDetails) context.call("save-theory", new Payloads.TheoryInput(
                    shown == null ? null : shown.id(), shown == null ? null : shown.recordVersion(), new Theory(
                    name.getValue(), neighbourhood.getValue() == null ? null : neighbourhood.getValue().id(), 0,
                    impact.getValue().isBlank() ? null : impact.getValue().strip(), outcomes, indicators,
                    lines(preconditions.getValue()), lines(activities.getValue()), null, null)));
            shown = saved;
            result.setText(context.text("Bewaard als versie " + saved.theory().version() + ".", "Saved as version "
                    + saved.theory().version() + "."));
            version.setText(context.text("Versie " + saved.theory().version() + ", bewaard door "
                    + saved.theory().savedBy() + ".",
                    "Version " + saved.theory().version() + ", saved by " + saved.theory().savedBy() + "."));
            showWarnings(saved.warnings());
            refresh();
        } catch (InstrumentException refused) {
            if (refused.field() != null && refused.field().equals("theory.name")) {
                name.setErrorMessage(context.text("Geef de veranderingstheorie een naam (hoogstens 200 tekens).",
                        "Give the theory "
                        + "of change a name (200 characters at most)."));
                name.setInvalid(true);
            }
            result.setText(refused.kind() == InstrumentException.Kind.CONFLICT ? context.text("Iemand anders bewaarde "
                    + "intussen een nieuwe versie. Kies de veranderingstheorie opnieuw om die te zien.", "Someone else "
                    + "saved a new version meanwhile. Choose the theory of change again to see it.")
                    : refused.getMessage());
        }
    }
}
