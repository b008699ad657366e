package be.buurtwijzer.core.application.shared;

/** The account still has a one-time password: it may do nothing but replace it. */
public class PasswordChangeRequiredException extends ForbiddenException {
    public PasswordChangeRequiredException() {
        super("You logged in with a one-time password: choose your own password first "
                + "(PUT /api/v1/me/password with your current and a new password).");
        withCode("password-change-required");
    }
}
