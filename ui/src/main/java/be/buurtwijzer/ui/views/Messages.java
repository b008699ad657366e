package be.buurtwijzer.ui.views;

import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.application.shared.FieldViolation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;

/** Says a service's validation finding in the user's language, by the rule that failed. */
public final class Messages {

    private Messages() {
    }

    /** A service's refusal in the user's language when it names its situation, else its own words. */
    public static String of(Component component, ApplicationException e) {
        if (e.code() != null) {
            String translated = component.getTranslation("error." + e.code(), e.args());
            if (!translated.startsWith("!")) {
                return translated;
            }
        }
        if (e instanceof be.buurtwijzer.core.application.shared.ConflictException && "version".equals(e.field())) {
            return component.getTranslation("conflict.changed");
        }
        if (e instanceof be.buurtwijzer.core.application.shared.InvalidInputException invalid
                && !invalid.violations().isEmpty()) {
            return String.join(" ", invalid.violations().stream().map(v -> withField(component, v)).toList());
        }
        return ownWords(component, e.getMessage(), e.field());
    }

    private static String withField(Component component, FieldViolation violation) {
        String label = component.getTranslation("field." + violation.field());
        String text = of(component, violation);
        return label.startsWith("!") || text.startsWith(label) ? text : label + ": " + text;
    }

    /**
     * A service's own message, unless it is a rule's English wording ("must be …") on a Dutch page:
     * then a Dutch sentence that names the field (the English detail stays in the API's problem+json).
     * Messages a service wrote in the user's language (a password's weakness) pass as they are.
     */
    private static String ownWords(Component component, String message, String field) {
        if ("en".equals(be.buurtwijzer.ui.session.UiSession.locale().getLanguage()) || !ruleEnglish(message)) {
            return message;
        }
        if (field == null || field.isBlank()) {
            return component.getTranslation("validation.generic");
        }
        String label = component.getTranslation("field." + field);
        return component.getTranslation("validation.field", label.startsWith("!") ? field : label);
    }

    /** Shows each violation at the field it names; returns the ones that name no field of this form. */
    public static java.util.List<FieldViolation> showAtFields(Component component,
            java.util.Map<String, ? extends com.vaadin.flow.component.HasValidation> fields,
            be.buurtwijzer.core.application.shared.InvalidInputException e) {
        java.util.List<FieldViolation> elsewhere = new java.util.ArrayList<>();
        for (FieldViolation v : e.violations()) {
            var field = fields.get(v.field());
            if (field == null) {
                elsewhere.add(v);
            } else {
                field.setErrorMessage(of(component, v));
                field.setInvalid(true);
            }
        }
        return elsewhere;
    }

    static boolean ruleEnglish(String message) {
        return message != null && java.util.regex.Pattern.compile("\\b(must|may not|is required|is not|are not|"
                + "cannot|should|is too|is larger|is longer|is missing)\\b").matcher(message).find();
    }

    public static String of(Component component, FieldViolation violation) {
        if (violation.code() == null) {
            return ownWords(component, violation.message(), violation.field());
        }
        // a rule of Bean Validation (validation.NotBlank) or a service's own refusal (error.current-password)
        for (String key : new String[] {"validation." + violation.code(), "error." + violation.code()}) {
            String raw = component.getTranslation(key);
            // DefaultI18NProvider answers "!{key}!" for a key it does not know; {0} without a limit to fill it
            // in means the text needs what only the service's own message has
            if (raw.startsWith("!") || raw.contains("{0}") && violation.limit() == null) {
                continue;
            }
            return violation.limit() == null ? raw : component.getTranslation(key, violation.limit());
        }
        return ownWords(component, violation.message(), violation.field());
    }

    /** Runs a service action and puts its outcome, or its refusal in the user's language, into {@code result}. */
    public static void report(Component component, HasText result, Supplier<String> action) {
        try {
            result.setText(action.get());
        } catch (ApplicationException e) {
            result.setText(of(component, e));
        }
    }

    /** A refusal that belongs to no field, as an error notification. */
    public static void problem(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
