package be.buurtwijzer.plugins.packages.picture;

import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugins.packages.domain.Activity;
import be.buurtwijzer.plugins.packages.domain.Link;
import be.buurtwijzer.plugins.packages.domain.PackageSetup;
import be.buurtwijzer.plugins.support.Pictures;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The activity graph coloured by package, laid out by {@link GraphLayout}: each activity a numbered dot,
 * a link's width its strength (coloured inside a package, grey between packages). Beside the graph, every
 * package with its colour and every activity with its number, name and package; activities in no package
 * are grey. The colours repeat after eight packages, so the legend names each activity's package in words.
 */
public final class GraphPainter implements Consumer<Graphics2D> {

    private static final Color[] PALETTE = {new Color(0x1F6F8B), new Color(0xB3541E), new Color(0x4B3F72),
            new Color(0x1E8449), new Color(0xA93226), new Color(0x7D6608), new Color(0x2E4053), new Color(0x6C3483)};
    private static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final int TOP = 80;
    private static final int LEGEND_WIDTH = 420;

    private final String title;
    private final String subtitle;
    private final List<Activity> activities;
    private final List<Link> links;
    private final List<PackageSetup> packages;
    private final Locale locale;
    private final Map<String, Integer> packageOf = new HashMap<>();
    private final GraphLayout layout;
    private final double size;
    private final int width;
    private final int height;
    private final List<List<String>> rows = new ArrayList<>();

    public GraphPainter(String title, String subtitle, List<Activity> activities, List<Link> links,
            List<PackageSetup> packages, Locale locale) {
        this.title = title;
        this.subtitle = subtitle;
        this.activities = activities;
        this.links = links;
        this.packages = packages;
        this.locale = locale;
        for (int p = 0; p < packages.size(); p++) {
            for (String id : packages.get(p).activityIds()) {
                packageOf.put(id, p);
            }
        }
        this.layout = new GraphLayout(activities, links, Math.max(640, Math.sqrt(Math.max(1, activities.size())) * 170));
        this.size = layout.extent();
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        FontMetrics metrics = g.getFontMetrics(LEGEND);
        g.dispose();
        int lines = 2 + packages.size();
        for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            Integer p = packageOf.get(a.id());
            String text = a.name() + "  ·  " + (p == null ? Text.pick(locale, "geen pakket", "no package")
                    : packages.get(p).name());
            List<String> wrapped = Pictures.wrap(text, metrics, LEGEND_WIDTH - 40);
            rows.add(wrapped);
            lines += wrapped.size();
        }
        this.width = (int) (24 + size + 24 + LEGEND_WIDTH + 24);
        this.height = (int) Math.max(TOP + size + 30, TOP + 40 + lines * (metrics.getHeight() + 2) + 60);
    }

    public GraphPainter(String title, List<Activity> activities, List<Link> links, List<PackageSetup> packages,
            Locale locale) {
        this(title, "", activities, links, packages, locale);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public GraphLayout layout() {
        return layout;
    }

    public static Color colour(int packageIndex) {
        return packageIndex < 0 ? Color.GRAY : PALETTE[packageIndex % PALETTE.length];
    }

    /**
     * The activity whose dot is at this point of the picture (in the picture's own pixels), if any: a
     * click a few pixels beside a small dot still counts, the nearest dot wins.
     */
    public java.util.Optional<String> activityAt(double x, double y) {
        String nearest = null;
        double best = GraphLayout.NODE / 2 + 8;
        for (Activity a : activities) {
            Point2D p = at(a.id());
            if (p != null && p.distance(x, y) <= best) {
                best = p.distance(x, y);
                nearest = a.id();
            }
        }
        return java.util.Optional.ofNullable(nearest);
    }

    private Point2D at(String id) {
        Point2D p = layout.positions().get(id);
        return p == null ? null : new Point2D.Double(24 + p.getX(), TOP + p.getY());
    }

    @Override
    public void accept(Graphics2D g) {
        Pictures.page(g, width, height, title);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(new Color(0x424949));
        g.drawString(subtitle, 24, 58);
        for (Link link : links) {
            Point2D from = at(link.from());
            Point2D to = at(link.to());
            if (from == null || to == null || link.from().equals(link.to()) || link.strength() == null) {
                continue;
            }
            boolean inside = packageOf.containsKey(link.from())
                    && packageOf.get(link.from()).equals(packageOf.get(link.to()));
            g.setColor(inside ? colour(packageOf.get(link.from())) : new Color(0x99A3A4));
            g.setStroke(new BasicStroke(link.strength().weight() * 1.5f));
            g.draw(new Line2D.Double(from, to));
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            Point2D p = at(a.id());
            double r = GraphLayout.NODE / 2;
            g.setColor(colour(packageOf.getOrDefault(a.id(), -1)));
            g.fill(new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r));
            g.setColor(Color.WHITE);
            String number = String.valueOf(i + 1);
            g.drawString(number, (float) (p.getX() - g.getFontMetrics().stringWidth(number) / 2.0), (float) p.getY() + 4);
        }
        legend(g);
    }

    private void legend(Graphics2D g) {
        double left = 24 + size + 24;
        g.setFont(LEGEND);
        FontMetrics metrics = g.getFontMetrics();
        int line = metrics.getHeight() + 2;
        double y = TOP + 14;
        g.setFont(LEGEND.deriveFont(Font.BOLD));
        g.setColor(Color.BLACK);
        g.drawString(Text.pick(locale, "Pakketten", "Packages"), (float) left, (float) y);
        g.setFont(LEGEND);
        if (packages.isEmpty()) {
            y += line;
            g.drawString(Text.pick(locale, "Nog geen pakketten.", "No packages yet."), (float) left, (float) y);
        }
        for (int p = 0; p < packages.size(); p++) {
            y += line;
            g.setColor(colour(p));
            g.fill(new Ellipse2D.Double(left, y - 10, 12, 12));
            g.setColor(Color.BLACK);
            g.drawString(packages.get(p).name(), (float) left + 20, (float) y);
        }
        y += line + 10;
        g.setFont(LEGEND.deriveFont(Font.BOLD));
        g.drawString(Text.pick(locale, "Activiteiten", "Activities"), (float) left, (float) y);
        for (int i = 0; i < activities.size(); i++) {
            y += line;
            g.setFont(LEGEND.deriveFont(Font.BOLD));
            g.setColor(colour(packageOf.getOrDefault(activities.get(i).id(), -1)));
            g.drawString(String.valueOf(i + 1), (float) left, (float) y);
            g.setFont(LEGEND);
            g.setColor(Color.BLACK);
            List<String> lines = rows.get(i);
            for (int k = 0; k < lines.size(); k++) {
                if (k > 0) {
                    y += line;
                }
                g.drawString(lines.get(k), (float) left + 30, (float) y);
            }
        }
        y += line + 10;
        g.setColor(new Color(0x566573));
        g.drawString(Text.pick(locale,
                "Hoe dikker een lijn, hoe sterker de samenhang; grijze lijnen lopen tussen pakketten.",
                "The thicker a line, the stronger the link; grey lines run between packages."),
                24, (float) (height - 16));
    }
}
