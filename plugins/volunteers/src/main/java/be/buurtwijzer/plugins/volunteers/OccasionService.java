package be.buurtwijzer.plugins.volunteers;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.StoredRecord;
import be.buurtwijzer.plugins.volunteers.domain.Occasion;
import be.buurtwijzer.plugins.volunteers.domain.OccasionRules;
import be.buurtwijzer.plugins.volunteers.domain.Preferences;
import be.buurtwijzer.plugins.volunteers.domain.Role;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The municipality's choice to register occasions, and the occasions themselves, per task and year. */
final class OccasionService {

    static final String PREFERENCES = "preferences";
    static final String OCCASION = "occasion";

    private final InstrumentContext context;
    private final VolunteerService volunteers;

    OccasionService(InstrumentContext context) {
        this.context = context;
        this.volunteers = new VolunteerService(context);
    }

    private Optional<StoredRecord<Preferences>> stored() {
        return context.records().listAll(PREFERENCES, Preferences.class).stream().findFirst();
    }

    Payloads.PreferencesDetails preferences() {
        return stored().map(r -> new Payloads.PreferencesDetails(r.version(), r.value()))
                .orElse(new Payloads.PreferencesDetails(null, new Preferences(false)));
    }

    Payloads.PreferencesDetails savePreferences(Payloads.PreferencesInput input) {
        if (input == null || input.preferences() == null) {
            throw InstrumentException.invalid("preferences", "is required");
        }
        var existing = stored();
        StoredRecord<Preferences> saved = existing.isEmpty() ? context.records().create(PREFERENCES, input.preferences())
                : context.records().update(PREFERENCES, existing.get().id(), input.version() == null
                        ? existing.get().version() : input.version(), input.preferences());
        return new Payloads.PreferencesDetails(saved.version(), saved.value());
    }

    Payloads.OccasionDetails record(Occasion occasion) {
        if (occasion == null) {
            throw InstrumentException.invalid("occasion", "is required");
        }
        if (!preferences().preferences().registerOccasions()) {
            throw new InstrumentException(InstrumentException.Kind.CONFLICT, context.text(
                    "Deze gemeente registreert geen inzetmomenten. Wie het beleid schrijft, kan het aanzetten bij "
                            + "'Taken en verzekering'.", "This municipality does not register occasions. Whoever writes "
                            + "the policy can switch it on under 'Tasks and insurance'."), "registerOccasions");
        }
        Role role = occasion.roleId() == null ? null : context.records().find(VolunteerService.ROLE, occasion.roleId(),
                Role.class).map(StoredRecord::value).orElseThrow(() -> new InstrumentException(
                InstrumentException.Kind.NOT_FOUND, "there is no task " + occasion.roleId(), "roleId"));
        String problem = OccasionRules.problem(occasion, role, LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels"))));
        if (problem != null) {
            throw InstrumentException.invalid(problem.substring(0, problem.indexOf(':')), problem);
        }
        StoredRecord<Occasion> stored = context.records().create(OCCASION, occasion);
        return view(stored, Map.of(occasion.roleId(), role.name()), names());
    }

    boolean remove(String id) {
        if (id == null || context.records().find(OCCASION, id, Occasion.class).isEmpty()) {
            throw new InstrumentException(InstrumentException.Kind.NOT_FOUND, "there is no occasion " + id, "id");
        }
        return context.records().delete(OCCASION, id);
    }

    Payloads.Occasions year(int year) {
        Map<String, String> roles = new java.util.LinkedHashMap<>();
        context.records().listAll(VolunteerService.ROLE, Role.class).stream()
                .sorted(Comparator.comparing(r -> r.value().name().toLowerCase(java.util.Locale.ROOT)))
                .forEach(r -> roles.put(r.id(), r.value().name()));
        List<StoredRecord<Occasion>> ofYear = context.records().listAll(OCCASION, Occasion.class).stream()
                .filter(r -> r.value().date().getYear() == year).toList();
        Map<String, String> names = names();
        List<Payloads.TaskYearDetails> tasks = OccasionRules.year(roles.keySet(), ofYear.stream().map(StoredRecord::value)
                .toList(), year).stream().map(t -> new Payloads.TaskYearDetails(t.roleId(), roles.get(t.roleId()),
                t.occasions(), t.hours(), t.volunteers())).toList();
        List<Payloads.OccasionDetails> list = ofYear.stream().map(r -> view(r, roles, names))
                .sorted(Comparator.comparing(Payloads.OccasionDetails::date).reversed()).toList();
        return new Payloads.Occasions(year, preferences().preferences().registerOccasions(), tasks, list);
    }

    private Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        volunteers.volunteers().forEach(r -> names.put(r.id(), r.value().name()));
        return names;
    }

    private static Payloads.OccasionDetails view(StoredRecord<Occasion> r, Map<String, String> roles,
            Map<String, String> names) {
        Occasion o = r.value();
        return new Payloads.OccasionDetails(r.id(), o.roleId(), roles.getOrDefault(o.roleId(), "?"), o.volunteerId(),
                names.getOrDefault(o.volunteerId(), "?"), o.date(), o.hours());
    }
}
