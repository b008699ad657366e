package be.buurtwijzer.plugins.packages.domain;

import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugin.api.vocabulary.Scale;
import java.util.List;
import java.util.Set;

/** What the seed's rules (steps 4 and 5) say about a division into packages. */
public record PackageAnalysis(double modularity, List<PackageView> packages, List<Between> between,
        List<Text> warnings) {

    /**
     * One package: its smallest ideal scale, all and only the partners its activities need, the team
     * size check, the intensity its internal links ask for (weakest to strongest), the coordination,
     * and the activities organised today at another scale than the package's.
     */
    public record PackageView(String name, List<String> activityIds, Scale idealScale, List<String> partners,
            Text teamSizeNote, Division splitProposal, Intensity intensityFrom, Intensity intensityTo,
            Coordination coordination, Set<Level> teamDecides, List<Link> holdingLinks, double internalCohesion,
            double externalCohesion, List<String> scaleDeviations) {
    }

    /** Two packages linked to each other: how intensely and at which levels they must agree. */
    public record Between(String first, String second, double weight, Intensity intensity,
            Set<Level> mutualAgreement, Coordination coordination, boolean wrongSplit) {
    }
}
