package be.buurtwijzer.plugins.packages.picture;

import be.buurtwijzer.plugins.packages.domain.Activity;
import be.buurtwijzer.plugins.packages.domain.Link;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Where the activities of the graph go: a force-directed layout (Fruchterman–Reingold, from JGraphT)
 * with a fixed seed, so linked activities come together and the same plan gives the same picture;
 * then nodes are pushed apart until no two meet and no link passes over an activity it does not join.
 * Activities are numbered dots; their names are in the legend beside the graph.
 */
public final class GraphLayout {

    static final double NODE = 22;
    /** The room a node keeps from others and from links that are not its own. */
    static final double CLEARANCE = NODE / 2 + 6;
    private static final long SEED = 2019L;

    private final Map<String, Point2D> at = new LinkedHashMap<>();
    private final double size;
    private double extent;

    public GraphLayout(List<Activity> activities, List<Link> links, double size) {
        this.size = size;
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        activities.forEach(a -> graph.addVertex(a.id()));
        for (Link l : links) {
            if (graph.containsVertex(l.from()) && graph.containsVertex(l.to()) && !l.from().equals(l.to())
                    && !graph.containsEdge(l.from(), l.to())) {
                graph.addEdge(l.from(), l.to());
            }
        }
        extent = size;
        if (activities.size() == 1) {
            at.put(activities.get(0).id(), new Point2D.Double(size / 2, size / 2));
            return;
        }
        if (activities.isEmpty()) {
            return;
        }
        LayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(0, 0, size, size));
        new FRLayoutAlgorithm2D<String, DefaultEdge>(300, 0.3, new Random(SEED)).layout(graph, model);
        double margin = NODE * 2;
        for (Activity a : activities) {
            var p = model.get(a.id());
            at.put(a.id(), new Point2D.Double(clamp(p.getX(), margin), clamp(p.getY(), margin)));
        }
        untangle(links);
        // the pushing may have moved nodes beyond the square: shift everything back in and grow the square
        double minX = at.values().stream().mapToDouble(Point2D::getX).min().orElse(margin);
        double minY = at.values().stream().mapToDouble(Point2D::getY).min().orElse(margin);
        at.replaceAll((id, p) -> new Point2D.Double(p.getX() - minX + margin, p.getY() - minY + margin));
        extent = Math.max(size, at.values().stream().mapToDouble(p -> Math.max(p.getX(), p.getY())).max()
                .orElse(0) + margin);
    }

    /** The side of the square the graph needs (at least the size asked for). */
    public double extent() {
        return extent;
    }

    private double clamp(double value, double margin) {
        return Math.max(margin, Math.min(size - margin, value));
    }

    /** Pushes nodes apart from each other and off links that are not theirs, a little at a time. */
    private void untangle(List<Link> links) {
        List<String> ids = new ArrayList<>(at.keySet());
        for (int round = 0; round < 2000; round++) {
            boolean moved = false;
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    Point2D a = at.get(ids.get(i));
                    Point2D b = at.get(ids.get(j));
                    double d = a.distance(b);
                    if (d < 2 * CLEARANCE) {
                        double push = (2 * CLEARANCE - d) / 2 + 1;
                        double dx = d == 0 ? 1 : (b.getX() - a.getX()) / d;
                        double dy = d == 0 ? 0 : (b.getY() - a.getY()) / d;
                        move(ids.get(i), -dx * push, -dy * push);
                        move(ids.get(j), dx * push, dy * push);
                        moved = true;
                    }
                }
            }
            for (Link l : links) {
                Point2D from = at.get(l.from());
                Point2D to = at.get(l.to());
                if (from == null || to == null || l.from().equals(l.to())) {
                    continue;
                }
                Line2D segment = new Line2D.Double(from, to);
                for (String id : ids) {
                    if (id.equals(l.from()) || id.equals(l.to())) {
                        continue;
                    }
                    Point2D p = at.get(id);
                    double d = segment.ptSegDist(p);
                    if (d < CLEARANCE) {
                        // move the node straight away from the link
                        double lx = to.getX() - from.getX();
                        double ly = to.getY() - from.getY();
                        double length = Math.hypot(lx, ly);
                        double nx = -ly / length;
                        double ny = lx / length;
                        double side = Math.signum((p.getX() - from.getX()) * nx + (p.getY() - from.getY()) * ny);
                        if (side == 0) {
                            side = 1;
                        }
                        move(id, nx * side * (CLEARANCE - d + 2), ny * side * (CLEARANCE - d + 2));
                        moved = true;
                    }
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    private void move(String id, double dx, double dy) {
        Point2D p = at.get(id);
        at.put(id, new Point2D.Double(p.getX() + dx, p.getY() + dy));
    }

    public Map<String, Point2D> positions() {
        return at;
    }
}
