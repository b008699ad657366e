package be.buurtwijzer.core.application.access;

import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.PasswordChangeRequiredException;
import be.buurtwijzer.core.application.shared.SessionEndedException;
import be.buurtwijzer.core.domain.identity.PlatformRole;
import be.buurtwijzer.core.domain.identity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Holds a caller against its account at the moment of an action. A browser session keeps the
 * caller of its log-in for hours; what counts is the account now: it still exists, its password
 * has not changed since (else every other session of that person has ended), a one-time password
 * has been replaced, and platform roles are the ones it has now. "Now" is the request: the account is
 * read once per request ({@link AccountMemo}), by the log-in check or by the first check here.
 */
@ApplicationScoped
public class CallerCheck {

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    RequestMemo memo;

    /** The caller as the account stands now; refuses a session that has ended or must change its password. */
    public Caller current(Caller caller) {
        if (caller.system()) {
            return caller;
        }
        Caller now = stillValid(caller);
        if (now.mustChangePassword()) {
            throw new PasswordChangeRequiredException();
        }
        return now;
    }

    /** Like {@link #current} but lets an account with a one-time password through (to change it). */
    public Caller stillValid(Caller caller) {
        if (caller.system()) {
            return caller;
        }
        AccountMemo.Read readInThisRequest = InRequest.orNull(() -> memo.account().find(caller));
        if (readInThisRequest != null) {
            return readInThisRequest.caller();
        }
        UserAccount account = caller.userId() == null ? null : em.find(UserAccount.class, caller.userId());
        if (account == null || account.getCredentialsVersion() != caller.credentialsVersion()) {
            throw new SessionEndedException();
        }
        Caller now = of(account);
        InRequest.run(() -> memo.account().remember(now, account.getPreferredLocale()));
        return now;
    }

    /**
     * The language the caller's person chose (null: the municipality's), from the read of the account this request
     * already made when there was one.
     */
    public String preferredLocale(Caller caller) {
        if (caller.system() || caller.userId() == null) {
            return null;
        }
        AccountMemo.Read readInThisRequest = InRequest.orNull(() -> memo.account().find(caller));
        if (readInThisRequest != null) {
            return readInThisRequest.preferredLocale();
        }
        UserAccount account = em.find(UserAccount.class, caller.userId());
        return account == null ? null : account.getPreferredLocale();
    }

    /** After a change to the account in this request: the checks after it read it again. */
    public void forgetEarlierRead() {
        InRequest.run(() -> memo.account().forget());
    }

    public static Caller of(UserAccount user) {
        return AccountAtLogIn.of(user).caller();
    }

    public static boolean isPublisher(Caller caller) {
        return caller.platformRole() == PlatformRole.PUBLISHER;
    }
}
