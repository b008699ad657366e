package be.buurtwijzer.plugin.testkit;

import be.buurtwijzer.plugin.api.RegisterReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A municipality's register for a test: add neighbourhoods, actors and initiatives; read them as a plugin does. */
public final class InMemoryRegister implements RegisterReader {

    private final List<Neighbourhood> neighbourhoods = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Initiative> initiatives = new ArrayList<>();

    /** @param kind LIVED or GEOGRAPHIC */
    public String neighbourhood(String name, String kind) {
        String id = UUID.randomUUID().toString();
        neighbourhoods.add(new Neighbourhood(id, name, kind));
        return id;
    }

    /** @param sector and {@code operatingArea} by enum name, as the register gives them; the area may be null */
    public String actor(String name, String kind, String sector, String operatingArea) {
        String id = UUID.randomUUID().toString();
        actors.add(new Actor(id, name, kind, sector, operatingArea));
        return id;
    }

    /** @param status IDEA, PREPARING, RUNNING, PAUSED or ENDED */
    public String initiative(String name, String neighbourhoodId, String status, String... actorIds) {
        String id = UUID.randomUUID().toString();
        initiatives.add(new Initiative(id, name, neighbourhoodId, null, status, List.of(actorIds)));
        return id;
    }

    @Override
    public List<Neighbourhood> neighbourhoods() {
        return List.copyOf(neighbourhoods);
    }

    @Override
    public List<Actor> actors() {
        return List.copyOf(actors);
    }

    @Override
    public List<Initiative> initiatives() {
        return List.copyOf(initiatives);
    }
}
