package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import static be.buurtwijzer.plugins.typology.domain.Driver.NEIGHBOURS;
import static be.buurtwijzer.plugins.typology.domain.Driver.PROFESSIONALS;
import static be.buurtwijzer.plugins.typology.domain.Driver.VOLUNTEERS;
import static be.buurtwijzer.plugins.typology.domain.Goal.CARE_AND_SUPPORT;
import static be.buurtwijzer.plugins.typology.domain.Goal.MEETING;
import static be.buurtwijzer.plugins.typology.domain.Goal.PROMOTING_CARING;
import static be.buurtwijzer.plugins.typology.domain.Goal.SMALL_HELP;

import java.util.List;
import java.util.Set;

/** The examples of seed 003 §2, answered from what the seed tells about each. */
final class SeedExamples {

    private SeedExamples() {
    }

    /** "Van nachtlawaai tot straatcomité": neighbours of a WhatsApp group, supported by the neighbourhood worker. */
    static final Answers STREET_COMMITTEE = Answers.of(Set.of(MEETING, SMALL_HELP), Set.of(NEIGHBOURS, PROFESSIONALS),
            Lead.CITIZENS, Set.of(Scale.GEOGRAPHIC_NEIGHBOURHOOD), Scale.LIVED_NEIGHBOURHOOD, Set.of(), false, List.of());

    /** Zorgzame Straten: a citizens' initiative; ZS volunteers find street leaders; professionals not involved. */
    static final Answers ZORGZAME_STRATEN = Answers.of(Set.of(SMALL_HELP, MEETING), Set.of(NEIGHBOURS, VOLUNTEERS),
            Lead.CITIZENS, Set.of(), Scale.LIVED_NEIGHBOURHOOD, Set.of(), false, List.of());

    /** "Moestuin in de mazen": a neighbourhood maker (Viro) follows the residents' energy; inclusion. */
    static final Answers VEGETABLE_GARDEN = Answers.of(Set.of(MEETING, PROMOTING_CARING),
            Set.of(NEIGHBOURS, PROFESSIONALS), Lead.SHARED, Set.of(Scale.GEOGRAPHIC_NEIGHBOURHOOD),
            Scale.GEOGRAPHIC_NEIGHBOURHOOD, Set.of(Structure.ACTION_GROUPS), false, List.of());

    /** Burenmatcher Balen: OCMW's project with a core group, a neighbours' and a professionals' platform, action groups. */
    static final Answers BURENMATCHER_BALEN = Answers.of(Set.of(PROMOTING_CARING, MEETING),
            Set.of(NEIGHBOURS, PROFESSIONALS), Lead.SHARED,
            Set.of(Scale.GEOGRAPHIC_NEIGHBOURHOOD, Scale.MUNICIPALITY), Scale.GEOGRAPHIC_NEIGHBOURHOOD,
            Set.of(Structure.CORE_GROUP, Structure.NEIGHBOURHOOD_PLATFORM, Structure.ACTION_GROUPS), false, List.of());

    /** Quartier-Lo: project workers backed by a monthly partner meeting acting as steering group. */
    static final Answers QUARTIER_LO = Answers.of(Set.of(PROMOTING_CARING, MEETING), Set.of(NEIGHBOURS, PROFESSIONALS),
            Lead.PROFESSIONALS, Set.of(Scale.GEOGRAPHIC_NEIGHBOURHOOD), Scale.GEOGRAPHIC_NEIGHBOURHOOD,
            Set.of(Structure.CORE_GROUP), true, List.of());

    /** Zorgwijkoverleg Jette and Molenbeek: professionals invited by the first-line zone to discuss anonymous cases. */
    static final Answers CASE_MEETINGS = Answers.of(Set.of(CARE_AND_SUPPORT), Set.of(PROFESSIONALS), Lead.PROFESSIONALS,
            Set.of(Scale.MUNICIPALITY, Scale.LOCAL_REGION), Scale.MUNICIPALITY, Set.of(), false, List.of());

    /** Buurtgerichte gezinszorg Leuven: four home-care services, large operating areas. */
    static final Answers HOME_CARE_LEUVEN = Answers.of(Set.of(CARE_AND_SUPPORT), Set.of(PROFESSIONALS, NEIGHBOURS),
            Lead.PROFESSIONALS, Set.of(Scale.MUNICIPALITY, Scale.LOCAL_REGION), Scale.GEOGRAPHIC_NEIGHBOURHOOD,
            Set.of(), false, List.of());

    /** Buurtteams Zorgzaam Leuven: mainly care professionals, with neighbourhood workers, per neighbourhood. */
    static final Answers NEIGHBOURHOOD_TEAMS = Answers.of(Set.of(CARE_AND_SUPPORT), Set.of(PROFESSIONALS),
            Lead.PROFESSIONALS, Set.of(Scale.MUNICIPALITY, Scale.GEOGRAPHIC_NEIGHBOURHOOD),
            Scale.GEOGRAPHIC_NEIGHBOURHOOD, Set.of(), false, List.of());
}
