package be.buurtwijzer.plugins.spiderweb;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugins.spiderweb.domain.Factor;
import be.buurtwijzer.plugins.spiderweb.domain.FactorScore;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.Map;

/**
 * The stimulating and inhibiting factors (seed 004: the ladder and the whirlpool), each scored 0–5 in place; a
 * municipality adds factors of its own. A score changed is a {@link ScoreEvent} (the worksheet follows), an own
 * factor is an {@link AddEvent}.
 */
final class FactorsPanel extends VerticalLayout {

    /** Someone changed a factor's score. */
    static final class ScoreEvent extends ComponentEvent<FactorsPanel> {

        ScoreEvent(FactorsPanel source) {
            super(source, false);
        }
    }

    /** Someone adds a factor of the municipality's own. */
    static final class AddEvent extends ComponentEvent<FactorsPanel> {

        private final Factor.Kind kind;
        private final String label;

        AddEvent(FactorsPanel source, Factor.Kind kind, String label) {
            super(source, false);
            this.kind = kind;
            this.label = label;
        }

        Factor.Kind kind() {
            return kind;
        }

        String label() {
            return label;
        }
    }

    private final Grid<Factor> grid = new Grid<>();
    private final TextField label;
    private final InstrumentContext context;
    private final Map<String, FactorScore> scores;
    private final boolean canEdit;

    /** @param scores the web's scores by factor id, as the page edits them; a score is changed in place */
    FactorsPanel(InstrumentContext context, Map<String, FactorScore> scores, boolean canEdit) {
        this.context = context;
        this.scores = scores;
        this.canEdit = canEdit;
        this.label = new TextField(context.text("Eigen factor", "Own factor"));
        setPadding(false);
        add(new H2(context.text("Stimulerende en remmende factoren", "Stimulating and inhibiting factors")));
        buildGrid();
        add(grid, newFactorForm());
    }

    void show(Collection<Factor> factors) {
        grid.setItems(factors);
    }

    /** The own factor was added: the field is emptied for the next. */
    void added(Collection<Factor> factors) {
        label.clear();
        label.setInvalid(false);
        grid.setItems(factors);
    }

    /** The own factor was refused, for this reason. */
    void refused(String message) {
        label.setErrorMessage(message);
        label.setInvalid(true);
    }

    Registration addScoreListener(ComponentEventListener<ScoreEvent> listener) {
        return addListener(ScoreEvent.class, listener);
    }

    Registration addAddListener(ComponentEventListener<AddEvent> listener) {
        return addListener(AddEvent.class, listener);
    }

    private void buildGrid() {
        grid.addColumn(f -> context.text(f.label())).setHeader(context.text("Factor", "Factor")).setFlexGrow(3);
        grid.addColumn(f -> context.text(f.kind().label())).setHeader(context.text("Soort", "Kind"));
        grid.addComponentColumn(f -> {
            IntegerField score = new IntegerField();
            score.setMin(0);
            score.setMax(5);
            score.setStepButtonsVisible(true);
            score.setAriaLabel(context.text("Score van ", "Score of ") + context.text(f.label()));
            score.setValue(scores.containsKey(f.id()) ? scores.get(f.id()).score() : 0);
            score.setReadOnly(!canEdit);
            score.addValueChangeListener(e -> {
                int value = e.getValue() == null ? 0 : e.getValue();
                FactorScore old = scores.get(f.id());
                scores.put(f.id(), old == null ? FactorScore.of(f.id(), value) : old.withScore(value));
                fireEvent(new ScoreEvent(this));
            });
            return score;
        }).setHeader(context.text("Score (0–5)", "Score (0–5)"));
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", context.text("Factoren", "Factors"));
    }

    private Component newFactorForm() {
        label.setMaxLength(200);
        Select<Factor.Kind> factorKind = new Select<>();
        factorKind.setLabel(context.text("Soort", "Kind"));
        factorKind.setItems(Factor.Kind.values());
        factorKind.setItemLabelGenerator(k -> k == null ? "" : context.text(k.label()));
        factorKind.setValue(Factor.Kind.INHIBITING);
        Button add = new Button(context.text("Factor toevoegen", "Add factor"),
                click -> fireEvent(new AddEvent(this, factorKind.getValue(), label.getValue())));
        HorizontalLayout form = new HorizontalLayout(label, factorKind, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setVisible(canEdit);
        return form;
    }
}
