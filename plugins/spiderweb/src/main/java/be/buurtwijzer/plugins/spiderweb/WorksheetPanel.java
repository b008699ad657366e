package be.buurtwijzer.plugins.spiderweb;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugins.spiderweb.domain.Factor;
import be.buurtwijzer.plugins.spiderweb.domain.FactorScore;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The step-6 worksheet (seed 004, reality check): for every factor that scores, how a stimulating one is used;
 * whether an inhibiting one can be removed and, when not, the deviation it forces, what that causes and how it is
 * absorbed. The answers go into the factor's score in place.
 */
final class WorksheetPanel extends VerticalLayout {

    private final VerticalLayout worksheet = new VerticalLayout();
    private final InstrumentContext context;
    private final Map<String, FactorScore> scores;
    private final boolean canEdit;

    /** @param scores the web's scores by factor id, as the page edits them */
    WorksheetPanel(InstrumentContext context, Map<String, FactorScore> scores, boolean canEdit) {
        this.context = context;
        this.scores = scores;
        this.canEdit = canEdit;
        setPadding(false);
        worksheet.setPadding(false);
        add(new H2(context.text("Werkblad stap 6: realiteitscheck", "Step 6 worksheet: reality check")), worksheet);
    }

    /** The worksheet of the factors that score now ({@code factors}: every factor by id). */
    void show(Map<String, Factor> factors) {
        worksheet.removeAll();
        List<FactorScore> scored = scores.values().stream().filter(s -> s.score() > 0).toList();
        if (scored.isEmpty()) {
            worksheet.add(new Paragraph(context.text("Geef factoren een score om ze hier uit te werken.",
                    "Score factors to work them out here.")));
        }
        for (FactorScore s : scored) {
            Factor factor = factors.get(s.factorId());
            if (factor == null) {
                continue;
            }
            VerticalLayout body = new VerticalLayout();
            body.setPadding(false);
            if (factor.kind() == Factor.Kind.STIMULATING) {
                body.add(area(context.text("Hoe zet je deze factor in?", "How do you use this factor?"), s.use(),
                        v -> update(s.factorId(), f -> f.withUse(v))));
            } else {
                Checkbox removable = new Checkbox(context.text("Deze factor kan weggewerkt worden",
                        "This factor can be removed"),
                        Boolean.TRUE.equals(s.removable()));
                removable.setReadOnly(!canEdit);
                removable.addValueChangeListener(e -> update(s.factorId(), f -> f.withRemovable(e.getValue())));
                body.add(removable,
                        area(context.text("Hoe wijk je af van de ideale samenwerking?",
                        "How do you deviate from the ideal collaboration?"),
                                s.deviation(), v -> update(s.factorId(), f -> f.withDeviation(v))),
                        area(context.text("Wat zijn de gevolgen van die afwijking?", "What does the deviation cause?"),
                                s.consequence(), v -> update(s.factorId(), f -> f.withConsequence(v))),
                        area(context.text("Hoe vang je die gevolgen op?", "How do you absorb the consequences?"),
                                s.absorption(), v -> update(s.factorId(), f -> f.withAbsorption(v))));
            }
            worksheet.add(new Details(context.text(factor.label()) + " (" + context.text(factor.kind().label()) + ", "
                    + s.score() + ")", body));
        }
    }

    private TextArea area(String label, String value, Consumer<String> onChange) {
        TextArea area = new TextArea(label);
        area.setWidthFull();
        area.setMaxLength(4000);
        area.setValue(value == null ? "" : value);
        area.setReadOnly(!canEdit);
        area.addValueChangeListener(e -> onChange.accept(e.getValue()));
        return area;
    }

    private void update(String factorId, UnaryOperator<FactorScore> change) {
        scores.put(factorId, change.apply(scores.get(factorId)));
    }
}
