package be.buurtwijzer.plugins.packages.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turning a proposal into packages without losing what the user already named and answered. */
public final class Adoption {

    private Adoption() {
    }

    /**
     * Each proposed package takes the name and answers of the current package it shares most activities
     * with, when at least half of the proposed package and most of the current one are those shared activities
     * (each current package lends itself once);
     * the others keep the proposal's name. A package that keeps only a minority of an old one's activities,
     * or consists mostly of others, is a new package: the old answers were about something else.
     */
    public static List<PackageSetup> adopt(Division proposal, List<PackageSetup> current) {
        Set<String> used = new HashSet<>();
        List<PackageSetup> result = new ArrayList<>();
        for (Division.Part part : proposal.packages()) {
            PackageSetup match = null;
            long best = 0;
            for (PackageSetup setup : current) {
                long shared = setup.activityIds().stream().filter(part.activityIds()::contains).count();
                boolean majority = shared * 2 >= part.activityIds().size() && shared * 2 > setup.activityIds().size();
                if (majority && shared > best && !used.contains(setup.name())) {
                    best = shared;
                    match = setup;
                }
            }
            if (match == null) {
                result.add(PackageSetup.of(uniqueName(part.name(), current, result), part.activityIds(), null, null,
                        Set.of()));
            } else {
                used.add(match.name());
                result.add(match.withActivities(part.activityIds()));
            }
        }
        return result;
    }

    private static String uniqueName(String name, List<PackageSetup> current, List<PackageSetup> taken) {
        String candidate = name;
        for (int n = 2; contains(current, candidate) || contains(taken, candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }

    private static boolean contains(List<PackageSetup> setups, String name) {
        return setups.stream().anyMatch(s -> s.name().equals(name));
    }
}
