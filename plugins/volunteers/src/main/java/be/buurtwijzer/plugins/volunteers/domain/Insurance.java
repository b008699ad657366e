package be.buurtwijzer.plugins.volunteers.domain;

import java.util.Set;

/** The municipality's volunteer insurance: the insurer, the policy and what it covers. */
public record Insurance(String insurer, String policyNumber, Set<Cover> covers, String note) {

    public Insurance {
        covers = covers == null ? Set.of() : Set.copyOf(covers);
    }
}
