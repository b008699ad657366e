package be.buurtwijzer.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) in the test JVM, on the port the tests' Liberty sends to
 * ({@code it.smtp.port}, BUURTWIJZER_MAIL_SMTP_PORT in deployment/pom.xml). Only the mail tests open it;
 * while it is closed the server's mails fail and it shows links instead.
 */
final class Mailbox implements AutoCloseable {

    private final GreenMail smtp;

    Mailbox() {
        ServerSetup setup = new ServerSetup(Integer.getInteger("it.smtp.port", 13025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP);
        smtp = new GreenMail(setup);
        smtp.start();
    }

    /** What has arrived for this address so far. */
    List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipients(m).contains(address)).toList();
    }

    /** Waits until {@code count} mails have arrived for this address (the reset mail leaves after the answer). */
    List<MimeMessage> await(String address, int count) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            List<MimeMessage> arrived = to(address);
            if (arrived.size() >= count) {
                return arrived;
            }
            sleep(100);
        }
        throw new AssertionError("expected " + count + " mail(s) for " + address + ", got " + to(address).size());
    }

    int total() {
        return smtp.getReceivedMessages().length;
    }

    /** The decoded text of a mail (quoted-printable would break a long link over lines). */
    static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The link in the mail that starts with this server's address and this path, e.g. "/password-reset/". */
    static String link(MimeMessage message, String path) {
        Matcher found = Pattern.compile(Pattern.quote(Api.BASE + path) + "[A-Za-z0-9_-]+").matcher(text(message));
        if (!found.find()) {
            throw new AssertionError("no link " + Api.BASE + path + "… in: " + text(message));
        }
        return found.group();
    }

    static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String recipients(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null ? "" : Arrays.toString(to);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
