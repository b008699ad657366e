package be.buurtwijzer.core.application.privacy;

import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.instruments.InstrumentPrivacy;
import be.buurtwijzer.core.application.privacy.SubjectFindings.ActorHit;
import be.buurtwijzer.core.application.privacy.SubjectFindings.ActorRole;
import be.buurtwijzer.core.application.privacy.SubjectFindings.MemberHit;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.application.access.TenantGate;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Change;
import be.buurtwijzer.core.domain.audit.TenantAuditEntry;
import be.buurtwijzer.core.domain.privacy.ConsentRecord;
import be.buurtwijzer.core.domain.privacy.JsonRedaction;
import be.buurtwijzer.core.domain.privacy.PersonMatch;
import be.buurtwijzer.core.domain.register.Actor;
import be.buurtwijzer.core.domain.register.Initiative;
import be.buurtwijzer.core.domain.register.Neighbourhood;
import be.buurtwijzer.core.domain.tenancy.Invitation;
import be.buurtwijzer.core.domain.tenancy.TenantPermission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The platform's own part of a data-subject request, each step in its own transaction so that it sees what
 * the instruments committed before it: the register, membership, invitations, consents and the audit trail
 * of one municipality. Every step passes the tenant gate again, so rights are those of that moment.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RegisterPrivacy {

    /** The name an erased person's actor gets (names are unique per municipality, so the id follows). */
    static final String ERASED_ACTOR = "Verwijderde persoon ";

    private static final int AUDIT_PAGE = 500;

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    TenantGate tenantGate;

    @Inject
    be.buurtwijzer.core.application.register.RegisterStamps registerStamps;

    @Inject
    InstrumentPrivacy instruments;

    @Inject
    AuditTrail audit;

    @Inject
    be.buurtwijzer.core.application.access.Memberships memberships;

    @Inject
    java.time.Clock clock;

    /** What the platform itself holds about the person in the municipality, and which instruments to ask. */
    public record Resolution(TenantAccess access, Locale locale, List<ActorHit> actors, List<MemberHit> members,
            int invitations, int registerMentions, int auditEntries, int consents,
            List<InstrumentPrivacy.Holder> holders) {

        public List<String> personActorIds() {
            return actors.stream().filter(a -> a.role() == ActorRole.PERSON).map(ActorHit::id).toList();
        }

        public String userId() {
            return members.isEmpty() ? null : members.get(0).userId();
        }
    }

    public Resolution resolve(Caller caller, String slug, PersonMatch person, boolean asPlatform) {
        TenantAccess access = enter(caller, slug, asPlatform);
        List<ActorHit> actors = new ArrayList<>();
        for (Actor actor : actors()) {
            if (person.isNamed(actor.getName())) {
                actors.add(new ActorHit(actor.getId(), actor.getName(), ActorRole.PERSON));
            } else if (isContact(actor, person)) {
                actors.add(new ActorHit(actor.getId(), actor.getName(), ActorRole.CONTACT));
            }
        }
        Set<String> personIds = actors.stream().filter(a -> a.role() == ActorRole.PERSON).map(ActorHit::id)
                .collect(Collectors.toSet());
        int mentions = (int) descriptions().stream().filter(d -> !personIds.contains(d.id()) && person.isMentionedIn(
                d.text())).count();
        List<MemberHit> members = members(access, person);
        int invitations = invitations(access, person).size();
        int consents = consents(access, person, personIds).size();
        int[] auditEntries = {0};
        forEachAuditEntry(entry -> {
            if (personIds.contains(entry.getEntityId()) || JsonRedaction.mentions(entry.getChanges(), person)) {
                auditEntries[0]++;
            }
        });
        Locale locale = Locale.forLanguageTag(tenantGate.findTenant(slug).getDefaultLocale());
        return new Resolution(access, locale, actors, members, invitations, mentions, auditEntries[0], consents,
                instruments.holders(access));
    }

    /** The register's data about the person, in full, for the export. */
    public Map<String, Object> registerData(Caller caller, String slug, PersonMatch person, boolean asPlatform) {
        TenantAccess access = enter(caller, slug, asPlatform);
        Map<String, Object> data = new LinkedHashMap<>();
        List<Map<String, Object>> asActor = new ArrayList<>();
        List<Map<String, Object>> asContact = new ArrayList<>();
        for (Actor actor : actors()) {
            if (person.isNamed(actor.getName())) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", actor.getName());
                entry.put("description", text(actor.getDescription()));
                entry.put("contact", Map.of("person", text(actor.getContact().getPerson()), "email",
                        text(actor.getContact().getEmail()), "phone", text(actor.getContact().getPhone()),
                        "address", text(actor.getContact().getAddress())));
                asActor.add(entry);
            } else if (isContact(actor, person)) {
                Map<String, Object> contact = new LinkedHashMap<>();
                contact.put("organisation", actor.getName());
                contact.put("person", text(actor.getContact().getPerson()));
                contact.put("email", text(actor.getContact().getEmail()));
                contact.put("phone", text(actor.getContact().getPhone()));
                asContact.add(contact);
            }
        }
        Set<String> personNames = asActor.stream().map(a -> String.valueOf(a.get("name"))).collect(Collectors.toSet());
        List<Map<String, Object>> mentions = descriptions().stream()
                .filter(d -> !personNames.contains(d.owner()) && person.isMentionedIn(d.text()))
                .map(d -> Map.<String, Object>of("in", d.owner(), "text", d.text())).toList();
        data.put("registerActors", asActor);
        data.put("contactOf", asContact);
        data.put("mentionedIn", mentions);
        data.put("memberships", members(access, person).stream().map(m -> Map.<String, Object>of("email", m.email(),
                "name", text(m.displayName()), "role", m.role())).toList());
        data.put("invitations", invitations(access, person).stream().map(i -> Map.<String, Object>of("email",
                i.getEmail(), "role", i.getRole().name(), "invitedAt", i.getCreatedAt().toString())).toList());
        Set<String> ids = actors().stream().filter(a -> person.isNamed(a.getName())).map(Actor::getId)
                .collect(Collectors.toSet());
        data.put("consents", consents(access, person, ids).stream().map(RegisterPrivacy::consentView).toList());
        return data;
    }

    /** The platform's own erasure, after the instruments did theirs; recorded without the erased content. */
    public ErasureReport erase(Caller caller, String slug, PersonMatch person, Map<String, Integer> instrumentRecords,
            Set<String> instrumentRecordIds, boolean asPlatform) {
        TenantAccess access = enter(caller, slug, asPlatform);
        int anonymised = 0;
        int contacts = 0;
        Set<String> personIds = new java.util.HashSet<>();
        for (Actor actor : actors()) {
            if (person.isNamed(actor.getName())) {
                personIds.add(actor.getId());
                actor.anonymise(ERASED_ACTOR + actor.getId().substring(0, 8));
                actor.touch(caller.email(), clock.instant());
                anonymised++;
            } else if (isContact(actor, person)) {
                actor.clearContact();
                actor.touch(caller.email(), clock.instant());
                contacts++;
            }
        }
        int mentions = 0;
        for (var owner : describedEntities()) {
            if (!personIds.contains(owner.id()) && person.isMentionedIn(owner.text())) {
                owner.rewrite().accept(person);
                mentions++;
            }
        }
        List<Invitation> invitations = invitations(access, person);
        invitations.forEach(em::remove);
        List<ConsentRecord> consents = consents(access, person, personIds);
        consents.forEach(em::remove);
        em.flush();
        int[] auditEntries = {0};
        forEachAuditEntry(entry -> {
            if (personIds.contains(entry.getEntityId()) || instrumentRecordIds.contains(entry.getEntityId())) {
                // a record that held the person: its history held them too (a partner scan's answers
                // are about them without naming them), so who changed it and when stay, the content goes
                entry.redactChanges("{}");
                auditEntries[0]++;
            } else if (JsonRedaction.mentions(entry.getChanges(), person)) {
                entry.redactChanges(JsonRedaction.redact(entry.getChanges(), person));
                auditEntries[0]++;
            }
        });
        ErasureReport report = new ErasureReport(anonymised, contacts, mentions, invitations.size(), consents.size(),
                auditEntries[0], instrumentRecords);
        audit.tenant(access, AuditAction.ERASE, "personal-data", "data-subject-request", counts(report));
        registerStamps.raise(access.tenantId());
        return report;
    }

    /** Records that an export was handed out (what kinds of data, not the data). */
    public void exported(Caller caller, String slug, SubjectFindings findings, boolean asPlatform) {
        TenantAccess access = enter(caller, slug, asPlatform);
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("registerActors", new Change(null, findings.actors().size()));
        changes.put("instruments", new Change(null, findings.instruments().stream()
                .filter(i -> i.records() > 0).map(SubjectFindings.InstrumentFinding::pluginId).toList()));
        audit.tenant(access, AuditAction.EXPORT, "personal-data", "data-subject-request", changes);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /**
     * The municipality's administrator through the tenant gate, or a platform administrator answering a
     * request about a user of the platform in every municipality that user belongs to.
     */
    private TenantAccess enter(Caller caller, String slug, boolean asPlatform) {
        return asPlatform ? tenantGate.enterAsPlatform(caller, slug)
                : tenantGate.enter(caller, slug, TenantPermission.MANAGE_PERSONAL_DATA);
    }

    static Map<String, Object> consentView(ConsentRecord c) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", c.getId());
        view.put("purpose", c.getPurpose());
        view.put("instrument", text(c.getPluginId()));
        view.put("name", c.getSubjectName());
        view.put("email", text(c.getSubjectEmail()));
        view.put("wording", c.getWording());
        view.put("wordingVersion", c.getWordingVersion());
        view.put("givenAt", c.getGivenAt().toString());
        view.put("recordedBy", c.getRecordedBy());
        view.put("withdrawnAt", c.getWithdrawnAt() == null ? "" : c.getWithdrawnAt().toString());
        return view;
    }

    private static Map<String, Change> counts(ErasureReport report) {
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("actorsAnonymised", new Change(null, report.actorsAnonymised()));
        changes.put("contactsCleared", new Change(null, report.contactsCleared()));
        changes.put("registerMentions", new Change(null, report.registerMentions()));
        changes.put("invitations", new Change(null, report.invitations()));
        changes.put("consents", new Change(null, report.consents()));
        changes.put("auditEntries", new Change(null, report.auditEntries()));
        changes.put("instrumentRecords", new Change(null, report.instrumentRecords()));
        return changes;
    }

    private static boolean isContact(Actor actor, PersonMatch person) {
        var contact = actor.getContact();
        return person.isNamed(contact.getPerson()) || person.hasEmail(contact.getEmail());
    }

    private List<Actor> actors() {
        return em.createQuery("SELECT a FROM Actor a ORDER BY a.name", Actor.class).getResultList();
    }

    private record Description(String id, String owner, String text) {
    }

    private List<Description> descriptions() {
        return describedEntities().stream().map(d -> new Description(d.id(), d.owner(), d.text())).toList();
    }

    private record Described(String id, String owner, String text, Consumer<PersonMatch> rewrite) {
    }

    private List<Described> describedEntities() {
        List<Described> all = new ArrayList<>();
        for (Actor a : actors()) {
            all.add(new Described(a.getId(), a.getName(), a.getDescription(), p -> a.rewriteDescription(p::redact)));
        }
        for (Initiative i : em.createQuery("SELECT i FROM Initiative i", Initiative.class).getResultList()) {
            all.add(new Described(i.getId(), i.getName(), i.getDescription(), p -> i.rewriteDescription(p::redact)));
        }
        for (Neighbourhood n : em.createQuery("SELECT n FROM Neighbourhood n", Neighbourhood.class).getResultList()) {
            all.add(new Described(n.getId(), n.getName(), n.getDescription(), p -> n.rewriteDescription(p::redact)));
        }
        return all;
    }

    private List<MemberHit> members(TenantAccess access, PersonMatch person) {
        return memberships.withAccounts(access.tenantId()).stream()
                .filter(m -> person.hasEmail(m.account().getEmail()) || person.isNamed(m.account().getDisplayName()))
                .map(m -> new MemberHit(m.account().getId(), m.account().getEmail(), m.account().getDisplayName(),
                        m.membership().getRole().name()))
                .toList();
    }

    private List<Invitation> invitations(TenantAccess access, PersonMatch person) {
        return em.createQuery("SELECT i FROM Invitation i WHERE i.tenantId = :tenant", Invitation.class)
                .setParameter("tenant", access.tenantId()).getResultList().stream()
                .filter(i -> person.hasEmail(i.getEmail())).toList();
    }

    private List<ConsentRecord> consents(TenantAccess access, PersonMatch person, Set<String> actorIds) {
        return em.createQuery("SELECT c FROM ConsentRecord c WHERE c.tenantId = :tenant ORDER BY c.givenAt",
                        ConsentRecord.class).setParameter("tenant", access.tenantId()).getResultList().stream()
                .filter(c -> actorIds.stream().anyMatch(id -> c.isAbout(person, id)) || c.isAbout(person, null))
                .toList();
    }

    /** Every audit entry of the bound municipality, page by page, in a stable order. */
    private void forEachAuditEntry(Consumer<TenantAuditEntry> visit) {
        for (int page = 0; ; page++) {
            List<TenantAuditEntry> batch = em.createQuery("SELECT e FROM TenantAuditEntry e ORDER BY e.id",
                    TenantAuditEntry.class).setFirstResult(page * AUDIT_PAGE).setMaxResults(AUDIT_PAGE).getResultList();
            batch.forEach(visit);
            if (batch.size() < AUDIT_PAGE) {
                return;
            }
        }
    }
}
