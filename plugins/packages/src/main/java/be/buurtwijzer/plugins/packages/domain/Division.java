package be.buurtwijzer.plugins.packages.domain;

import java.util.List;

/**
 * A division of the activities into packages, with Newman's modularity and, per package, the links
 * that hold it together and its internal and external cohesion (summed link weights).
 */
public record Division(List<Part> packages, double modularity) {

    public record Part(String name, List<String> activityIds, List<Link> holdingLinks, double internalCohesion,
            double externalCohesion) {
    }
}
