package be.buurtwijzer.plugins.volunteers;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.StoredRecord;
import be.buurtwijzer.plugins.volunteers.domain.NeighbourhoodProfile;
import be.buurtwijzer.plugins.volunteers.domain.ReachComparison;
import be.buurtwijzer.plugins.volunteers.domain.Volunteer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The residents of each neighbourhood, as the municipality knows them, and the volunteers held against them. */
final class ReachService {

    static final String PROFILE = "neighbourhood-profile";

    private final InstrumentContext context;

    ReachService(InstrumentContext context) {
        this.context = context;
    }

    private List<StoredRecord<NeighbourhoodProfile>> profiles() {
        return context.records().listAll(PROFILE, NeighbourhoodProfile.class);
    }

    private Optional<StoredRecord<NeighbourhoodProfile>> profile(String neighbourhoodId) {
        return profiles().stream().filter(r -> r.value().neighbourhoodId().equals(neighbourhoodId)).findFirst();
    }

    Payloads.ProfileDetails save(Payloads.ProfileInput input) {
        if (input == null || input.profile() == null) {
            throw InstrumentException.invalid("profile", "is required");
        }
        NeighbourhoodProfile p = input.profile();
        String problem = NeighbourhoodProfile.problem(p);
        if (problem != null) {
            throw InstrumentException.invalid("profile." + problem.substring(0, problem.indexOf(':')), problem);
        }
        if (context.register().neighbourhoods().stream().noneMatch(n -> n.id().equals(p.neighbourhoodId()))) {
            throw InstrumentException.invalid("profile.neighbourhoodId", "is not a neighbourhood of this municipality's "
                    + "register");
        }
        var existing = profile(p.neighbourhoodId());
        StoredRecord<NeighbourhoodProfile> saved = existing.isEmpty() ? context.records().create(PROFILE, p)
                : context.records().update(PROFILE, existing.get().id(), input.version() == null
                        ? existing.get().version() : input.version(), p);
        return new Payloads.ProfileDetails(saved.id(), saved.version(), saved.value());
    }

    /** One comparison per neighbourhood the municipality described, in the register's order. */
    List<Payloads.ComparisonDetails> compare() {
        List<Volunteer> all = new VolunteerService(context).volunteers().stream().map(StoredRecord::value).toList();
        LocalDate today = LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels")));
        List<StoredRecord<NeighbourhoodProfile>> profiles = profiles();
        return context.register().neighbourhoods().stream().flatMap(n -> profiles.stream()
                .filter(p -> p.value().neighbourhoodId().equals(n.id()))
                .map(p -> new Payloads.ComparisonDetails(n.name(), p.id(), p.version(),
                        ReachComparison.of(p.value(), all, today)))).toList();
    }
}
