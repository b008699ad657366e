package be.buurtwijzer.plugins.support;

import be.buurtwijzer.plugin.api.InstrumentContext;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

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
        apply(picker, context.locale());
    }

    /** Shown as 12/11/2026; typed also as 12-11-2026, 12.11.2026 or 12/11/26; weeks start on Monday. */
    public static void apply(DatePicker picker, Locale locale) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setFirstDayOfWeek(1);
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yy",
                "ddMMyyyy");
        if (!"en".equals(locale.getLanguage())) {
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
