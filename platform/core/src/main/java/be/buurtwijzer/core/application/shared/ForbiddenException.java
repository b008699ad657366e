package be.buurtwijzer.core.application.shared;

public class ForbiddenException extends ApplicationException {
    public ForbiddenException(String message) {
        super(message);
    }
}
