package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugins.support.DutchDates;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugins.logbook.domain.Entry;
import be.buurtwijzer.plugins.logbook.domain.LogbookRules;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Map;

/**
 * The form for a new log entry. It checks the entry and fires a save event; storing is the view's job. Its save
 * button is the view's to place: after the story's photos and consent, which belong to the same entry.
 */
public class EntryForm extends FormLayout {

    final DatePicker date = new DatePicker();
    final TextField title = new TextField();
    final ComboBox<Entry.EntryType> type = new ComboBox<>();
    final IntegerField count = new IntegerField();
    final TextField indicator = new TextField();
    final TextArea text = new TextArea();
    final Button save = new Button();

    public EntryForm(InstrumentContext context) {
        date.setId("entry-date");
        title.setId("entry-title");
        text.setId("entry-text");
        date.setLabel(context.text("Datum", "Date"));
        date.setRequiredIndicatorVisible(true);
        DutchDates.apply(date, context);
        title.setLabel(context.text("Titel", "Title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        type.setLabel(context.text("Soort", "Kind"));
        type.setItems(Entry.EntryType.values());
        type.setItemLabelGenerator(t -> context.text(t == Entry.EntryType.NUMBER
                ? new Text("Cijfer", "Number") : new Text("Verhaal", "Story")));
        type.setValue(Entry.EntryType.STORY);
        count.setLabel(context.text("Aantal", "Count"));
        count.setMin(0);
        indicator.setLabel(context.text("Indicator", "Indicator"));
        text.setLabel(context.text("Verhaal of toelichting", "Story or note"));
        save.setText(context.text("Opslaan", "Save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> submit(context));
        add(date, title, type, count, indicator, text);
        setColspan(text, 2);
    }

    private void submit(InstrumentContext context) {
        Entry entry = Entry.of(date.getValue(), title.getValue(), text.getValue(), type.getValue(), count.getValue(),
                indicator.getValue().isBlank() ? null : indicator.getValue());
        String problem = LogbookRules.problem(entry);
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("date", date, "title", title, "count",
                count);
        fields.values().forEach(f -> f.setInvalid(false));
        if (problem != null) {
            var field = fields.get(problem.substring(0, problem.indexOf(':')));
            field.setErrorMessage(context.text(message(problem)));
            field.setInvalid(true);
            return;
        }
        fireEvent(new SaveEvent(this, entry));
    }

    private static Text message(String problem) {
        if (problem.startsWith("date")) {
            return new Text("Vul een datum in.", "Enter a date.");
        }
        if (problem.startsWith("title")) {
            return new Text("Vul een titel in.", "Enter a title.");
        }
        return new Text("Een cijfer heeft een aantal van 0 of meer nodig.", "A number needs a count of 0 or more.");
    }

    /** A refusal from the platform or the operation, at its field (or the title when it names none of ours). */
    public void refused(be.buurtwijzer.plugin.api.InstrumentException refusal) {
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("date", date, "title", title, "count",
                count, "indicator", indicator, "text", text);
        var field = fields.getOrDefault(refusal.field(), title);
        field.setErrorMessage(refusal.getMessage());
        field.setInvalid(true);
    }

    public void clear() {
        date.clear();
        title.clear();
        count.clear();
        indicator.clear();
        text.clear();
    }

    public Registration addSaveListener(com.vaadin.flow.component.ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** Fired with a checked entry. */
    public static class SaveEvent extends ComponentEvent<EntryForm> {
        private final Entry entry;

        SaveEvent(EntryForm source, Entry entry) {
            super(source, false);
            this.entry = entry;
        }

        public Entry entry() {
            return entry;
        }
    }
}
