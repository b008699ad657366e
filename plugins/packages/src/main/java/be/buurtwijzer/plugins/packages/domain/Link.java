package be.buurtwijzer.plugins.packages.domain;

/** An intrinsic link between two activities (step 3: "teken pijlen"); undirected for the packages. */
public record Link(String from, String to, Strength strength) {
}
