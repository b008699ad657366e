package be.buurtwijzer.core.application.privacy;

import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.instruments.InstrumentPrivacy;
import be.buurtwijzer.core.application.subscriptions.SubscriptionService;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.application.access.TenantGate;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Change;
import be.buurtwijzer.core.domain.instruments.PluginRecord;
import be.buurtwijzer.core.domain.privacy.RetentionOverride;
import be.buurtwijzer.core.domain.privacy.RetentionRule;
import be.buurtwijzer.core.domain.tenancy.TenantPermission;
import be.buurtwijzer.plugin.api.RecordKind;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.privacy.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How long personal data is kept, per municipality: the retention each plugin declared per kind of record,
 * the municipality's own within bounds, the purge that erases what expired, and the processing register
 * that says it all for the data-protection officer. The unsubscribe retention of whole instruments is the
 * same mechanism, one level up: the purge runs both.
 */
@ApplicationScoped
@Transactional
public class RetentionService {

    @Inject
    be.buurtwijzer.core.application.access.PlatformGate platform;

    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    TenantGate tenantGate;

    @Inject
    InstrumentPrivacy instruments;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    AuditTrail audit;

    @Inject
    be.buurtwijzer.core.application.shared.InputValidator validator;

    @Inject
    Clock clock;


    /** A platform administrator runs the purge now instead of waiting for its schedule. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int purgeNow(Caller caller) {
        platform.administrator(caller);
        return purgeAll();
    }

    /** The processing register of the municipality, for its administrator, in Dutch. */
    public List<ProcessingActivity> register(Caller caller, String slug) {
        return register(caller, slug, DUTCH);
    }

    /** The processing register of the municipality, for its administrator. */
    public List<ProcessingActivity> register(Caller caller, String slug, Locale locale) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.MANAGE_PERSONAL_DATA);
        Instant now = clock.instant();
        List<ProcessingActivity> lines = new ArrayList<>(platformLines(access, locale));
        Map<String, Integer> overrides = overrides(access);
        for (InstrumentPrivacy.Holder holder : instruments.holders(access)) {
            if (!holder.running()) {
                continue;
            }
            for (RecordKind<?> kind : holder.instrument().recordKinds()) {
                PersonalData data = kind.personalData();
                if (data == null || !data.holdsPersonalData()) {
                    continue;
                }
                RetentionRule declared = new RetentionRule(data.retention(), null);
                Integer override = overrides.get(holder.pluginId() + "/" + kind.name());
                RetentionRule rule = new RetentionRule(data.retention(), override);
                long count = em.createQuery("SELECT COUNT(r) FROM PluginRecord r WHERE r.pluginId = :p AND r.kind = :k",
                        Long.class).setParameter("p", holder.pluginId()).setParameter("k", kind.name()).getSingleResult();
                lines.add(new ProcessingActivity(holder.pluginId(), holder.instrument().descriptor().name()
                        .in(locale), kind.name(), data.fields().stream().map(f -> new ProcessingActivity.Field(f.path(),
                        f.about().name(), f.description().in(locale))).toList(), data.purpose().in(locale), data.legalBasis().name(), declared.days(now), override,
                        rule.days(now), count));
            }
        }
        return lines;
    }

    /** The processing register in Dutch, as a CSV for Excel in Belgium. */
    public byte[] registerCsv(Caller caller, String slug) {
        return ProcessingRegisterCsv.of(register(caller, slug, DUTCH));
    }

    /** Sets the municipality's own retention for one kind of record of one instrument. */
    public ProcessingActivity override(Caller caller, String slug, String pluginId, String kind, RetentionChange change) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.MANAGE_PERSONAL_DATA);
        requirePersonalKind(access, pluginId, kind);
        change = validator.check(change);
        String problem = RetentionRule.check(change.days());
        if (problem != null) {
            throw InvalidInputException.of("days", problem);
        }
        Optional<RetentionOverride> existing = override(access, pluginId, kind);
        Integer before = existing.map(RetentionOverride::getRetentionDays).orElse(null);
        RetentionOverride row = existing.orElseGet(() -> {
            RetentionOverride created = new RetentionOverride(access.tenantId(), pluginId, kind);
            em.persist(created);
            return created;
        });
        row.set(change.days(), clock.instant(), caller.email());
        be.buurtwijzer.core.application.shared.Conflicts.flush(em, "retention");
        audit.tenant(access, AuditAction.UPDATE, "retention", pluginId + "/" + kind,
                java.util.Collections.singletonMap("days", new Change(before, change.days())));
        return line(caller, slug, pluginId, kind);
    }

    /** Back to what the plugin declared. */
    public ProcessingActivity reset(Caller caller, String slug, String pluginId, String kind) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.MANAGE_PERSONAL_DATA);
        requirePersonalKind(access, pluginId, kind);
        override(access, pluginId, kind).ifPresent(row -> {
            em.remove(row);
            audit.tenant(access, AuditAction.DELETE, "retention", pluginId + "/" + kind,
                    java.util.Collections.singletonMap("days", new Change(row.getRetentionDays(), null)));
        });
        em.flush();
        return line(caller, slug, pluginId, kind);
    }

    /**
     * Erases every record whose retention expired, in every municipality, and the data of instruments
     * unsubscribed longer ago than the unsubscribe retention. Safe to run on two nodes at once.
     *
     * @return how many records went
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int purgeAll() {
        int purged = subscriptions.purgeExpired();
        // a municipality closed for deletion is kept as it is until it is purged or restored
        List<String> slugs = em.createQuery("SELECT t.slug FROM Tenant t WHERE t.status <> :closed ORDER BY t.slug",
                String.class).setParameter("closed", be.buurtwijzer.core.domain.tenancy.TenantStatus.CLOSED).getResultList();
        for (String slug : slugs) {
            purged += self().purge(slug);
        }
        return purged;
    }

    /** The expired records of one municipality, in one transaction; their audit history keeps no content. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purge(String slug) {
        TenantAccess access = tenantGate.enter(Caller.system("retention"), slug, TenantPermission.MANAGE_PERSONAL_DATA);
        Instant now = clock.instant();
        Map<String, Integer> overrides = overrides(access);
        Map<String, Change> changes = new LinkedHashMap<>();
        int purged = 0;
        for (InstrumentPrivacy.Holder holder : instruments.holders(access)) {
            if (!holder.running()) {
                continue;
            }
            for (RecordKind<?> kind : holder.instrument().recordKinds()) {
                PersonalData data = kind.personalData();
                if (data == null || !data.holdsPersonalData()) {
                    continue;
                }
                Instant limit = new RetentionRule(data.retention(), overrides.get(holder.pluginId() + "/" + kind.name()))
                        .limit(now);
                if (limit == null) {
                    continue;
                }
                Instant before = clock.instant();
                int handled = holder.provider() == null ? -1 : instruments.call(access, holder, DUTCH,
                        "expire " + kind.name(), (provider, context) -> provider.expire(context, kind.name(), limit));
                if (handled >= 0) {
                    // the plugin decided what expiry means for this kind (anonymised, kept for the books…)
                    if (handled > 0) {
                        self().forgetHistory(access, "record:" + holder.pluginId() + ":" + kind.name(), before);
                        changes.put(holder.pluginId() + "/" + kind.name(), new Change(null, handled));
                        purged += handled;
                    }
                    continue;
                }
                List<PluginRecord> expired = em.createQuery("SELECT r FROM PluginRecord r WHERE r.pluginId = :p "
                                + "AND r.kind = :k AND r.updatedAt < :limit", PluginRecord.class)
                        .setParameter("p", holder.pluginId()).setParameter("k", kind.name())
                        .setParameter("limit", limit).getResultList();
                if (expired.isEmpty()) {
                    continue;
                }
                List<String> ids = expired.stream().map(PluginRecord::getId).toList();
                expired.forEach(em::remove);
                audit.forgetContent(ids);
                changes.put(holder.pluginId() + "/" + kind.name(), new Change(null, ids.size()));
                purged += ids.size();
            }
        }
        if (purged > 0) {
            em.flush();
            audit.tenant(access, AuditAction.ERASE, "retention", "purge", changes);
        }
        return purged;
    }

    /**
     * The history of the records a plugin changed since a moment (an expiry), without its content: the
     * content was what expired. Its own transaction, to see what the plugin's committed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forgetHistory(TenantAccess access, String entityType, Instant since) {
        tenantGate.bind(access);
        List<String> ids = em.createQuery("SELECT DISTINCT e.entityId FROM TenantAuditEntry e WHERE e.entityType = :type "
                + "AND e.occurredAt >= :since", String.class).setParameter("type", entityType)
                .setParameter("since", since).getResultList();
        audit.forgetContent(ids);
    }

    private RetentionService self() {
        return jakarta.enterprise.inject.spi.CDI.current().select(RetentionService.class).get();
    }

    private ProcessingActivity line(Caller caller, String slug, String pluginId, String kind) {
        return register(caller, slug).stream().filter(l -> pluginId.equals(l.pluginId()) && kind.equals(l.kind()))
                .findFirst().orElseThrow();
    }

    private void requirePersonalKind(TenantAccess access, String pluginId, String kind) {
        boolean known = instruments.holders(access).stream().filter(h -> h.pluginId().equals(pluginId)
                        && h.running()).flatMap(h -> h.instrument().recordKinds().stream())
                .anyMatch(k -> k.name().equals(kind) && k.personalData() != null && k.personalData().holdsPersonalData());
        if (!known) {
            throw new NotFoundException("kind of record with personal data", pluginId + "/" + kind);
        }
    }

    private Map<String, Integer> overrides(TenantAccess access) {
        Map<String, Integer> overrides = new LinkedHashMap<>();
        em.createQuery("SELECT o FROM RetentionOverride o WHERE o.tenantId = :tenant", RetentionOverride.class)
                .setParameter("tenant", access.tenantId()).getResultList()
                .forEach(o -> overrides.put(o.getPluginId() + "/" + o.getKind(), o.getRetentionDays()));
        return overrides;
    }

    private Optional<RetentionOverride> override(TenantAccess access, String pluginId, String kind) {
        return em.createQuery("SELECT o FROM RetentionOverride o WHERE o.tenantId = :tenant AND o.pluginId = :p "
                        + "AND o.kind = :k", RetentionOverride.class).setParameter("tenant", access.tenantId())
                .setParameter("p", pluginId).setParameter("k", kind).getResultStream().findFirst();
    }

    /** The platform's own personal data: the register, the members, the audit trail, consents. */
    private List<ProcessingActivity> platformLines(TenantAccess access, Locale locale) {
        long actors = em.createQuery("SELECT COUNT(a) FROM Actor a", Long.class).getSingleResult();
        long members = em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.tenantId = :t", Long.class)
                .setParameter("t", access.tenantId()).getSingleResult();
        long auditEntries = em.createQuery("SELECT COUNT(e) FROM TenantAuditEntry e", Long.class).getSingleResult();
        long consents = em.createQuery("SELECT COUNT(c) FROM ConsentRecord c WHERE c.tenantId = :t", Long.class)
                .setParameter("t", access.tenantId()).getSingleResult();
        return List.of(
                platformLine("actor", new Text("Buurtwijzer: register", "Buurtwijzer: register"), locale, List.of(
                        field("name", "REGISTER_ACTOR", "de naam van een actor die een persoon is",
                                "the name of an actor who is a person", locale),
                        field("contact", "REGISTER_ACTOR", "contactpersoon, e-mailadres, telefoon en adres",
                                "contact person, e-mail address, phone and address", locale)),
                        new Text("het register van actoren en initiatieven van de zorgzame buurten bijhouden",
                                "keeping the register of the caring neighbourhoods' actors and initiatives"),
                        "PUBLIC_TASK", actors),
                platformLine("member", new Text("Buurtwijzer: leden", "Buurtwijzer: members"), locale, List.of(field("email", "PLATFORM_USER",
                                "naam, e-mailadres en rol van wie met Buurtwijzer werkt",
                                "name, e-mail address and role of who works with Buurtwijzer", locale)),
                        new Text("toegang tot de gegevens van de gemeente beheren",
                                "managing access to the municipality's data"), "PUBLIC_TASK", members),
                platformLine("audit", new Text("Buurtwijzer: audittrail", "Buurtwijzer: audit trail"), locale, List.of(field("changes", "PLATFORM_USER",
                                "wie wat wijzigde en wanneer, met de wijziging", "who changed what and when, with the change",
                                locale)), new Text("verantwoorden wie wat wijzigde", "accounting for who changed what"),
                        "LEGAL_OBLIGATION", auditEntries),
                platformLine("consent", new Text("Buurtwijzer: toestemmingen", "Buurtwijzer: consents"), locale, List.of(field("subject", "NAMED_PERSON",
                                "wie toestemming gaf, waarvoor, in welke bewoordingen en wanneer",
                                "who consented, to what, in which words and when", locale)),
                        new Text("bewijzen dat toestemming werd gegeven of ingetrokken",
                                "proving that consent was given or withdrawn"), "LEGAL_OBLIGATION", consents));
    }

    private static ProcessingActivity.Field field(String path, String about, String nl, String en, Locale locale) {
        return new ProcessingActivity.Field(path, about, new Text(nl, en).in(locale));
    }

    private static ProcessingActivity platformLine(String kind, Text source, Locale locale,
            List<ProcessingActivity.Field> fields, Text purpose, String legalBasis, long records) {
        return new ProcessingActivity(null, source.in(locale), kind, fields, purpose.in(locale), legalBasis, null, null,
                null, records);
    }
}
