package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugins.packages.domain.Level;
import be.buurtwijzer.plugins.packages.domain.LinkSetup;
import be.buurtwijzer.plugins.packages.domain.PackageAnalysis;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.Set;

/**
 * Step 5 of the planner (seed 005): the links between packages, how intensely the packages must work together
 * and on what they decide together, with the team's answers per link. Keeping an answer is an
 * {@link AnswerEvent}.
 */
final class BetweenStep extends VerticalLayout {

    /** Someone keeps the team's answer about the link between two packages in the plan. */
    static final class AnswerEvent extends ComponentEvent<BetweenStep> {

        private final LinkSetup answer;

        AnswerEvent(BetweenStep source, LinkSetup answer) {
            super(source, false);
            this.answer = answer;
        }

        LinkSetup answer() {
            return answer;
        }
    }

    private final InstrumentContext context;
    private final EditedPlan plan;
    private final boolean canEdit;

    /** @param analysis the plan's figures, null while its packages break a rule */
    BetweenStep(InstrumentContext context, EditedPlan plan, PackageAnalysis analysis, boolean canEdit) {
        this.context = context;
        this.plan = plan;
        this.canEdit = canEdit;
        setPadding(false);
        if (analysis == null || analysis.between().isEmpty()) {
            add(new Paragraph(context.text("Geen verbindingen tussen pakketten.",
                    "No links between packages.")));
            return;
        }
        Grid<PackageAnalysis.Between> grid = new Grid<>();
        grid.addColumn(b -> b.first() + " – " + b.second()).setHeader(context.text("Pakketten",
                "Packages")).setFlexGrow(2);
        grid.addColumn(b -> b.intensity().label().in(context.locale())).setHeader(context.text("Intensiteit",
                "Intensity"));
        grid.addColumn(b -> levels(b.suggestedAgreement())).setHeader(context.text("Voorstel: samen beslissen over",
                "Suggested: decide together on"));
        grid.addColumn(b -> b.agreedByTeam() ? levels(b.mutualAgreement()) : context.text("nog niet beantwoord",
                "not answered yet"))
                .setHeader(context.text("Antwoord van het team", "The team's answer"));
        grid.addColumn(b -> b.coordination() == null ? context.text("beantwoord de vraag hieronder",
                "answer the question below")
                : b.coordination().label().in(context.locale())).setHeader(context.text("Coördinatie", "Coordination"));
        grid.addColumn(b -> b.wrongSplit() ? context.text("herbekijk de opsplitsing", "reconsider the split")
                : b.scaleSplit() ? context.text("gesplitst wegens de schaal", "split because of scale") : "")
                .setHeader(context.text("Signaal", "Signal"));
        grid.setItems(analysis.between());
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.getElement().setAttribute("aria-label", context.text("Tussen pakketten", "Between packages"));
        add(new Paragraph(context.text("De sterkste verbinding tussen twee pakketten bepaalt hoe intens ze samenwerken en "
                + "stelt voor over welke beslissingen ze het samen eens moeten worden. Of de verbinding zelf eenvoudig en "
                + "stabiel is, "
                + "of complex en veranderlijk, bepaalt de coördinatie: dat en de niveaus beantwoordt het team.",
                "The strongest link between two packages sets how intensely they collaborate and suggests which "
                        + "decisions they must agree on together. Whether the link itself is simple and stable, or "
                        + "complex and changeable, sets the coordination: that and the levels are the team's answer.")),
                grid);
        for (PackageAnalysis.Between b : analysis.between()) {
            add(linkAnswers(b));
        }
    }

    private String levels(Set<Level> levels) {
        return PlannerFields.levels(levels, context.locale());
    }

    /** The team's answers about one link between packages (step 5). */
    private Component linkAnswers(PackageAnalysis.Between b) {
        LinkSetup answer = plan.linkSetups.stream().filter(s -> s.concerns(b.first(), b.second())).findFirst().orElse(null);
        VerticalLayout box = new VerticalLayout();
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "6px");
        box.add(new H3(b.first() + " – " + b.second()));
        Checkbox complex = new Checkbox(context.text("De verbinding is complex", "The link is complex"),
                answer != null && Boolean.TRUE.equals(answer.complex()));
        Checkbox changeable = new Checkbox(context.text("en/of veranderlijk", "and/or changeable"),
                answer != null && Boolean.TRUE.equals(answer.changeable()));
        CheckboxGroup<Level> agreed = new CheckboxGroup<>(context.text("Samen beslissen over (voorstel: ",
                "Decide together on "
                + "(suggested: ") + levels(b.suggestedAgreement()) + ")");
        agreed.setItems(Level.values());
        agreed.setItemLabelGenerator(l -> l.label().in(context.locale()));
        agreed.setValue(answer != null && answer.agreedLevels() != null ? answer.agreedLevels() : b.suggestedAgreement());
        Button apply = new Button(context.text("Antwoord bewaren in de planning", "Keep the answer in the plan"),
                click -> fireEvent(new AnswerEvent(this, new LinkSetup(b.first(), b.second(), complex.getValue(),
                        changeable.getValue(), agreed.getValue()))));
        apply.setAriaLabel(context.text("Antwoord bewaren: ", "Keep the answer: ") + b.first() + " – " + b.second());
        HorizontalLayout questions = new HorizontalLayout(complex, changeable);
        questions.setWrap(true);
        box.add(questions, agreed, apply);
        box.setEnabled(canEdit);
        return box;
    }

    Registration addAnswerListener(ComponentEventListener<AnswerEvent> listener) {
        return addListener(AnswerEvent.class, listener);
    }
}
