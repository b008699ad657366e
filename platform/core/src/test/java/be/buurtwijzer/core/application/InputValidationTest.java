package be.buurtwijzer.core.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.buurtwijzer.core.application.admin.TenantInput;
import be.buurtwijzer.core.application.register.ActorInput;
import be.buurtwijzer.core.application.register.ContactInput;
import be.buurtwijzer.core.application.register.InitiativeInput;
import be.buurtwijzer.core.application.shared.FieldViolation;
import be.buurtwijzer.core.application.shared.InputValidator;
import be.buurtwijzer.core.domain.register.ActorKind;
import be.buurtwijzer.core.domain.register.InitiativeStatus;
import be.buurtwijzer.core.domain.register.Sector;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Bean Validation rules on the service inputs, field by field. */
class InputValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private List<String> fields(Object input) {
        return InputValidator.violations(validator, input).stream().map(FieldViolation::field).toList();
    }

    @Test
    void actorNeedsNameKindAndSectorAndAValidContact() {
        assertEquals(List.of("kind", "name", "sector"), fields(new ActorInput(" ", null, null, null, null, null, null)));
        assertEquals(List.of("contact.email"), fields(new ActorInput("A", ActorKind.OTHER, Sector.CARE, null, null,
                new ContactInput(null, "not-an-address", null, null, null), null)));
    }

    @Test
    void initiativeActorIdsMustNotBeBlank() {
        assertEquals(List.of("actorIds[1]"), fields(new InitiativeInput("A", null, null, null,
                InitiativeStatus.IDEA, Arrays.asList("x", ""), null)));
    }

    @Test
    void textFromFormsFollowsTheTextRuleToo() {
        var fields = InputValidator.textViolations(new ActorInput("Buurt\u202ehuis", ActorKind.OTHER, Sector.CARE,
                null, null, new ContactInput("Jan\u0000", null, null, null, null), null), "").stream()
                .map(FieldViolation::field).toList();
        assertEquals(List.of("name", "contact.person"), fields);
        assertEquals(List.of("actorIds[0]"), InputValidator.textViolations(new InitiativeInput("A", null, null, null,
                InitiativeStatus.IDEA, List.of("x\u200by"), null), "").stream().map(FieldViolation::field).toList());
    }

    @Test
    void tenantSlugAndLocaleAreChecked() {
        assertEquals(List.of("defaultLocale", "slug"), fields(new TenantInput("Not OK", "Naam", "fr")));
        assertEquals(List.of(), fields(new TenantInput("stederen", "Stad Stederen", "nl-BE")));
    }
}
