package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugin.api.InstrumentContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/**
 * Step 6 of the planner (seed 005), the reality check: the stimulating factors to use, the inhibiting ones to
 * remove, and the deviations from the ideal the rest force, with the plan's downloads. The two answers go into
 * the plan in place; a new deviation is a {@link DeviationEvent}.
 */
final class RealityStep extends VerticalLayout {

    /** Someone adds a deviation from the ideal. */
    static final class DeviationEvent extends ComponentEvent<RealityStep> {

        private final Documents.Deviation deviation;

        DeviationEvent(RealityStep source, Documents.Deviation deviation) {
            super(source, false);
            this.deviation = deviation;
        }

        Documents.Deviation deviation() {
            return deviation;
        }
    }

    /** @param downloads the plan's downloads, or why there are none yet */
    RealityStep(InstrumentContext context, EditedPlan plan, boolean canEdit, Component downloads) {
        setPadding(false);
        TextArea use = PlannerFields.area(context.text("Welke stimulerende factoren zet je in?",
                "Which stimulating factors do you use?"),
                plan.reality.stimulatingToUse(), canEdit);
        TextArea remove = PlannerFields.area(context.text("Welke remmende factoren kan je wegwerken?",
                "Which inhibiting factors can you remove?"),
                plan.reality.removableInhibiting(), canEdit);
        use.addValueChangeListener(e -> plan.reality = new Documents.Reality(e.getValue(),
                plan.reality.removableInhibiting(), plan.reality.deviations()));
        remove.addValueChangeListener(e -> plan.reality = new Documents.Reality(plan.reality.stimulatingToUse(),
                e.getValue(), plan.reality.deviations()));
        Grid<Documents.Deviation> grid = new Grid<>();
        grid.addColumn(Documents.Deviation::factor).setHeader(context.text("Remmende factor", "Inhibiting factor"));
        grid.addColumn(Documents.Deviation::deviation).setHeader(context.text("Afwijking", "Deviation"));
        grid.addColumn(Documents.Deviation::consequence).setHeader(context.text("Gevolg", "Consequence"));
        grid.addColumn(Documents.Deviation::absorption).setHeader(context.text("Opvang", "Absorbed by"));
        grid.setItems(plan.reality.deviations());
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.getElement().setAttribute("aria-label", context.text("Afwijkingen", "Deviations"));
        TextField factor = new TextField(context.text("Remmende factor", "Inhibiting factor"));
        TextField deviation = new TextField(context.text("Hoe wijk je af?", "How do you deviate?"));
        TextField consequence = new TextField(context.text("Wat is het gevolg?", "What does it cause?"));
        TextField absorption = new TextField(context.text("Hoe vang je het op?", "How is it absorbed?"));
        Button add = new Button(context.text("Afwijking toevoegen", "Add deviation"), click -> fireEvent(
                new DeviationEvent(this, new Documents.Deviation(factor.getValue(), deviation.getValue(),
                        consequence.getValue(), absorption.getValue()))));
        HorizontalLayout adding = new HorizontalLayout(factor, deviation, consequence, absorption, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.setWrap(true);
        adding.setVisible(canEdit);
        add(use, remove, new H2(context.text("Afwijkingen van het ideaal", "Deviations from the ideal")), grid,
                adding,
                downloads);
    }

    Registration addDeviationListener(ComponentEventListener<DeviationEvent> listener) {
        return addListener(DeviationEvent.class, listener);
    }
}
