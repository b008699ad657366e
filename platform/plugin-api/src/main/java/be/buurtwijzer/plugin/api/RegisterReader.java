package be.buurtwijzer.plugin.api;

import java.util.List;

/** The municipality's shared register, read-only. Enum values are given by name. */
public interface RegisterReader {

    List<Neighbourhood> neighbourhoods();

    List<Actor> actors();

    List<Initiative> initiatives();

    record Neighbourhood(String id, String name, String kind) {
    }

    record Actor(String id, String name, String kind, String sector, String operatingArea) {
    }

    record Initiative(String id, String name, String neighbourhoodId, String goal, String status,
            List<String> actorIds) {
    }
}
