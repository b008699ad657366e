package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugins.packages.domain.Level;
import be.buurtwijzer.plugins.packages.domain.PackageAnalysis;
import be.buurtwijzer.plugins.packages.domain.PackageEdits;
import be.buurtwijzer.plugins.packages.domain.PackageSetup;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One package of step 4 (seed 005): its figures in words, the tool's remarks, and for an editor the team's
 * answers about it. Applying the answers, merging it with another package or splitting it are events
 * ({@link ChangeEvent}, {@link MergeEvent}, {@link SplitEvent}); the page changes the plan.
 */
final class PackageBox extends VerticalLayout {

    /** Something someone does to this package; the page changes the plan (the CRM tutorial's form events). */
    abstract static class PackageEvent extends ComponentEvent<PackageBox> {

        private final PackageSetup setup;

        PackageEvent(PackageBox source, PackageSetup setup) {
            super(source, false);
            this.setup = setup;
        }

        PackageSetup setup() {
            return setup;
        }
    }

    /** Someone applies new answers (or a new name) to the package. */
    static final class ChangeEvent extends PackageEvent {

        private final PackageSetup changed;

        ChangeEvent(PackageBox source, PackageSetup setup, PackageSetup changed) {
            super(source, setup);
            this.changed = changed;
        }

        PackageSetup changed() {
            return changed;
        }
    }

    /** Someone merges another package into this one. */
    static final class MergeEvent extends PackageEvent {

        private final PackageSetup other;

        MergeEvent(PackageBox source, PackageSetup setup, PackageSetup other) {
            super(source, setup);
            this.other = other;
        }

        PackageSetup other() {
            return other;
        }
    }

    /** Someone splits the package by the method that proposed the packages. */
    static final class SplitEvent extends PackageEvent {

        SplitEvent(PackageBox source, PackageSetup setup) {
            super(source, setup);
        }
    }

    private final InstrumentContext context;

    PackageBox(InstrumentContext context, PackageAnalysis.PackageDetails details, List<PackageSetup> packages,
            Function<String, String> name, Function<String, String> actorName, boolean canEdit) {
        this.context = context;
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "6px");
        PackageSetup found = packages.stream().filter(p -> p.name().equals(details.name())).findFirst().orElse(null);
        H3 title = new H3(details.name());
        PackageFacts facts = new PackageFacts(context, details, name, actorName);
        add(title, facts);
        if (!details.remarks().isEmpty()) {
            UnorderedList remarks = new UnorderedList();
            details.remarks().forEach(r -> remarks.add(new ListItem(r.in(context.locale()))));
            remarks.getElement().setAttribute("aria-label", context.text("Opmerkingen bij ", "Remarks on ")
                    + details.name());
            add(remarks);
        }
        if (found == null || !canEdit) {
            return;
        }
        PackageSetup setup = found;
        Select<Intensity> intensity = new Select<>();
        intensity.setLabel(context.text("Intensiteit binnen het pakket", "Intensity inside the package"));
        intensity.setItems(Intensity.values());
        intensity.setEmptySelectionAllowed(true);
        intensity.setEmptySelectionCaption(context.text("afleiden uit de verbindingen", "derive from the links"));
        intensity.setItemLabelGenerator(i -> i == null ? context.text("afleiden uit de verbindingen",
                "derive from the links")
                : i.label().in(context.locale()));
        intensity.setValue(setup.intensity());
        Map<String, IntegerField> people = new java.util.LinkedHashMap<>();
        HorizontalLayout team = new HorizontalLayout();
        team.setWrap(true);
        for (String partner : details.partners()) {
            IntegerField count = new IntegerField(context.text("Teamleden van ", "Team members from ")
                    + actorName.apply(partner));
            count.setMin(1);
            count.setMax(99);
            count.setStepButtonsVisible(true);
            count.setValue(setup.members().getOrDefault(partner, 1));
            people.put(partner, count);
            team.add(count);
        }
        TextField rename = new TextField(context.text("Naam", "Name"), setup.name(), "");
        Checkbox complex = new Checkbox(context.text("De pakketuitdaging is complex",
                "The package's challenge is complex"),
                Boolean.TRUE.equals(setup.complex()));
        Checkbox changeable = new Checkbox(context.text("en/of veranderlijk", "and/or changeable"),
                Boolean.TRUE.equals(setup.changeable()));
        CheckboxGroup<Level> decides = new CheckboxGroup<>(context.text("Het team beslist zelf op niveau",
                "The team itself decides at"));
        decides.setItems(Level.values());
        decides.setItemLabelGenerator(l -> l.label().in(context.locale()));
        decides.setValue(setup.teamDecides());
        Button apply = new Button(context.text("Toepassen", "Apply"), click -> {
            String newName = rename.getValue().trim();
            if (!PackageEdits.nameFree(newName, setup, packages)) {
                rename.setErrorMessage(context.text("Kies een eigen, niet-lege naam.",
                        "Choose a name of its own, not empty."));
                rename.setInvalid(true);
                return;
            }
            Map<String, Integer> members = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, IntegerField> e : people.entrySet()) {
                Integer value = e.getValue().getValue();
                if (value == null || value < 1 || value > 99) {
                    e.getValue().setErrorMessage(context.text("Van 1 tot 99.", "From 1 to 99."));
                    e.getValue().setInvalid(true);
                    return;
                }
                if (value != 1) {
                    members.put(e.getKey(), value);
                }
            }
            fireEvent(new ChangeEvent(this, setup, new PackageSetup(newName, setup.activityIds(), complex.getValue(),
                    changeable.getValue(), decides.getValue(), intensity.getValue(), members)));
        });
        apply.setAriaLabel(context.text("Toepassen op ", "Apply to ") + setup.name());
        Select<PackageSetup> mergeWith = new Select<>();
        mergeWith.setLabel(context.text("Samenvoegen met", "Merge with"));
        mergeWith.setItems(packages.stream().filter(p -> p != setup).toList());
        mergeWith.setItemLabelGenerator(p -> p == null ? "" : p.name());
        Button merge = new Button(context.text("Samenvoegen", "Merge"), click -> {
            if (mergeWith.getValue() == null) {
                return;
            }
            fireEvent(new MergeEvent(this, setup, mergeWith.getValue()));
        });
        merge.setAriaLabel(context.text("Samenvoegen: ", "Merge: ") + setup.name());
        Button split = new Button(context.text("Splitsing voorstellen en toepassen", "Propose and apply a split"),
                click -> fireEvent(new SplitEvent(this, setup)));
        // the accessible name starts with the visible label, so voice control finds the button by what it reads
        split.setAriaLabel(split.getText() + ": " + setup.name());
        HorizontalLayout answers = new HorizontalLayout(rename, complex, changeable);
        answers.setAlignItems(FlexComponent.Alignment.BASELINE);
        answers.setWrap(true);
        HorizontalLayout edits = new HorizontalLayout(apply, mergeWith, merge, split);
        edits.setAlignItems(FlexComponent.Alignment.BASELINE);
        edits.setWrap(true);
        add(answers, decides, intensity, team, edits);
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    Registration addMergeListener(ComponentEventListener<MergeEvent> listener) {
        return addListener(MergeEvent.class, listener);
    }

    Registration addSplitListener(ComponentEventListener<SplitEvent> listener) {
        return addListener(SplitEvent.class, listener);
    }
}
