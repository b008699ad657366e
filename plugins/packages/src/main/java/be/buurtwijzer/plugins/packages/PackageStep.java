package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugins.packages.domain.Activity;
import be.buurtwijzer.plugins.packages.domain.PackageAnalysis;
import be.buurtwijzer.plugins.packages.domain.PackageProposer;
import be.buurtwijzer.plugins.packages.domain.PackageSetup;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.function.Function;

/**
 * Step 4 of the planner (seed 005): the tool's proposal of packages, each package with its figures and the
 * team's answers ({@link PackageBox}), and a table to move or pin an activity. What changes the packages is an
 * event: the proposal taken over ({@link ProposalPanel.TakeEvent}), a package changed, merged or split (the
 * {@link PackageBox} events), an activity moved ({@link MoveEvent}) or pinned ({@link PinEvent}).
 */
final class PackageStep extends VerticalLayout {

    /** Something someone does to an activity in step 4. */
    abstract static class ActivityEvent extends ComponentEvent<PackageStep> {

        private final Activity activity;

        ActivityEvent(PackageStep source, Activity activity, boolean fromClient) {
            super(source, fromClient);
            this.activity = activity;
        }

        Activity activity() {
            return activity;
        }
    }

    /** Someone moves an activity to another package, or to none ({@code packageName} null). */
    static final class MoveEvent extends ActivityEvent {

        private final String packageName;

        MoveEvent(PackageStep source, Activity activity, String packageName) {
            super(source, activity, true);
            this.packageName = packageName;
        }

        String packageName() {
            return packageName;
        }
    }

    /** Someone pins an activity to the package it is in, or lets go of it. */
    static final class PinEvent extends ActivityEvent {

        private final boolean pinned;

        PinEvent(PackageStep source, Activity activity, boolean pinned) {
            super(source, activity, false);
            this.pinned = pinned;
        }

        boolean pinned() {
            return pinned;
        }
    }

    private final InstrumentContext context;
    private final EditedPlan plan;
    private final boolean canEdit;

    /**
     * @param analysis the plan's figures, null while its packages break a rule
     * @param actorName a partner's name by its register id
     * @param graph the activity graph, coloured by package
     */
    PackageStep(InstrumentContext context, EditedPlan plan, PackageAnalysis analysis,
            Function<String, String> actorName, boolean canEdit, Component graph) {
        this.context = context;
        this.plan = plan;
        this.canEdit = canEdit;
        setPadding(false);
        ProposalPanel proposalPanel = new ProposalPanel(context, plan::name, canEdit);
        proposalPanel.addTakeListener(this::fireEvent);
        Button propose = new Button(context.text("Pakketten voorstellen", "Propose packages"),
                click -> proposalPanel.show(PackageProposer.propose(plan.activities, plan.links)));
        add(new Paragraph(context.text("De tool stelt pakketten voor met zoveel mogelijk samenhang binnen en zo weinig "
                + "mogelijk tussen de pakketten, op basis van de verbindingen en hun sterkte. Vastgepinde activiteiten "
                + "blijven in hun pakket.", "The tool proposes packages with as much cohesion inside and as little "
                + "between as possible, from the links and their strength. Pinned activities stay in their package.")),
                propose, proposalPanel);
        if (analysis != null && !plan.packages.isEmpty()) {
            add(ProposalPanel.why(context, analysis.modularity()));
            analysis.warnings().forEach(w -> {
                Paragraph warning = new Paragraph(w.in(context.locale()));
                warning.getStyle().set("color", "var(--lumo-error-text-color)");
                add(warning);
            });
            for (PackageAnalysis.PackageDetails details : analysis.packages()) {
                PackageBox box = new PackageBox(context, details, plan.packages, plan::name, actorName, canEdit);
                box.addChangeListener(this::fireEvent);
                box.addMergeListener(this::fireEvent);
                box.addSplitListener(this::fireEvent);
                add(box);
            }
        }
        add(new H2(context.text("Activiteit verplaatsen of vastpinnen", "Move or pin an activity")), moveGrid(),
                graph);
    }

    Registration addTakeListener(ComponentEventListener<ProposalPanel.TakeEvent> listener) {
        return addListener(ProposalPanel.TakeEvent.class, listener);
    }

    Registration addChangeListener(ComponentEventListener<PackageBox.ChangeEvent> listener) {
        return addListener(PackageBox.ChangeEvent.class, listener);
    }

    Registration addMergeListener(ComponentEventListener<PackageBox.MergeEvent> listener) {
        return addListener(PackageBox.MergeEvent.class, listener);
    }

    Registration addSplitListener(ComponentEventListener<PackageBox.SplitEvent> listener) {
        return addListener(PackageBox.SplitEvent.class, listener);
    }

    Registration addMoveListener(ComponentEventListener<MoveEvent> listener) {
        return addListener(MoveEvent.class, listener);
    }

    Registration addPinListener(ComponentEventListener<PinEvent> listener) {
        return addListener(PinEvent.class, listener);
    }

    private Component moveGrid() {
        Grid<Activity> grid = new Grid<>();
        grid.addColumn(Activity::name).setHeader(context.text("Activiteit", "Activity")).setFlexGrow(2);
        grid.addComponentColumn(a -> {
            Select<String> target = new Select<>();
            target.setAriaLabel(context.text("Pakket van ", "Package of ") + a.name());
            target.setItems(plan.packages.stream().map(PackageSetup::name).toList());
            target.setEmptySelectionAllowed(true);
            target.setEmptySelectionCaption(context.text("geen pakket", "no package"));
            target.setValue(plan.packages.stream().filter(p -> p.activityIds().contains(a.id()))
                    .map(PackageSetup::name).findFirst().orElse(null));
            target.setReadOnly(!canEdit);
            target.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    fireEvent(new MoveEvent(this, a, e.getValue()));
                }
            });
            return target;
        }).setHeader(context.text("Pakket", "Package")).setFlexGrow(2);
        grid.addComponentColumn(a -> {
            Checkbox pin = new Checkbox(context.text("vastgepind", "pinned"), a.pinnedTo() != null);
            pin.setAriaLabel(pin.getLabel() + ": " + a.name());
            pin.setReadOnly(!canEdit);
            pin.addValueChangeListener(e -> fireEvent(new PinEvent(this, a, e.getValue())));
            return pin;
        }).setHeader(context.text("Vastpinnen", "Pin"));
        grid.setItems(plan.activities);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.getElement().setAttribute("aria-label", context.text("Activiteiten en hun pakket",
                "Activities and their package"));
        return grid;
    }
}
