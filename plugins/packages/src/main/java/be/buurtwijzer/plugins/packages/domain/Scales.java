package be.buurtwijzer.plugins.packages.domain;

import be.buurtwijzer.plugin.api.vocabulary.Scale;

/**
 * When two ideal scales are too far apart to organise together.
 *
 * <p>003, "Ontwar het bos", step 4.1: related activities go to the smallest ideal scale ("activiteit X
 * op gemeentelijke schaal ... samenhangende activiteit Y op buurtniveau ... beide op buurtniveau"), and
 * 003 step 3 says the municipality level suits activities that need "een lokale inbedding". But for the
 * Stederen/Gemeentegem case, whose exchange belongs to the local region and whose concrete joining of
 * forces to the neighbourhood, the seed says: "niet elke actor kan op buurtniveau actief zijn. Beeld je
 * in dat relevante actoren naar meetings per buurt zouden moeten gaan." So a neighbourhood (lived or
 * geographic) and a region (local or larger) are far apart; a neighbourhood and the municipality are not.
 */
public final class Scales {

    private Scales() {
    }

    public static boolean farApart(Scale a, Scale b) {
        if (a == null || b == null) {
            return false;
        }
        Scale small = a.compareTo(b) <= 0 ? a : b;
        Scale large = small == a ? b : a;
        return small.isNeighbourhood() && large.compareTo(Scale.LOCAL_REGION) >= 0;
    }
}
