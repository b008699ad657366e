package be.buurtwijzer.plugins.packages.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weighted, undirected activity graph: node i is {@code ids.get(i)}; parallel links between the
 * same two activities add up; self-links carry no information about packages and are left out.
 */
public final class ActivityGraph {

    final List<String> ids;
    final Map<String, Integer> index = new HashMap<>();
    /** Each undirected edge once: from &lt; to. */
    final List<int[]> edges = new ArrayList<>();
    final List<Double> weights = new ArrayList<>();
    final double[] strength;
    final double totalWeight;

    public ActivityGraph(List<String> activityIds, List<Link> links) {
        this.ids = List.copyOf(activityIds);
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        Map<Long, Double> merged = new LinkedHashMap<>();
        for (Link link : links) {
            Integer a = index.get(link.from());
            Integer b = index.get(link.to());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            long key = (long) Math.min(a, b) * ids.size() + Math.max(a, b);
            merged.merge(key, (double) link.strength().weight(), Double::sum);
        }
        strength = new double[ids.size()];
        double total = 0;
        for (Map.Entry<Long, Double> e : merged.entrySet()) {
            int a = (int) (e.getKey() / ids.size());
            int b = (int) (e.getKey() % ids.size());
            edges.add(new int[] {a, b});
            weights.add(e.getValue());
            strength[a] += e.getValue();
            strength[b] += e.getValue();
            total += e.getValue();
        }
        totalWeight = total;
    }

    public int size() {
        return ids.size();
    }

    /**
     * Newman's modularity of a division ({@code cluster[i]} for node i): the share of link weight inside
     * packages minus what a random graph with the same strengths would put there. 0 for a graph without links.
     */
    public double modularity(int[] cluster) {
        if (totalWeight == 0) {
            return 0;
        }
        Map<Integer, Double> inside = new HashMap<>();
        Map<Integer, Double> degree = new HashMap<>();
        for (int i = 0; i < edges.size(); i++) {
            int[] e = edges.get(i);
            if (cluster[e[0]] == cluster[e[1]]) {
                inside.merge(cluster[e[0]], weights.get(i), Double::sum);
            }
        }
        for (int i = 0; i < ids.size(); i++) {
            degree.merge(cluster[i], strength[i], Double::sum);
        }
        double q = 0;
        for (Map.Entry<Integer, Double> d : degree.entrySet()) {
            double in = inside.getOrDefault(d.getKey(), 0.0);
            q += in / totalWeight - Math.pow(d.getValue() / (2 * totalWeight), 2);
        }
        return q;
    }
}
