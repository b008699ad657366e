package be.buurtwijzer.core.application.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Sends a mail once the current transaction has committed, on a managed thread: a link never
 * leaves for a token that was rolled back, and the caller's answer does not wait for the SMTP
 * server (so its time does not tell whether a mail was sent at all).
 */
@ApplicationScoped
public class MailAfterCommit {

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Mailer mailer;

    public void send(Mail mail) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.execute(() -> mailer.send(mail));
                }
            }
        });
    }
}
