package be.buurtwijzer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The forgotten password and the invitation by e-mail as people use them: in Chromium, reading the mail. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordResetBrowserIT {

    private static Mailbox mailbox;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void openMailbox() {
        mailbox = new Mailbox();
    }

    @AfterAll
    static void closeMailbox() {
        mailbox.close();
    }

    @Test
    void someoneWhoForgotTheirPasswordChoosesANewOneThroughTheMailAndLogsIn() {
        Municipality m = Municipality.fresh("vergeten");
        String chosen = Api.strongPassword();
        try (Browser browser = new Browser()) {
            browser.open("/login");
            browser.waitForText("Wachtwoord vergeten?");
            browser.driver.findElement(By.id("forgot-password")).click();
            browser.waitForText("Geef het e-mailadres van je account");
            browser.fill("reset-email", m.admin());
            browser.clickButton("Link versturen");
            browser.waitForText("Als er een account met dit adres bestaat, krijg je een e-mail met een link.");
            browser.screenshot("password-reset-requested");

            MimeMessage mail = mailbox.await(m.admin(), 1).get(0);
            String link = Mailbox.link(mail, "/password-reset/");
            browser.driver.get(link);
            browser.waitForText("Nieuw wachtwoord kiezen");
            browser.fill("reset-password", "kort");
            browser.fill("reset-repeat", "kort");
            browser.clickButton("Wachtwoord bewaren");
            browser.waitForText("minstens 10 tekens");
            browser.driver.findElement(By.cssSelector("#reset-password input")).clear();
            browser.driver.findElement(By.cssSelector("#reset-repeat input")).clear();
            browser.fill("reset-password", chosen);
            browser.fill("reset-repeat", chosen);
            browser.clickButton("Wachtwoord bewaren");
            browser.waitForText("Je wachtwoord is gewijzigd");
            browser.screenshot("password-reset-done");

            browser.login(m.admin(), chosen);
            browser.waitForText("Leden en rollen");

            browser.driver.get(link);
            browser.waitForText("Deze link is niet meer geldig");
        }
    }

    @Test
    void anAdministratorInvitesByMailAndTheInvitedPersonJoinsThroughTheLinkInIt() {
        Municipality m = Municipality.fresh("uitnodiging");
        String email = "lid-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        try (Browser browser = new Browser()) {
            browser.login(m.admin(), m.adminPassword());
            browser.waitForText("Leden en rollen");
            browser.open("/" + m.slug() + "/admin/members");
            browser.waitForText("Iemand uitnodigen");
            browser.fill("invite-email", email);
            browser.clickButton("Uitnodigen");
            browser.waitForText("Uitnodiging verstuurd naar " + email);
            assertFalse(browser.bodyText().contains("/invitation/"), "the link went by mail only");
        }
        String link = Mailbox.link(mailbox.await(email, 1).get(0), "/invitation/");
        String password = Api.strongPassword();
        try (Browser browser = new Browser()) {
            browser.driver.get(link);
            browser.waitForText("Je bent uitgenodigd als Partner");
            browser.fill("invitation-name", "Nieuw lid");
            browser.fill("invitation-new-password", password);
            browser.clickButton("Account aanmaken en aanvaarden");
            browser.waitForText("Overzicht");
        }
        assertEquals("PARTNER", m.memberNamed(email).getString("role"));
    }
}
