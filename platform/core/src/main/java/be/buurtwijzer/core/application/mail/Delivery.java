package be.buurtwijzer.core.application.mail;

/** What became of a mail: the caller decides what to show when it did not leave. */
public enum Delivery {
    /** Handed to the SMTP server. */
    SENT,
    /** No SMTP server is configured (the demo): the mail was written to the server log instead. */
    NOT_CONFIGURED,
    /** The SMTP server could not be reached or refused it; the reason is in the server log. */
    FAILED
}
