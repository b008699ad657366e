package be.buurtwijzer.plugins.packages.bench;

import be.buurtwijzer.plugins.packages.domain.Activity;
import be.buurtwijzer.plugins.packages.domain.ActivityGraph;
import be.buurtwijzer.plugins.packages.domain.Division;
import be.buurtwijzer.plugins.packages.domain.Link;
import be.buurtwijzer.plugins.packages.domain.PackageProposer;
import be.buurtwijzer.plugins.packages.domain.PackageProposerTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LouvainAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * Proposal time and modularity on generated activity graphs (5 links per activity on average, 80 %
 * of them between nearby activities), against the same library's standard Louvain algorithm with as
 * many starts and iterations as the proposal's Leiden runs, on the same graphs. Run by
 * deployment/bench/packages-bench.sh; not a test.
 */
public final class ProposalBenchmark {

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {50, 200, 1000} : Arrays.stream(args).mapToInt(Integer::parseInt)
                .toArray();
        System.out.println("| activities | links | starts | proposal median (ms) | proposal p95 (ms) | packages | modularity "
                + "| Louvain median (ms) | Louvain packages | Louvain modularity |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int n : sizes) {
            List<Activity> activities = PackageProposerTest.activities(n);
            List<Link> links = PackageProposerTest.randomLinks(n, 42L + n);
            for (int warm = 0; warm < 20; warm++) {
                PackageProposer.propose(activities, links);
            }
            long[] times = new long[30];
            Division division = null;
            for (int run = 0; run < times.length; run++) {
                long start = System.nanoTime();
                division = PackageProposer.propose(activities, links);
                times[run] = System.nanoTime() - start;
            }
            Arrays.sort(times);
            int starts = PackageProposer.starts(n);
            for (int warm = 0; warm < 20; warm++) {
                louvain(activities, links, starts);
            }
            long[] louvainTimes = new long[30];
            int[] louvain = null;
            for (int run = 0; run < louvainTimes.length; run++) {
                long start = System.nanoTime();
                louvain = louvain(activities, links, starts);
                louvainTimes[run] = System.nanoTime() - start;
            }
            Arrays.sort(louvainTimes);
            ActivityGraph graph = new ActivityGraph(activities.stream().map(Activity::id).toList(), links);
            System.out.printf(java.util.Locale.ROOT, "| %d | %d | %d | %.1f | %.1f | %d | %.4f | %.1f | %d | %.4f |%n", n,
                    links.size(), starts, times[times.length / 2] / 1e6, times[(int) (times.length * 0.95)] / 1e6,
                    division.packages().size(), division.modularity(), louvainTimes[louvainTimes.length / 2] / 1e6,
                    Arrays.stream(louvain).distinct().count(), graph.modularity(louvain));
        }
    }

    /**
     * The standard Louvain algorithm on the same weighted graph, best of {@code starts} seeded starts by
     * modularity as the proposal measures it.
     */
    static int[] louvain(List<Activity> activities, List<Link> links, int starts) {
        ActivityGraph graph = new ActivityGraph(activities.stream().map(Activity::id).toList(), links);
        List<int[]> edges = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        java.util.Map<Long, Double> merged = new java.util.LinkedHashMap<>();
        int n = activities.size();
        for (Link l : links) {
            int a = Integer.parseInt(l.from().substring(1));
            int b = Integer.parseInt(l.to().substring(1));
            if (a != b) {
                merged.merge((long) Math.min(a, b) * n + Math.max(a, b), (double) l.strength().weight(), Double::sum);
            }
        }
        merged.forEach((k, w) -> {
            edges.add(new int[] {(int) (k / n), (int) (k % n)});
            weights.add(w);
        });
        LargeIntArray[] e = {new LargeIntArray(edges.size()), new LargeIntArray(edges.size())};
        LargeDoubleArray w = new LargeDoubleArray(edges.size());
        for (int i = 0; i < edges.size(); i++) {
            e[0].set(i, edges.get(i)[0]);
            e[1].set(i, edges.get(i)[1]);
            w.set(i, weights.get(i));
        }
        Network network = new Network(n, true, e, w, false, false);
        double resolution = 1.0 / (2 * network.getTotalEdgeWeight());
        int[] best = null;
        double bestModularity = Double.NEGATIVE_INFINITY;
        for (int start = 0; start < starts; start++) {
            Clustering clustering = new Clustering(n);
            new LouvainAlgorithm(resolution, PackageProposer.ITERATIONS, new Random(start)).improveClustering(network,
                    clustering);
            double modularity = graph.modularity(clustering.getClusters());
            if (modularity > bestModularity) {
                best = clustering.getClusters();
                bestModularity = modularity;
            }
        }
        return best;
    }
}
