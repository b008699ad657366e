package be.buurtwijzer.plugins.spiderweb;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugins.spiderweb.domain.CollaborationCheck;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumMap;
import java.util.Map;

/**
 * The self-check on the four characteristics of goal-directed networks (seed 004), each with the seed's question,
 * an answer and a note; a missing characteristic is a point to improve, not a bad mark.
 */
final class SelfCheckPanel extends VerticalLayout {

    private final VerticalLayout selfCheck = new VerticalLayout();
    private final Map<CollaborationCheck.Characteristic, Documents.CheckAnswer> check =
            new EnumMap<>(CollaborationCheck.Characteristic.class);
    private final InstrumentContext context;
    private final boolean canEdit;

    SelfCheckPanel(InstrumentContext context, boolean canEdit) {
        this.context = context;
        this.canEdit = canEdit;
        setPadding(false);
        add(new H2(context.text("Zelfcheck: kenmerken van doelgerichte netwerken",
                "Self-check: characteristics of goal-directed "
                + "networks")),
                new Paragraph(context.text("Zie het ontbreken van een kenmerk niet als een slecht cijfer op het "
                + "rapport, maar als een mogelijk verbeterpunt.", "Do not see a missing characteristic as a bad mark, "
                + "but as a possible point to improve.")), selfCheck);
        selfCheck.setPadding(false);
    }

    /** The answers as the page edits them. */
    Map<CollaborationCheck.Characteristic, Documents.CheckAnswer> answers() {
        return Map.copyOf(check);
    }

    /** The four characteristics with these answers (none: null). */
    void show(Map<CollaborationCheck.Characteristic, Documents.CheckAnswer> answers) {
        check.clear();
        if (answers != null) {
            check.putAll(answers);
        }
        selfCheck.removeAll();
        for (CollaborationCheck.Characteristic c : CollaborationCheck.Characteristic.values()) {
            Documents.CheckAnswer given = check.get(c);
            RadioButtonGroup<CollaborationCheck.Answer> answer = new RadioButtonGroup<>(context.text(c.label()) + ": "
                    + context.text(c.question()));
            answer.setItems(CollaborationCheck.Answer.values());
            answer.setItemLabelGenerator(a -> context.text(a.label()));
            answer.setValue(given == null ? null : given.answer());
            answer.setReadOnly(!canEdit);
            TextArea note = new TextArea(context.text("Toelichting bij ", "Note on ")
                    + context.text(c.label()).toLowerCase());
            note.setWidthFull();
            note.setMaxLength(4000);
            note.setValue(given == null || given.note() == null ? "" : given.note());
            note.setReadOnly(!canEdit);
            Runnable keep = () -> {
                if (answer.getValue() == null && note.getValue().isBlank()) {
                    check.remove(c);
                } else {
                    check.put(c, new Documents.CheckAnswer(answer.getValue(), note.getValue().isBlank() ? null
                            : note.getValue()));
                }
            };
            answer.addValueChangeListener(e -> keep.run());
            note.addValueChangeListener(e -> keep.run());
            selfCheck.add(answer, note);
        }
    }
}
