package be.buurtwijzer.plugins.packages.picture;

import be.buurtwijzer.plugins.support.Pictures;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugins.packages.domain.Activity;
import be.buurtwijzer.plugins.packages.domain.Link;
import be.buurtwijzer.plugins.packages.domain.PackageSetup;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The activity graph coloured by package: packages sit on a large circle, their activities on a small
 * circle around the package's place; a link's width shows its strength; activities in no package are grey.
 */
public final class GraphPainter implements Consumer<Graphics2D> {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 900;
    private static final Color[] PALETTE = {new Color(0x1F6F8B), new Color(0xB3541E), new Color(0x4B3F72),
            new Color(0x1E8449), new Color(0xA93226), new Color(0x7D6608), new Color(0x2E4053), new Color(0x6C3483)};

    private final String title;
    private final List<Activity> activities;
    private final List<Link> links;
    private final List<PackageSetup> packages;
    private final Locale locale;

    public GraphPainter(String title, List<Activity> activities, List<Link> links, List<PackageSetup> packages,
            Locale locale) {
        this.title = title;
        this.activities = activities;
        this.links = links;
        this.packages = packages;
        this.locale = locale;
    }

    public static Color colour(int packageIndex) {
        return packageIndex < 0 ? Color.GRAY : PALETTE[packageIndex % PALETTE.length];
    }

    @Override
    public void accept(Graphics2D g) {
        Pictures.page(g, WIDTH, HEIGHT, title);
        Map<String, Integer> packageOf = new HashMap<>();
        Map<Integer, List<Activity>> groups = new LinkedHashMap<>();
        for (int p = 0; p < packages.size(); p++) {
            for (String id : packages.get(p).activityIds()) {
                packageOf.put(id, p);
            }
        }
        for (Activity a : activities) {
            groups.computeIfAbsent(packageOf.getOrDefault(a.id(), -1), k -> new ArrayList<>()).add(a);
        }
        Map<String, Point2D> at = layout(groups);
        for (Link link : links) {
            Point2D from = at.get(link.from());
            Point2D to = at.get(link.to());
            if (from == null || to == null || link.from().equals(link.to()) || link.strength() == null) {
                continue;
            }
            boolean inside = packageOf.containsKey(link.from())
                    && packageOf.get(link.from()).equals(packageOf.get(link.to()));
            g.setColor(inside ? colour(packageOf.get(link.from())) : new Color(0x99A3A4));
            g.setStroke(new BasicStroke(link.strength().weight() * 1.5f));
            g.draw(new Line2D.Double(from, to));
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (Activity a : activities) {
            Point2D p = at.get(a.id());
            g.setColor(colour(packageOf.getOrDefault(a.id(), -1)));
            g.fill(new Ellipse2D.Double(p.getX() - 9, p.getY() - 9, 18, 18));
            g.setColor(Color.BLACK);
            int w = g.getFontMetrics().stringWidth(a.name());
            g.drawString(a.name(), (float) Math.max(4, Math.min(WIDTH - 4 - w, p.getX() - w / 2.0)),
                    (float) p.getY() + 24);
        }
        legend(g);
    }

    private Map<String, Point2D> layout(Map<Integer, List<Activity>> groups) {
        Map<String, Point2D> at = new HashMap<>();
        int count = groups.size();
        double big = count == 1 ? 0 : 240;
        int g = 0;
        for (List<Activity> group : groups.values()) {
            double angle = -Math.PI / 2 + 2 * Math.PI * g++ / Math.max(1, count);
            double cx = WIDTH / 2.0 + Math.cos(angle) * big;
            double cy = HEIGHT / 2.0 - 20 + Math.sin(angle) * big;
            double small = group.size() == 1 ? 0 : Math.min(count == 1 ? 300 : 120, 30 + 14 * group.size());
            for (int i = 0; i < group.size(); i++) {
                double a = -Math.PI / 2 + 2 * Math.PI * i / group.size();
                at.put(group.get(i).id(), new Point2D.Double(cx + Math.cos(a) * small, cy + Math.sin(a) * small));
            }
        }
        return at;
    }

    private void legend(Graphics2D g) {
        int y = HEIGHT - 20 - 18 * Math.min(packages.size(), 8);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int p = 0; p < packages.size() && p < 8; p++) {
            g.setColor(colour(p));
            g.fill(new Ellipse2D.Double(24, y - 10, 12, 12));
            g.setColor(Color.BLACK);
            g.drawString(packages.get(p).name(), 42, y);
            y += 18;
        }
        if (packages.isEmpty()) {
            g.setColor(Color.BLACK);
            g.drawString(new Text("Nog geen pakketten.", "No packages yet.").in(locale), 24, y);
        }
    }
}
