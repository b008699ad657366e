package be.buurtwijzer.tenantconfig.application;

import be.buurtwijzer.core.application.admin.MemberDetails;
import be.buurtwijzer.core.application.admin.MembershipService;
import be.buurtwijzer.core.application.admin.RoleChange;
import be.buurtwijzer.core.application.admin.TenantAdministration;
import be.buurtwijzer.core.application.admin.TenantInput;
import be.buurtwijzer.core.application.admin.TenantUpdate;
import be.buurtwijzer.core.application.admin.TenantDetails;
import be.buurtwijzer.core.application.admin.UserDirectory;
import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.register.ActorService;
import be.buurtwijzer.core.application.register.InitiativeInput;
import be.buurtwijzer.core.application.register.InitiativeService;
import be.buurtwijzer.core.application.register.NeighbourhoodService;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.application.access.TenantGate;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Changes;
import be.buurtwijzer.core.domain.identity.UserAccount;
import be.buurtwijzer.core.domain.tenancy.Membership;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import be.buurtwijzer.tenantconfig.domain.PersonEntry;
import be.buurtwijzer.tenantconfig.domain.PlatformUserEntry;
import be.buurtwijzer.tenantconfig.domain.RegisterSeed;
import be.buurtwijzer.tenantconfig.domain.TenantFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Applies one file in its own transaction, through the same services the API uses, as the
 * system caller "tenant-config". Everything it does is audited like any other change.
 */
@ApplicationScoped
public class FileApplier {

    private static final Logger LOG = Logger.getLogger(FileApplier.class.getName());
    static final Caller SYSTEM = Caller.system("tenant-config");

    @Inject
    TenantAdministration tenants;

    @Inject
    MembershipService memberships;

    @Inject
    UserDirectory users;

    @Inject
    TenantGate tenantGate;

    @Inject
    AuditTrail audit;

    @Inject
    NeighbourhoodService neighbourhoods;

    @Inject
    ActorService actors;

    @Inject
    InitiativeService initiatives;

    @Inject
    be.buurtwijzer.core.application.subscriptions.SubscriptionService subscriptions;

    @Inject
    be.buurtwijzer.core.application.releases.SupportOrganisations organisations;

    @Inject
    be.buurtwijzer.tenantconfig.infrastructure.SeedRuns seedRuns;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> applyPlatformUser(PlatformUserEntry entry, Function<String, String> env) {
        List<String> changes = new ArrayList<>();
        UserDirectory.Account account = users.findOrCreate(entry.email(), entry.displayName(),
                password(entry.passwordEnv(), env));
        UserAccount user = account.user();
        if (account.created()) {
            audit.platform(SYSTEM, AuditAction.CREATE, "user", user.getId(), null,
                    Changes.created(Map.of("email", user.getEmail(), "displayName", user.getDisplayName())));
            changes.add("created account " + user.getEmail());
        }
        if (user.getPlatformRole() != entry.platformRole()) {
            var before = user.getPlatformRole();
            user.setPlatformRole(entry.platformRole());
            audit.platform(SYSTEM, AuditAction.UPDATE, "user", user.getId(), null,
                    Changes.between(before == null ? Map.of() : Map.of("platformRole", before),
                            Map.of("platformRole", entry.platformRole())));
            changes.add("platform role of " + user.getEmail() + " set to " + entry.platformRole());
        }
        if (entry.organisation() != null && !entry.organisation().isBlank()) {
            String organisationId = organisations.organisationNamed(SYSTEM, entry.organisation().trim());
            if (!organisationId.equals(user.getOrganisationId())) {
                user.setOrganisationId(organisationId);
                changes.add(user.getEmail() + " publishes for " + entry.organisation().trim());
            }
        }
        announce(user, account.oneTimePassword());
        return changes;
    }

    /** What applying one municipality's file did, and which instruments it subscribed it to just now. */
    public record TenantOutcome(List<String> changes, java.util.Set<String> subscribed) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public TenantOutcome applyTenant(TenantFile file, Function<String, String> env) {
        List<String> changes = new ArrayList<>();
        Optional<TenantDetails> existing = tenants.find(SYSTEM, file.slug());
        TenantDetails tenant = upsertTenant(file, existing, changes);
        TenantAccess access = tenantGate.enter(SYSTEM, tenant.slug(), be.buurtwijzer.core.domain.tenancy.TenantPermission.MANAGE_MEMBERS);
        for (PersonEntry admin : file.administrators()) {
            ensureMember(access, admin, TenantRole.TENANT_ADMIN, env, changes);
        }
        for (PersonEntry member : file.members()) {
            if (member.role() == null) {
                throw InvalidInputException.of("members[].role", "is required for " + member.email());
            }
            ensureMember(access, member, member.role(), env, changes);
        }
        seedRegister(tenant.slug(), file.register(), existing.isEmpty(), changes);
        java.util.Set<String> subscribed = subscribe(tenant.slug(), file.instruments(), changes);
        java.util.Set<String> toSeed = new java.util.TreeSet<>();
        file.instrumentData().stream().map(be.buurtwijzer.tenantconfig.domain.InstrumentSeed::instrument)
                .filter(subscribed::contains).forEach(toSeed::add);
        if (!toSeed.isEmpty()) {
            // with the subscription, so that a node stopped before the seeds ran runs them at its next start
            seedRuns.begin(access.tenantId(), toSeed);
        }
        return new TenantOutcome(changes, subscribed);
    }

    /** Listed instruments get subscribed once; an administrator's later disabling is respected. */
    private java.util.Set<String> subscribe(String slug, List<String> instruments, List<String> changes) {
        java.util.Set<String> subscribed = new java.util.HashSet<>();
        var catalogue = subscriptions.catalogue(SYSTEM, slug);
        for (String pluginId : instruments) {
            var entry = catalogue.stream().filter(e -> e.pluginId().equals(pluginId)).findFirst();
            if (entry.isEmpty()) {
                LOG.warning("tenant-config: instrument '" + pluginId + "' for " + slug + " is not in the catalogue");
            } else if (entry.get().subscription() == null || !entry.get().subscription().subscribed()) {
                subscriptions.subscribe(SYSTEM, slug, pluginId);
                changes.add("subscribed to " + pluginId);
                subscribed.add(pluginId);
            }
        }
        return subscribed;
    }

    private TenantDetails upsertTenant(TenantFile file, Optional<TenantDetails> existing, List<String> changes) {
        if (existing.isEmpty()) {
            tenants.create(SYSTEM, new TenantInput(file.slug(), file.name(), file.defaultLocale()));
            changes.add("created municipality " + file.slug());
        }
        TenantDetails current = existing.orElseGet(() -> tenants.get(SYSTEM, file.slug()));
        if (!current.name().equals(file.name().trim()) || !current.defaultLocale().equals(file.defaultLocale())
                || current.status() != file.status()) {
            current = tenants.update(SYSTEM, file.slug(), new TenantUpdate(file.name(), file.defaultLocale(),
                    file.status(), current.version()));
            if (existing.isPresent()) {
                changes.add("updated municipality " + file.slug());
            }
        }
        return current;
    }

    private void ensureMember(TenantAccess access, PersonEntry person, TenantRole role,
            Function<String, String> env, List<String> changes) {
        Optional<UserAccount> user = users.byEmail(person.email());
        Membership membership = user.map(u -> memberships.membership(access.tenantId(), u.getId())).orElse(null);
        if (membership == null) {
            MemberDetails added = memberships.addMember(access, person.email(), person.displayName(), role,
                    password(person.passwordEnv(), env));
            changes.add("added " + added.email() + " as " + role);
            announce(users.byEmail(person.email()).orElseThrow(), added.oneTimePassword());
        } else if (membership.getRole() != role) {
            memberships.changeRole(SYSTEM, access.slug(), user.get().getId(),
                    new RoleChange(role, membership.getVersion()));
            changes.add("changed the role of " + person.email() + " to " + role);
        }
    }

    /**
     * Adds the entries the municipality does not have yet (by name). A municipality this file has just created has
     * none but those the file itself adds, so its names are not looked up in the database: what is added here is
     * remembered (a name given twice is added once) and serves the initiatives' references.
     */
    private void seedRegister(String slug, RegisterSeed seed, boolean fresh, List<String> changes) {
        KnownNames neighbourhoodIds = new KnownNames(fresh, name -> neighbourhoods.idByName(SYSTEM, slug, name));
        KnownNames actorIds = new KnownNames(fresh, name -> actors.idByName(SYSTEM, slug, name));
        KnownNames initiativeIds = new KnownNames(fresh, name -> initiatives.idByName(SYSTEM, slug, name));
        for (var neighbourhood : seed.neighbourhoods()) {
            if (neighbourhoodIds.idOf(neighbourhood.name()).isEmpty()) {
                neighbourhoodIds.add(neighbourhood.name(), neighbourhoods.create(SYSTEM, slug, neighbourhood).id());
                changes.add("added neighbourhood " + neighbourhood.name());
            }
        }
        for (var actor : seed.actors()) {
            if (actorIds.idOf(actor.name()).isEmpty()) {
                actorIds.add(actor.name(), actors.create(SYSTEM, slug, actor).id());
                changes.add("added actor " + actor.name());
            }
        }
        for (var initiative : seed.initiatives()) {
            if (initiativeIds.idOf(initiative.name()).isEmpty()) {
                String neighbourhoodId = initiative.neighbourhood() == null ? null
                        : neighbourhoodIds.idOf(initiative.neighbourhood()).orElseThrow(() ->
                                InvalidInputException.of("register.initiatives[].neighbourhood",
                                        "no neighbourhood named '" + initiative.neighbourhood() + "'"));
                List<String> actorIdsOfInitiative = initiative.actors().stream().map(name -> actorIds.idOf(name)
                        .orElseThrow(() -> InvalidInputException.of("register.initiatives[].actors",
                                "no actor named '" + name + "'"))).toList();
                initiativeIds.add(initiative.name(), initiatives.create(SYSTEM, slug, new InitiativeInput(
                        initiative.name(), neighbourhoodId, initiative.goal(), initiative.description(),
                        initiative.status(), actorIdsOfInitiative, null)).id());
                changes.add("added initiative " + initiative.name());
            }
        }
    }

    /**
     * Ids by name of one kind of register entry: those added while applying this file, then (unless the
     * municipality is new) those stored. Names compare as the register compares them: trimmed, case-insensitive.
     */
    private static final class KnownNames {
        private final Map<String, String> addedNow = new HashMap<>();
        private final boolean fresh;
        private final Function<String, Optional<String>> stored;

        KnownNames(boolean fresh, Function<String, Optional<String>> stored) {
            this.fresh = fresh;
            this.stored = stored;
        }

        Optional<String> idOf(String name) {
            String id = addedNow.get(key(name));
            return id != null || fresh ? Optional.ofNullable(id) : stored.apply(name);
        }

        void add(String name, String id) {
            addedNow.put(key(name), id);
        }

        private static String key(String name) {
            return name.trim().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static String password(String variable, Function<String, String> env) {
        if (variable == null) {
            return null;
        }
        String value = env.apply(variable);
        return value == null || value.isBlank() ? null : value;
    }

    /** A generated password is written to the log exactly once, when its account is created. */
    private static void announce(UserAccount user, String oneTimePassword) {
        if (oneTimePassword != null) {
            LOG.warning("tenant-config created the account " + user.getEmail() + " with the one-time password "
                    + oneTimePassword + " (shown only now; it is stored as a hash).");
        }
    }
}
