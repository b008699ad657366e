package be.buurtwijzer.plugins.packages.domain;

import java.util.List;

/**
 * A division of the activities into packages, with Newman's modularity and, per package, the links
 * that hold it together and its internal and external cohesion (summed link weights). A proposal also
 * names the links it did not let hold packages together because their ends' ideal scales are far apart.
 */
public record Division(List<Part> packages, double modularity, List<Link> keptApartByScale) {

    public record Part(String name, List<String> activityIds, List<Link> holdingLinks, double internalCohesion,
            double externalCohesion) {
    }

    public Division {
        keptApartByScale = keptApartByScale == null ? List.of() : List.copyOf(keptApartByScale);
    }

    public Division(List<Part> packages, double modularity) {
        this(packages, modularity, List.of());
    }
}
