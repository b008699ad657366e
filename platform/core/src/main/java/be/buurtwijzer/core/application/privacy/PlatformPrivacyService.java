package be.buurtwijzer.core.application.privacy;

import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.InputValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data-subject request about a user of the platform, for a platform administrator: the same find,
 * export and erase as a municipality's, in every municipality the user belongs to, and then the account
 * itself. Refused before anything changes when the user is the last administrator somewhere.
 */
@ApplicationScoped
public class PlatformPrivacyService {

    /** Whom: the user's e-mail address, in the body, never in an address. */
    public record UserQuery(@NotBlank @Email @Size(max = 254) String email) {
    }

    public record UserFindings(String userId, String email, String displayName,
            List<AccountPrivacy.MembershipHit> memberships, Map<String, SubjectFindings> municipalities) {
    }

    public record UserErasure(Map<String, ErasureReport> municipalities, int accountTraces) {
    }

    @Inject
    AccountPrivacy accounts;

    @Inject
    PrivacyService privacy;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    public UserFindings find(Caller caller, UserQuery query) {
        AccountPrivacy.Account account = account(caller, query);
        Map<String, SubjectFindings> found = new LinkedHashMap<>();
        for (AccountPrivacy.MembershipHit m : account.memberships()) {
            found.put(m.slug(), privacy.findAsPlatform(caller, m.slug(), subject(account)));
        }
        return new UserFindings(account.userId(), account.email(), account.displayName(), account.memberships(), found);
    }

    public JsonObject export(Caller caller, UserQuery query) {
        AccountPrivacy.Account account = account(caller, query);
        JsonArrayBuilder municipalities = Json.createArrayBuilder();
        for (AccountPrivacy.MembershipHit m : account.memberships()) {
            municipalities.add(Json.createObjectBuilder().add("role", m.role())
                    .add("export", privacy.exportAsPlatform(caller, m.slug(), subject(account))));
        }
        return Json.createObjectBuilder().add("format", "buurtwijzer-personal-data/1")
                .add("producedAt", clock.instant().toString())
                .add("account", Json.createObjectBuilder().add("email", account.email())
                        .add("name", account.displayName() == null ? "" : account.displayName()))
                .add("municipalities", municipalities).build();
    }

    public UserErasure erase(Caller caller, UserQuery query) {
        AccountPrivacy.Account account = account(caller, query);
        AccountPrivacy.requireNoLastAdministrator(account);
        Map<String, ErasureReport> erased = new LinkedHashMap<>();
        for (AccountPrivacy.MembershipHit m : account.memberships()) {
            erased.put(m.slug(), privacy.eraseAsPlatform(caller, m.slug(), subject(account)));
        }
        for (AccountPrivacy.MembershipHit m : account.memberships()) {
            accounts.leave(caller, account.userId(), m.slug());
        }
        return new UserErasure(erased, accounts.eraseAccount(caller, account));
    }

    private AccountPrivacy.Account account(Caller caller, UserQuery query) {
        UserQuery checked = validator.check(query == null ? new UserQuery(null) : query);
        return accounts.account(caller, checked.email());
    }

    private static SubjectQuery subject(AccountPrivacy.Account account) {
        String name = account.displayName() == null || account.displayName().strip().length() < 2 ? account.email()
                : account.displayName();
        return new SubjectQuery(name, account.email());
    }
}
