package be.buurtwijzer.core.application.mail;

/** Sends mail now, in the calling thread; never throws for a mail that could not leave. */
public interface Mailer {

    Delivery send(Mail mail);
}
