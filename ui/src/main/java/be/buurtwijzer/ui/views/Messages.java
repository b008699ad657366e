package be.buurtwijzer.ui.views;

import be.buurtwijzer.core.application.shared.FieldViolation;
import com.vaadin.flow.component.Component;

/** Says a service's validation finding in the user's language, by the rule that failed. */
public final class Messages {

    private Messages() {
    }

    /** A service's refusal in the user's language when it names its situation, else its own words. */
    public static String of(Component component, be.buurtwijzer.core.application.shared.ApplicationException e) {
        if (e instanceof be.buurtwijzer.core.application.shared.ConflictException && "version".equals(e.field())) {
            return component.getTranslation("conflict.changed");
        }
        if (e.code() == null) {
            return e.getMessage();
        }
        String translated = component.getTranslation("error." + e.code(), e.args());
        return translated.startsWith("!") ? e.getMessage() : translated;
    }

    public static String of(Component component, FieldViolation violation) {
        if (violation.code() == null) {
            return violation.message();
        }
        String key = "validation." + violation.code();
        String translated = component.getTranslation(key, violation.limit() == null ? "" : violation.limit());
        // DefaultI18NProvider answers "!{key}!" for a key it does not know
        return translated.startsWith("!") ? violation.message() : translated;
    }
}
