package be.buurtwijzer.core.application.mail;

/** One plain-text e-mail to one address. */
public record Mail(String to, String subject, String text) {
}
