package be.buurtwijzer.plugins.packages.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * Step 4 of "Ontwar het bos": maximal cohesion inside a package, minimal between packages, found as
 * weighted community detection with the Leiden algorithm (Traag, Waltman &amp; Van Eck 2019; the
 * authors' own Java library) optimising modularity. A fixed seed makes the proposal the same for the
 * same input. Activities pinned to a package stay together in it and apart from other pins; the
 * result is never worse (in modularity) than "everything in one package" or "every activity alone"
 * where those respect the pins.
 *
 * <p>Scale belongs in the proposal too (step 4.1: "op de kleinste ideale schaal"): a link between two
 * activities whose ideal scales are far apart ({@link Scales#farApart}) does not hold a package
 * together, so such activities are not forced into one package at the smallest scale. The proposal
 * names those links; between the packages they become a matter of strategic agreement.
 */
public final class PackageProposer {

    private static final long SEED = 2019L;
    /** Leiden iterations per start. */
    public static final int ITERATIONS = 20;

    private PackageProposer() {
    }

    public static Division propose(List<Activity> activities, List<Link> links) {
        List<String> ids = activities.stream().map(Activity::id).toList();
        if (ids.isEmpty()) {
            return new Division(List.of(), 0);
        }
        Map<String, Activity> byId = new HashMap<>();
        activities.forEach(a -> byId.putIfAbsent(a.id(), a));
        List<Link> apart = links.stream().filter(l -> byId.containsKey(l.from()) && byId.containsKey(l.to())
                && Scales.farApart(byId.get(l.from()).idealScale(), byId.get(l.to()).idealScale())).toList();
        List<Link> holding = links.stream().filter(l -> !apart.contains(l)).toList();
        ActivityGraph graph = new ActivityGraph(ids, holding);
        List<int[]> candidates = new ArrayList<>();
        candidates.add(withPins(leiden(graph), activities, graph));
        long pinNames = activities.stream().map(Activity::pinnedTo).filter(p -> p != null && !p.isBlank()).distinct()
                .count();
        if (pinNames <= 1 && apart.isEmpty()) {
            candidates.add(new int[ids.size()]);
        }
        if (noPinIsShared(activities)) {
            int[] alone = new int[ids.size()];
            for (int i = 0; i < alone.length; i++) {
                alone[i] = i;
            }
            candidates.add(alone);
        }
        int[] best = candidates.stream().max(Comparator.comparingDouble(graph::modularity)).orElseThrow();
        Division described = describe(best, activities, links, new ActivityGraph(ids, links));
        return new Division(described.packages(), described.modularity(), apart);
    }

    private static boolean noPinIsShared(List<Activity> activities) {
        Map<String, Long> counts = new HashMap<>();
        activities.stream().map(Activity::pinnedTo).filter(p -> p != null && !p.isBlank())
                .forEach(p -> counts.merge(p, 1L, Long::sum));
        return counts.values().stream().allMatch(c -> c == 1);
    }

    static int[] leiden(ActivityGraph graph) {
        int n = graph.size();
        if (graph.edges.isEmpty()) {
            int[] alone = new int[n];
            for (int i = 0; i < n; i++) {
                alone[i] = i;
            }
            return alone;
        }
        LargeIntArray[] edges = {new LargeIntArray(graph.edges.size()), new LargeIntArray(graph.edges.size())};
        LargeDoubleArray weights = new LargeDoubleArray(graph.edges.size());
        for (int i = 0; i < graph.edges.size(); i++) {
            edges[0].set(i, graph.edges.get(i)[0]);
            edges[1].set(i, graph.edges.get(i)[1]);
            weights.set(i, graph.weights.get(i));
        }
        // node weights = total link weight of each node and resolution 1/2m: the CPM quality becomes modularity
        Network network = new Network(n, true, edges, weights, false, false);
        double resolution = 1.0 / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
        int starts = starts(n);
        Clustering best = null;
        double bestQuality = Double.NEGATIVE_INFINITY;
        for (int start = 0; start < starts; start++) {
            LeidenAlgorithm leiden = new LeidenAlgorithm(resolution, ITERATIONS, LeidenAlgorithm.DEFAULT_RANDOMNESS,
                    new Random(SEED + start));
            Clustering clustering = new Clustering(n);
            leiden.improveClustering(network, clustering);
            double quality = leiden.calcQuality(network, clustering);
            if (quality > bestQuality) {
                best = clustering;
                bestQuality = quality;
            }
        }
        return best.getClusters();
    }

    /** Seeded starts for a graph of n activities: several on small graphs, where they are cheap; the best counts. */
    public static int starts(int n) {
        return n <= 300 ? 10 : 2;
    }

    /** Keeps each pin's activities in one package of its own; an unpinned activity joins the pin it is most linked to. */
    static int[] withPins(int[] clusters, List<Activity> activities, ActivityGraph graph) {
        int n = activities.size();
        Map<String, Integer> pinCluster = new LinkedHashMap<>();
        int next = 1 + java.util.Arrays.stream(clusters).max().orElse(0);
        int[] result = clusters.clone();
        for (int i = 0; i < n; i++) {
            String pin = activities.get(i).pinnedTo();
            if (pin != null && !pin.isBlank()) {
                result[i] = pinCluster.computeIfAbsent(pin.trim(), p -> -1 - pinCluster.size());
            }
        }
        for (int i = 0; i < n; i++) {
            if (result[i] >= 0) {
                // an unpinned activity whose Leiden package holds pinned ones follows the pin it is linked to most
                Map<Integer, Double> pull = new TreeMap<>();
                for (int e = 0; e < graph.edges.size(); e++) {
                    int[] edge = graph.edges.get(e);
                    int other = edge[0] == i ? edge[1] : edge[1] == i ? edge[0] : -1;
                    if (other >= 0 && result[other] < 0 && clusters[other] == clusters[i]) {
                        pull.merge(result[other], graph.weights.get(e), Double::sum);
                    }
                }
                final int self = i;
                boolean clusterHasPins = java.util.stream.IntStream.range(0, n)
                        .anyMatch(j -> result[j] < 0 && clusters[j] == clusters[self]);
                if (clusterHasPins && !pull.isEmpty()) {
                    result[i] = pull.entrySet().stream().max(Map.Entry.<Integer, Double>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (result[i] < 0) {
                result[i] = next + (-1 - result[i]);
            }
        }
        return result;
    }

    /**
     * The figures of a division the user made (packages named in {@code packageOf}, activity id → name);
     * activities in no package each count as a package of their own.
     */
    public static Division evaluate(List<Activity> activities, List<Link> links, Map<String, String> packageOf) {
        List<String> ids = activities.stream().map(Activity::id).toList();
        ActivityGraph graph = new ActivityGraph(ids, links);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        int[] cluster = new int[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            String name = packageOf.get(ids.get(i));
            cluster[i] = name == null ? -1 - i : numbers.computeIfAbsent(name, k -> numbers.size());
        }
        Division described = describe(cluster, activities, links, graph);
        List<Division.Part> named = described.packages().stream().map(p -> new Division.Part(
                packageOf.getOrDefault(p.activityIds().get(0), p.name()), p.activityIds(), p.holdingLinks(),
                p.internalCohesion(), p.externalCohesion())).toList();
        return new Division(named, described.modularity());
    }

    /** Names, explanation and cohesion per package, in the order of the activities. */
    static Division describe(int[] cluster, List<Activity> activities, List<Link> links, ActivityGraph graph) {
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < cluster.length; i++) {
            members.computeIfAbsent(cluster[i], c -> new ArrayList<>()).add(i);
        }
        List<Division.Part> parts = new ArrayList<>();
        int number = 1;
        for (List<Integer> group : members.values()) {
            List<String> ids = group.stream().map(i -> activities.get(i).id()).toList();
            String pin = group.stream().map(i -> activities.get(i).pinnedTo()).filter(p -> p != null && !p.isBlank())
                    .map(String::trim).findFirst().orElse(null);
            String name = pin != null ? pin : "Pakket " + number;
            number++;
            java.util.Set<String> inside = new java.util.HashSet<>(ids);
            List<Link> holding = links.stream().filter(l -> !l.from().equals(l.to()) && inside.contains(l.from())
                    && inside.contains(l.to())).toList();
            double internal = holding.stream().mapToDouble(l -> l.strength().weight()).sum();
            double external = links.stream().filter(l -> inside.contains(l.from()) != inside.contains(l.to())
                    && graph.index.containsKey(l.from()) && graph.index.containsKey(l.to()))
                    .mapToDouble(l -> l.strength().weight()).sum();
            parts.add(new Division.Part(name, ids, holding, internal, external));
        }
        return new Division(parts, graph.modularity(cluster));
    }
}
