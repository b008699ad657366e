package be.buurtwijzer.plugins.packages.domain;

import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugin.api.vocabulary.Scale;
import java.util.List;
import java.util.Set;

/** What the seed's rules (steps 4 and 5) say about a division into packages. */
public record PackageAnalysis(double modularity, List<PackageDetails> packages, List<Between> between,
        List<Text> warnings) {

    /**
     * One package: its smallest ideal scale, all and only the partners its activities need, the team
     * size check (on people), the intensity inside (weakest to strongest; {@code intensityStated} when
     * the team said it rather than the links), the coordination, the activities organised today at
     * another scale than the package's, and the seed's remarks on the package.
     */
    public record PackageDetails(String name, List<String> activityIds, Scale idealScale, List<String> partners,
            Text teamSizeNote, Division splitProposal, Intensity intensityFrom, Intensity intensityTo,
            Coordination coordination, Set<Level> teamDecides, List<Link> holdingLinks, double internalCohesion,
            double externalCohesion, List<String> scaleDeviations, boolean intensityStated, int teamSize,
            List<Text> remarks) {
    }

    /**
     * Two packages linked to each other: how intensely and at which levels they must agree.
     *
     * @param mutualAgreement the levels to agree on: the team's answer when given, else the suggestion
     * @param agreedByTeam whether {@code mutualAgreement} is the team's answer
     * @param coordination from the team's answer about the link itself; null while unanswered
     * @param scaleSplit the two packages' ideal scales are far apart: a split the scale justifies
     * @param wrongSplit linked so strongly, at comparable scales, that they would have to do everything together
     */
    public record Between(String first, String second, double weight, Intensity intensity,
            Set<Level> mutualAgreement, Set<Level> suggestedAgreement, boolean agreedByTeam, Coordination coordination,
            boolean wrongSplit, boolean scaleSplit) {
    }
}
