package be.buurtwijzer.plugins.support;

import be.buurtwijzer.plugin.api.InstrumentContext;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Date fields and dates the Belgian way in Dutch: 12/11/2026, the week starting on Monday. */
public final class DutchDates {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DutchDates() {
    }

    public static DatePicker picker(String label, InstrumentContext context) {
        DatePicker picker = new DatePicker(label);
        apply(picker, context);
        return picker;
    }

    public static void apply(DatePicker picker, InstrumentContext context) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setFirstDayOfWeek(1);
        i18n.setDateFormat("dd/MM/yyyy");
        if (!"en".equals(context.locale().getLanguage())) {
            i18n.setMonthNames(List.of("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                    "september", "oktober", "november", "december"));
            i18n.setWeekdays(List.of("zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"));
            i18n.setWeekdaysShort(List.of("zo", "ma", "di", "wo", "do", "vr", "za"));
            i18n.setToday("Vandaag");
            i18n.setCancel("Annuleren");
        }
        picker.setI18n(i18n);
    }
}
