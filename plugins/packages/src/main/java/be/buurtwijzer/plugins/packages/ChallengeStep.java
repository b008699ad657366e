package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugins.packages.domain.Activity;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.UUID;

/**
 * Step 1 of the planner (seed 005): the challenge, how it connects to others, its goals and the activities it
 * needs. Text and new activities go into the plan in place; removing an activity is a {@link RemoveEvent}, since
 * its links and its place in a package go with it.
 */
final class ChallengeStep extends VerticalLayout {

    /** Someone removes an activity from the plan. */
    static final class RemoveEvent extends ComponentEvent<ChallengeStep> {

        private final Activity activity;

        RemoveEvent(ChallengeStep source, Activity activity) {
            super(source, false);
            this.activity = activity;
        }

        Activity activity() {
            return activity;
        }
    }

    ChallengeStep(InstrumentContext context, EditedPlan plan, boolean canEdit) {
        setPadding(false);
        TextField name = new TextField(context.text("Uitdaging", "Challenge"), plan.challenge,
                e -> plan.challenge = e.getValue());
        name.setId("packages-challenge");
        name.setWidthFull();
        name.setMaxLength(200);
        name.setReadOnly(!canEdit);
        TextArea text = new TextArea(context.text("Beschrijving", "Description"), plan.description,
                e -> plan.description = e.getValue());
        text.setWidthFull();
        text.setMaxLength(4000);
        text.setReadOnly(!canEdit);
        Grid<Activity> grid = new Grid<>();
        grid.addColumn(Activity::name).setHeader(context.text("Activiteit", "Activity")).setFlexGrow(3);
        grid.addColumn(a -> a.existing() ? context.text("bestaat al", "exists") : context.text("nog afwezig", "absent"))
                .setHeader(context.text("Vandaag", "Today"));
        grid.addComponentColumn(a -> {
            Button remove = new Button(context.text("Verwijderen", "Remove"),
                    click -> fireEvent(new RemoveEvent(this, a)));
            remove.setAriaLabel(context.text("Verwijderen: ", "Remove: ") + a.name());
            remove.setVisible(canEdit);
            return remove;
        }).setHeader(context.text("Acties", "Actions"));
        grid.setItems(plan.activities);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.getElement().setAttribute("aria-label", context.text("Activiteiten", "Activities"));
        TextField newName = new TextField(context.text("Nieuwe activiteit", "New activity"));
        newName.setId("packages-new-activity");
        newName.setMaxLength(200);
        Checkbox existing = new Checkbox(context.text("bestaat al", "exists already"));
        Button add = new Button(context.text("Activiteit toevoegen", "Add activity"), click -> {
            if (newName.getValue().isBlank()) {
                newName.setErrorMessage(context.text("Geef de activiteit een naam.", "Name the activity."));
                newName.setInvalid(true);
                return;
            }
            plan.activities.add(new Activity(UUID.randomUUID().toString(), newName.getValue().trim(),
                    existing.getValue(), null, null, null, 0, List.of(), List.of(), List.of(), null));
            // only the list changes, so the next activity can be typed right away
            grid.setItems(plan.activities);
            newName.clear();
            newName.setInvalid(false);
            newName.focus();
        });
        // typed names go to the server at once, so Enter adds the activity without leaving the field
        newName.setValueChangeMode(ValueChangeMode.EAGER);
        add.addClickShortcut(Key.ENTER).listenOn(newName);
        HorizontalLayout adding = new HorizontalLayout(newName, existing, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.setVisible(canEdit);
        TextArea linked = PlannerFields.area(context.text("Hoe hangt de uitdaging samen met andere (bv. positieve "
                + "gezondheid, sociale determinanten van gezondheid)?", "How does the challenge connect to others (e.g. "
                + "positive health, the social determinants of health)?"), plan.connections, canEdit);
        linked.addValueChangeListener(e -> plan.connections = e.getValue());
        TextArea soon = PlannerFields.area(context.text("Doelen op korte termijn", "Short-term goals"),
                plan.shortTermGoals, canEdit);
        soon.addValueChangeListener(e -> plan.shortTermGoals = e.getValue());
        TextArea later = PlannerFields.area(context.text("Doelen op lange termijn", "Long-term goals"),
                plan.longTermGoals, canEdit);
        later.addValueChangeListener(e -> plan.longTermGoals = e.getValue());
        add(name, text, linked, soon, later,
                new H2(context.text("Activiteiten die de uitdaging vraagt", "Activities the challenge needs")), grid,
                adding);
    }

    Registration addRemoveListener(ComponentEventListener<RemoveEvent> listener) {
        return addListener(RemoveEvent.class, listener);
    }
}
