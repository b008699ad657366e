package be.buurtwijzer.plugins.spiderweb.picture;

import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugins.spiderweb.domain.Placement;
import be.buurtwijzer.plugins.spiderweb.domain.Sector;
import be.buurtwijzer.plugins.support.Pictures;
import java.awt.FontMetrics;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Where everything of the spider web goes, computed before anything is drawn so that nothing is drawn
 * over anything else: one spoke per sector, spread evenly; the four intensities as rings, each as wide
 * as its most crowded sector needs; each actor a numbered dot inside its sector's wedge and its ring,
 * in rows that keep the dots apart; the ring numbers in a lane between two spokes where no actor is;
 * the sector names outside the web, pushed outwards until they touch nothing; the names themselves in
 * a numbered legend beside the web. The painter draws this; the tests check that no two boxes meet.
 */
public final class WebLayout {

    /** A dot's diameter and the distance between two dots' centres. */
    static final int DOT = 18;
    static final int PITCH = DOT + 8;
    /** Room kept free at each ring's edges for the ring lines and ring numbers. */
    static final int EDGE = 13;
    static final int MIN_BAND = 64;
    /** The share of a sector's wedge its actors use; the rest keeps sectors apart. */
    static final double USED = 0.8;
    /** The lane for the ring numbers, between the last and the first spoke (radians). */
    static final double LANE = Math.toRadians(14);
    static final int TOP = 78;
    static final int MARGIN = 24;
    static final int LEGEND_WIDTH = 400;

    /** One thing on the picture, and what it is; a round one (a dot) is the circle inside its bounds. */
    public record Box(String what, Rectangle2D bounds, boolean round) {

        /** Whether the two are drawn over each other. */
        public boolean meets(Box other) {
            if (round && other.round) {
                double dx = bounds.getCenterX() - other.bounds.getCenterX();
                double dy = bounds.getCenterY() - other.bounds.getCenterY();
                double reach = (bounds.getWidth() + other.bounds.getWidth()) / 2;
                return dx * dx + dy * dy < reach * reach;
            }
            if (round || other.round) {
                Box circle = round ? this : other;
                Rectangle2D rectangle = round ? other.bounds : bounds;
                double x = Math.max(rectangle.getMinX(), Math.min(circle.bounds.getCenterX(), rectangle.getMaxX()));
                double y = Math.max(rectangle.getMinY(), Math.min(circle.bounds.getCenterY(), rectangle.getMaxY()));
                double dx = circle.bounds.getCenterX() - x;
                double dy = circle.bounds.getCenterY() - y;
                return dx * dx + dy * dy < Math.pow(circle.bounds.getWidth() / 2, 2);
            }
            return bounds.intersects(other.bounds);
        }
    }

    public record Dot(int number, Placement placement, Point2D centre) {
    }

    public record Label(String text, double x, double baseline, Rectangle2D bounds) {
    }

    public record Spoke(Sector sector, double angle, Label label) {
    }

    public record LegendRow(int number, Placement placement, List<String> lines, double top, Rectangle2D bounds) {
    }

    private final double cx;
    private final double cy;
    /** Outer radius of each intensity's ring; together innermost. */
    private final Map<Intensity, double[]> bands = new EnumMap<>(Intensity.class);
    private final List<Spoke> spokes = new ArrayList<>();
    private final List<Dot> dots = new ArrayList<>();
    private final List<Label> ringLabels = new ArrayList<>();
    private final List<LegendRow> legend = new ArrayList<>();
    private final double legendLeft;
    private double legendHeaderTop;
    /** The rings' four lines, the symbols' four and two headings, with a line's room between them. */
    static final int HEADER_LINES = 11;
    private final int width;
    private final int height;
    private final double outer;

    /**
     * @param labelFont measures the sector names and legend lines
     * @param sectorName how a sector is named in the picture's language
     */
    public WebLayout(List<Placement> placements, FontMetrics labelFont, FontMetrics legendFont,
            Function<Sector, String> sectorName) {
        Map<Sector, List<Placement>> bySector = new TreeMap<>();
        placements.forEach(p -> bySector.computeIfAbsent(p.sector() == null ? Sector.OTHER : p.sector(),
                s -> new ArrayList<>()).add(p));
        int sectors = Math.max(1, bySector.size());
        double wedge = (2 * Math.PI - LANE) / sectors;
        double usable = wedge * (sectors == 1 ? 0.9 : USED);
        // rings from the centre out: each as wide as the most crowded sector needs, at least MIN_BAND
        double inner = 14;
        Intensity[] inward = {Intensity.CARRY_OUT_TOGETHER, Intensity.ALIGN_ACTIVITIES, Intensity.SHARE_INFORMATION,
                Intensity.REFER};
        Map<Intensity, Map<Sector, List<Placement>>> cells = new EnumMap<>(Intensity.class);
        for (Intensity intensity : inward) {
            Map<Sector, List<Placement>> cell = new LinkedHashMap<>();
            bySector.forEach((sector, list) -> cell.put(sector, list.stream()
                    .filter(p -> ring(p) == intensity).toList()));
            cells.put(intensity, cell);
            int crowd = cell.values().stream().mapToInt(List::size).max().orElse(0);
            double outerRadius = Math.max(inner + MIN_BAND, inner + EDGE + rowsFor(crowd, inner + EDGE, usable) + EDGE);
            bands.put(intensity, new double[] {inner, outerRadius});
            inner = outerRadius;
        }
        outer = inner;
        // the sector names around the web, pushed out until they meet nothing; they set the web's size
        List<double[]> angles = new ArrayList<>();
        int index = 0;
        for (Sector sector : bySector.keySet()) {
            angles.add(new double[] {-Math.PI / 2 + LANE / 2 + wedge * (index++ + 0.5)});
        }
        double labelRoom = 0;
        List<Rectangle2D> relative = new ArrayList<>();
        index = 0;
        for (Sector sector : bySector.keySet()) {
            double angle = angles.get(index++)[0];
            String name = sectorName.apply(sector);
            int w = labelFont.stringWidth(name);
            int h = labelFont.getAscent() + labelFont.getDescent();
            double distance = outer + 14;
            Rectangle2D box;
            while (true) {
                double lx = Math.cos(angle) * distance;
                double ly = Math.sin(angle) * distance;
                double left = Math.cos(angle) < -0.2 ? lx - w : Math.cos(angle) > 0.2 ? lx : lx - w / 2.0;
                double top = Math.sin(angle) < -0.2 ? ly - h : Math.sin(angle) > 0.2 ? ly : ly - h / 2.0;
                box = new Rectangle2D.Double(left, top, w, h);
                final Rectangle2D candidate = box;
                if (relative.stream().noneMatch(r -> grown(r, 3).intersects(candidate))) {
                    break;
                }
                distance += h;
            }
            relative.add(box);
            labelRoom = Math.max(labelRoom, Math.max(Math.max(-box.getMinX(), box.getMaxX()),
                    Math.max(-box.getMinY(), box.getMaxY())) - outer);
        }
        double half = outer + labelRoom + 8;
        cx = MARGIN + half;
        cy = TOP + half;
        index = 0;
        for (Map.Entry<Sector, List<Placement>> entry : bySector.entrySet()) {
            Rectangle2D r = relative.get(index);
            double angle = angles.get(index++)[0];
            Rectangle2D box = new Rectangle2D.Double(cx + r.getX(), cy + r.getY(), r.getWidth(), r.getHeight());
            spokes.add(new Spoke(entry.getKey(), angle, new Label(sectorName.apply(entry.getKey()), box.getX(),
                    box.getY() + labelFont.getAscent(), box)));
        }
        // numbered dots, numbered in the order of the legend: by sector, then ring from the centre out
        int number = 1;
        for (Intensity intensity : inward) {
            for (int s = 0; s < spokes.size(); s++) {
                List<Placement> cell = cells.get(intensity).get(spokes.get(s).sector());
                place(cell, spokes.get(s).angle(), usable, bands.get(intensity));
            }
        }
        dots.sort(java.util.Comparator.comparingInt(d -> order(d, bySector)));
        List<Dot> numbered = new ArrayList<>();
        for (Dot d : dots) {
            numbered.add(new Dot(number++, d.placement(), d.centre()));
        }
        dots.clear();
        dots.addAll(numbered);
        // the ring numbers in the lane at the top, between the last spoke and the first
        double laneAngle = -Math.PI / 2;
        for (Intensity intensity : inward) {
            double[] band = bands.get(intensity);
            String text = String.valueOf(intensity.level());
            int w = labelFont.stringWidth(text);
            int h = labelFont.getAscent();
            double r = (band[0] + band[1]) / 2;
            double x = cx + Math.cos(laneAngle) * r - w / 2.0;
            double baseline = cy + Math.sin(laneAngle) * r + h / 2.0;
            ringLabels.add(new Label(text, x, baseline, new Rectangle2D.Double(x - 2, baseline - h - 1, w + 4, h + 3)));
        }
        // the legend beside the web: number, name (wrapped), sector, now and needed
        legendLeft = cx + half + 16;
        int lineHeight = legendFont.getAscent() + legendFont.getDescent() + 1;
        // above the rows: what the rings and the symbols mean (HEADER_LINES lines)
        legendHeaderTop = TOP + 10;
        double y = legendHeaderTop + HEADER_LINES * (lineHeight + 2) + 16;
        for (Dot d : dots) {
            Placement p = d.placement();
            String text = p.actorName() + "  ·  " + sectorName.apply(p.sector() == null ? Sector.OTHER : p.sector())
                    + ", " + level(p.current()) + (p.needed() != null && p.needed() != p.current()
                    ? " → " + level(p.needed()) : "");
            List<String> lines = Pictures.wrap(text, legendFont, LEGEND_WIDTH - 40);
            double rowHeight = lines.size() * lineHeight + 4;
            legend.add(new LegendRow(d.number(), d.placement(), lines, y, new Rectangle2D.Double(legendLeft, y,
                    LEGEND_WIDTH, rowHeight)));
            y += rowHeight + 2;
        }
        width = (int) Math.ceil(legendLeft + LEGEND_WIDTH + MARGIN);
        height = (int) Math.ceil(Math.max(cy + half + 70, y + 80));
    }

    private static String level(Intensity intensity) {
        return intensity == null ? "—" : String.valueOf(intensity.level());
    }

    private static Intensity ring(Placement p) {
        return p.current() == null ? Intensity.REFER : p.current();
    }

    private static int order(Dot d, Map<Sector, List<Placement>> bySector) {
        Sector sector = d.placement().sector() == null ? Sector.OTHER : d.placement().sector();
        int s = new ArrayList<>(bySector.keySet()).indexOf(sector);
        return s * 10_000 + (4 - ring(d.placement()).level()) * 1000 + bySector.get(sector).indexOf(d.placement());
    }

    /** How much radial room {@code count} dots need in a wedge of {@code usable} radians starting at {@code from}. */
    static double rowsFor(int count, double from, double usable) {
        if (count == 0) {
            return 0;
        }
        double r = from + DOT / 2.0;
        int placed = 0;
        while (true) {
            placed += perRow(r, usable);
            if (placed >= count) {
                return r + DOT / 2.0 - from;
            }
            r += PITCH;
        }
    }

    /** How many dots fit side by side at this radius within the wedge, keeping their edges inside it. */
    static int perRow(double radius, double usable) {
        return (int) Math.floor(radius * usable / PITCH);
    }

    /** The cell's dots in rows from its outer edge inwards, each row centred on the spoke. */
    private void place(List<Placement> cell, double angle, double usable, double[] band) {
        double r = band[1] - EDGE - DOT / 2.0;
        double innermost = band[0] + EDGE + DOT / 2.0;
        int next = 0;
        while (next < cell.size()) {
            int fits = perRow(r, usable);
            int inRow = Math.min(cell.size() - next, r - PITCH < innermost ? Math.max(1, cell.size() - next) : fits);
            double step = PITCH / r;
            for (int k = 0; k < inRow; k++) {
                double a = angle + (k - (inRow - 1) / 2.0) * step;
                dots.add(new Dot(0, cell.get(next + k), new Point2D.Double(cx + Math.cos(a) * r, cy + Math.sin(a) * r)));
            }
            next += inRow;
            r -= PITCH;
        }
    }

    private static Rectangle2D grown(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }

    /** Every box drawn: dots, ring numbers, sector names, legend rows, to check that none meets another. */
    public List<Box> boxes() {
        List<Box> boxes = new ArrayList<>();
        // a dot with its rim for "another intensity needed"
        dots.forEach(d -> boxes.add(new Box("dot " + d.number(), new Rectangle2D.Double(d.centre().getX() - DOT / 2.0
                - 3, d.centre().getY() - DOT / 2.0 - 3, DOT + 6, DOT + 6), true)));
        ringLabels.forEach(l -> boxes.add(new Box("ring " + l.text(), l.bounds(), false)));
        spokes.forEach(s -> boxes.add(new Box("sector " + s.sector(), s.label().bounds(), false)));
        legend.forEach(l -> boxes.add(new Box("legend " + l.number(), l.bounds(), false)));
        return boxes;
    }

    public double cx() {
        return cx;
    }

    public double cy() {
        return cy;
    }

    public double outer() {
        return outer;
    }

    public double[] band(Intensity intensity) {
        return bands.get(intensity).clone();
    }

    public List<Spoke> spokes() {
        return spokes;
    }

    public List<Dot> dots() {
        return dots;
    }

    public List<Label> ringLabels() {
        return ringLabels;
    }

    public List<LegendRow> legend() {
        return legend;
    }

    public double legendLeft() {
        return legendLeft;
    }

    public double legendHeaderTop() {
        return legendHeaderTop;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
