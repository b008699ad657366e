package be.buurtwijzer.core.application.privacy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Whom a data-subject request is about: their name as the municipality writes it, and their e-mail if known. */
public record SubjectQuery(
        @NotBlank @Size(min = 2, max = 200) String name,
        @Email @Size(max = 254) String email) {
}
