package be.buurtwijzer.core.application.shared;

/** Also what a caller gets for something that exists in another municipality: it learns nothing. */
public class NotFoundException extends ApplicationException {
    public NotFoundException(String what, String key) {
        super("No " + what + " '" + key + "' was found.");
    }
}
