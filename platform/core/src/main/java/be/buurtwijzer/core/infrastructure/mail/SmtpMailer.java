package be.buurtwijzer.core.infrastructure.mail;

import be.buurtwijzer.core.application.mail.Delivery;
import be.buurtwijzer.core.application.mail.Mail;
import be.buurtwijzer.core.application.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Jakarta Mail (Liberty's mail-2.1 feature, Eclipse Angus inside) to the SMTP server of the
 * configuration ({@code BUURTWIJZER_MAIL_SMTP_HOST} and friends, see server.xml). Without a host
 * nothing is sent; on the demo run ({@code BUURTWIJZER_MAIL_DEMO=true}, set by run.sh) the mail is
 * written to the server log, marked as such, so that an invitation or a password reset can still be
 * followed on a machine without a mail server. Elsewhere its live link never reaches a log.
 */
@ApplicationScoped
public class SmtpMailer implements Mailer {

    private static final Logger LOG = Logger.getLogger(SmtpMailer.class.getName());
    private static final String TIMEOUT_MILLIS = "15000";

    @Inject
    @ConfigProperty(name = "buurtwijzer.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "buurtwijzer.mail.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "buurtwijzer.mail.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "buurtwijzer.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "buurtwijzer.mail.smtp.password")
    Optional<String> password;

    /** Only the demo run writes mails, links and all, to the log (run.sh sets it). */
    @Inject
    @ConfigProperty(name = "buurtwijzer.mail.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "buurtwijzer.mail.from", defaultValue = "Buurtwijzer <no-reply@buurtwijzer.invalid>")
    String from;

    @Override
    public Delivery send(Mail mail) {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            if (demo) {
                LOG.info(() -> "DEMO MAIL (no SMTP server configured, BUURTWIJZER_MAIL_SMTP_HOST is not set); not sent. "
                        + "To: " + mail.to() + " | Subject: " + mail.subject() + "\n" + mail.text());
            } else {
                // a mail carries a live link (a password reset): outside a demo it never goes to the log
                LOG.warning("A mail was not sent: no SMTP server is configured (BUURTWIJZER_MAIL_SMTP_HOST). Only on a "
                        + "demo machine, BUURTWIJZER_MAIL_DEMO=true writes mails to this log instead.");
            }
            return Delivery.NOT_CONFIGURED;
        }
        try {
            Session session = Session.getInstance(properties());
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from, true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            if (user.filter(u -> !u.isBlank()).isPresent()) {
                Transport.send(message, user.get(), password.orElse(""));
            } else {
                Transport.send(message);
            }
            return Delivery.SENT;
        } catch (MessagingException | RuntimeException e) {
            // the address stays out of the log; the reason and the server are what an operator needs
            LOG.warning("A mail could not be sent through " + host.get() + ":" + port + ": " + e);
            LOG.log(Level.FINE, "Mail failure", e);
            return Delivery.FAILED;
        }
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host.get());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.auth", String.valueOf(user.filter(u -> !u.isBlank()).isPresent()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        return properties;
    }
}
