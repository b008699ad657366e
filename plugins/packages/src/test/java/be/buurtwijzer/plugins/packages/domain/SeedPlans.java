package be.buurtwijzer.plugins.packages.domain;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import java.util.List;
import java.util.Set;

/** The seed's two worked examples (003, "Stilstaan bij samenwerken"), as activities and links. */
final class SeedPlans {

    private SeedPlans() {
    }

    static Activity activity(String id, Scale ideal, Scale current, String... partners) {
        return new Activity(id, id, current != null, ideal, current, null, 1, List.of(partners), List.of(), List.of(),
                null);
    }

    /** Maria (72) broke her hip: what she needs to keep living at home. */
    static final List<Activity> MARIA = List.of(
            activity("huishoudhulp", Scale.GEOGRAPHIC_NEIGHBOURHOOD, Scale.MUNICIPALITY, "gezinszorg"),
            // the seed's table: hygienic care and physiotherapy at municipality/city + fringe
            activity("hygiënische zorgen", Scale.MUNICIPALITY, Scale.MUNICIPALITY, "thuisverpleegkunde"),
            // the physiotherapist works in the municipality; the handyman service covers a larger region
            activity("kinesitherapie", Scale.MUNICIPALITY, Scale.MUNICIPALITY, "kinesitherapeut"),
            activity("kleine aanpassingen aan huis", Scale.LOCAL_REGION, Scale.LOCAL_REGION, "klusjesdienst",
                    "maatschappelijk werker ziekenfonds"),
            activity("gezelschap", Scale.LIVED_NEIGHBOURHOOD, null, "familie", "buren", "vrijwilligers"));

    static final List<Link> MARIA_LINKS = List.of(
            new Link("kinesitherapie", "kleine aanpassingen aan huis", Strength.STRONG),
            new Link("huishoudhulp", "hygiënische zorgen", Strength.MEDIUM),
            new Link("huishoudhulp", "gezelschap", Strength.WEAK),
            new Link("hygiënische zorgen", "kinesitherapie", Strength.WEAK));

    /** Poverty spreading from Stederen to De Leefhoek in Gemeentegem. */
    static final List<Activity> STEDEREN = List.of(
            activity("informatie uitwisselen", Scale.LOCAL_REGION, null, "sociaal werkers Stederen",
                    "sociaal werkers Gemeentegem", "beleidsmakers"),
            activity("doelen afstemmen", Scale.LOCAL_REGION, null, "coördinatoren", "beleidsmakers"),
            activity("duo's begeleiden gezinnen", Scale.LIVED_NEIGHBOURHOOD, Scale.MUNICIPALITY,
                    "sociaal werkers Stederen", "sociaal werkers Gemeentegem"),
            activity("casusoverleg per buurt", Scale.GEOGRAPHIC_NEIGHBOURHOOD, null, "sociaal werkers Gemeentegem",
                    "onderwijs", "huisvesting"));

    static final List<Link> STEDEREN_LINKS = List.of(
            new Link("informatie uitwisselen", "doelen afstemmen", Strength.MEDIUM),
            new Link("duo's begeleiden gezinnen", "casusoverleg per buurt", Strength.STRONG),
            // what comes up in the concrete joining of forces is what is worth exchanging
            new Link("casusoverleg per buurt", "informatie uitwisselen", Strength.WEAK));

    /**
     * The Stederen/Gemeentegem case as the seed words it (003, step 4.1): two activities that "hangen sterk
     * samen", exchange and alignment within the local region and concrete joining of forces in the lived or
     * geographic neighbourhood ("Geleefde/geografische buurt?").
     */
    static List<Activity> stederenAsWorded(Scale neighbourhood) {
        return List.of(activity("uitwisseling en afstemming", Scale.LOCAL_REGION, null, "sociaal werkers Stederen",
                        "sociaal werkers Gemeentegem", "beleidsmakers"),
                activity("concrete krachtenbundelingen", neighbourhood, null, "sociaal werkers Stederen",
                        "sociaal werkers Gemeentegem"));
    }

    static final List<Link> STEDEREN_AS_WORDED_LINKS = List.of(
            new Link("concrete krachtenbundelingen", "uitwisseling en afstemming", Strength.STRONG));

    static PackageSetup setup(String name, List<String> ids, boolean complex, boolean changeable, Level... levels) {
        return PackageSetup.of(name, ids, complex, changeable, Set.of(levels));
    }
}
