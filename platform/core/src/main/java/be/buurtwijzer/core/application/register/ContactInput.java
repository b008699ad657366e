package be.buurtwijzer.core.application.register;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

public record ContactInput(
        @Size(max = 200) String person,
        @Email @Size(max = 254) String email,
        @Size(max = 50) String phone,
        @Size(max = 500) String address,
        @Size(max = 500) String website) {
}
