package be.buurtwijzer.rest.errors;

public class BodyTooLargeException extends RuntimeException {
    public BodyTooLargeException(long limit) {
        super("The body is larger than the limit of " + limit + " bytes.");
    }
}
