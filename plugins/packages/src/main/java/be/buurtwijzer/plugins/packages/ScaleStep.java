package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.RegisterReader;
import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugins.packages.domain.Activity;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Step 2 of the planner (seed 005): per activity its ideal scale and its scale today, how neighbourhood-bound it
 * is, its partners from the register and the factors around it. One grid for all activities: each row is edited
 * in place, with the keyboard as well as the mouse, and changes the plan's activity at once.
 */
final class ScaleStep extends VerticalLayout {

    private final InstrumentContext context;
    private final EditedPlan plan;
    private final List<RegisterReader.Actor> actors;
    private final boolean canEdit;

    ScaleStep(InstrumentContext context, EditedPlan plan, List<RegisterReader.Actor> actors, boolean canEdit) {
        this.context = context;
        this.plan = plan;
        this.actors = actors;
        this.canEdit = canEdit;
        setPadding(false);
        add(new Paragraph(context.text("Buurtgebonden: 0 = niet, 3 = helemaal. Partners komen uit het register. Vul de "
                + "schaal vandaag en waarom ze afwijkt in waar dat zo is. Scheid factoren met komma's.",
                "Neighbourhood-bound: 0 = not, 3 = entirely. Partners come from the register. Fill in the scale today and "
                + "why it differs where that is so. Separate factors with commas.")));
        if (plan.activities.isEmpty()) {
            add(new Paragraph(context.text("Voeg eerst activiteiten toe (stap 1).",
                    "Add activities first (step 1).")));
            return;
        }
        Grid<Activity> grid = new Grid<>();
        grid.addColumn(Activity::name).setHeader(context.text("Activiteit",
                "Activity")).setWidth("11rem").setFlexGrow(1);
        grid.addComponentColumn(a -> scaleCell(a, true)).setHeader(context.text("Ideale schaal", "Ideal scale"))
                .setWidth("13rem").setFlexGrow(0);
        grid.addComponentColumn(a -> scaleCell(a, false)).setHeader(context.text("Schaal vandaag", "Scale today"))
                .setWidth("13rem").setFlexGrow(0);
        grid.addComponentColumn(this::boundCell).setHeader(context.text("Buurtgebonden (0–3)",
                "Neighbourhood-bound (0–3)"))
                .setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(this::partnersCell).setHeader(context.text("Partners", "Partners")).setWidth("16rem")
                .setFlexGrow(1);
        grid.addComponentColumn(a -> textCell(a, 0)).setHeader(context.text("Stimulerende factoren",
                "Stimulating factors"))
                .setWidth("14rem").setFlexGrow(0);
        grid.addComponentColumn(a -> textCell(a, 1)).setHeader(context.text("Remmende factoren", "Inhibiting factors"))
                .setWidth("14rem").setFlexGrow(0);
        grid.addComponentColumn(a -> textCell(a, 2)).setHeader(context.text("Waarom wijkt de schaal af?",
                "Why does the scale differ?")).setWidth("14rem").setFlexGrow(0);
        grid.setItems(plan.activities);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.getElement().setAttribute("theme", "wrap-cell-content");
        grid.getElement().setAttribute("aria-label", context.text("Schaal en partners per activiteit",
                "Scale and partners per activity"));
        add(grid);
    }

    private Component scaleCell(Activity a, boolean ideal) {
        Select<Scale> select = scale(null, ideal ? a.idealScale() : a.currentScale());
        select.setAriaLabel((ideal ? context.text("Ideale schaal van ",
                "Ideal scale of ") : context.text("Schaal vandaag van ",
                "Scale today of ")) + a.name());
        select.setId("packages-" + (ideal ? "ideal-" : "current-") + plan.activities.indexOf(a));
        select.setWidthFull();
        select.addValueChangeListener(e -> {
            Activity l = plan.latest(a);
            plan.replace(l, new Activity(l.id(), l.name(), l.existing(), ideal ? e.getValue() : l.idealScale(),
                    ideal ? l.currentScale() : e.getValue(), l.scaleReason(), l.neighbourhoodBound(), l.partners(),
                    l.stimulating(), l.inhibiting(), l.pinnedTo()));
        });
        return select;
    }

    private Component boundCell(Activity a) {
        IntegerField bound = new IntegerField();
        bound.setMin(0);
        bound.setMax(3);
        bound.setStepButtonsVisible(true);
        bound.setValue(a.neighbourhoodBound());
        bound.setReadOnly(!canEdit);
        bound.setWidthFull();
        bound.setAriaLabel(context.text("Buurtgebonden (0–3): ", "Neighbourhood-bound (0–3): ") + a.name());
        bound.addValueChangeListener(e -> {
            Activity l = plan.latest(a);
            plan.replace(l, new Activity(l.id(), l.name(), l.existing(), l.idealScale(), l.currentScale(), l.scaleReason(),
                    e.getValue() == null ? 0 : Math.max(0, Math.min(3, e.getValue())), l.partners(), l.stimulating(),
                    l.inhibiting(), l.pinnedTo()));
        });
        return bound;
    }

    private Component partnersCell(Activity a) {
        MultiSelectComboBox<RegisterReader.Actor> partners = new MultiSelectComboBox<>();
        partners.setItems(actors);
        partners.setItemLabelGenerator(RegisterReader.Actor::name);
        partners.setValue(actors.stream().filter(x -> a.partners().contains(x.id())).collect(Collectors.toSet()));
        partners.setReadOnly(!canEdit);
        partners.setWidthFull();
        partners.setAriaLabel(context.text("Partners van ", "Partners of ") + a.name());
        partners.addValueChangeListener(e -> {
            Activity l = plan.latest(a);
            plan.replace(l, new Activity(l.id(), l.name(), l.existing(), l.idealScale(), l.currentScale(), l.scaleReason(),
                    l.neighbourhoodBound(), e.getValue().stream().map(RegisterReader.Actor::id).sorted().toList(),
                    l.stimulating(), l.inhibiting(), l.pinnedTo()));
        });
        return partners;
    }

    /** 0: stimulating factors, 1: inhibiting factors, 2: why the scale differs. */
    private Component textCell(Activity a, int which) {
        String value = which == 0 ? String.join(", ", a.stimulating()) : which == 1 ? String.join(", ", a.inhibiting())
                : a.scaleReason() == null ? "" : a.scaleReason();
        TextField field = new TextField(null, value, "");
        field.setReadOnly(!canEdit);
        field.setWidthFull();
        field.setMaxLength(which == 2 ? 4000 : 2000);
        field.setAriaLabel((which == 0 ? context.text("Stimulerende factoren van ",
                "Stimulating factors of ") : which == 1
                ? context.text("Remmende factoren van ",
                "Inhibiting factors of ") : context.text("Waarom de schaal afwijkt bij ",
                "Why the scale differs for ")) + a.name());
        field.addValueChangeListener(e -> {
            Activity l = plan.latest(a);
            String v = e.getValue();
            plan.replace(l, new Activity(l.id(), l.name(), l.existing(), l.idealScale(), l.currentScale(),
                    which == 2 ? (v.isBlank() ? null : v) : l.scaleReason(), l.neighbourhoodBound(), l.partners(),
                    which == 0 ? split(v) : l.stimulating(), which == 1 ? split(v) : l.inhibiting(), l.pinnedTo()));
        });
        return field;
    }

    private static List<String> split(String text) {
        return java.util.Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private Select<Scale> scale(String label, Scale value) {
        Select<Scale> select = new Select<>();
        if (label != null) {
            select.setLabel(label);
        }
        select.setItems(Scale.values());
        select.setEmptySelectionAllowed(true);
        select.setItemLabelGenerator(s -> s == null ? "—" : s.label().in(context.locale()));
        select.setValue(value);
        select.setReadOnly(!canEdit);
        return select;
    }
}
