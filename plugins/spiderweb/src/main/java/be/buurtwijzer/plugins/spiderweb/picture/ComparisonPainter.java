package be.buurtwijzer.plugins.spiderweb.picture;

import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugins.spiderweb.domain.Factor;
import be.buurtwijzer.plugins.spiderweb.domain.FactorScore;
import be.buurtwijzer.plugins.spiderweb.domain.Placement;
import be.buurtwijzer.plugins.spiderweb.domain.WebRules;
import be.buurtwijzer.plugins.spiderweb.domain.WebState;
import be.buurtwijzer.plugins.support.Pictures;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What changed between two moments of a web: one row per actor on the intensity scale 1–4 (an arrow
 * from then to now, green when it moved inward, orange when outward; new and gone actors marked), and
 * one row per factor on the score scale 0–5.
 */
public final class ComparisonPainter implements Consumer<Graphics2D> {

    private static final Color INWARD = new Color(0x1E8449);
    private static final Color OUTWARD = new Color(0xB9770E);
    private static final Color SAME = new Color(0x566573);
    private static final int NAME_WIDTH = 380;
    private static final int AXIS = 420;
    private static final int ROW = 30;

    private final String title;
    private final String subtitle;
    private final Locale locale;
    private final List<Placement[]> actors = new ArrayList<>();
    private final List<Object[]> factorRows = new ArrayList<>();
    private final int height;

    public ComparisonPainter(String title, String subtitle, WebState from, WebState to, Map<String, Factor> factors,
            Locale locale) {
        this.title = title;
        this.subtitle = subtitle;
        this.locale = locale;
        Map<String, Placement[]> byActor = new LinkedHashMap<>();
        from.placements().forEach(p -> byActor.computeIfAbsent(p.actorId(), k -> new Placement[2])[0] = p);
        to.placements().forEach(p -> byActor.computeIfAbsent(p.actorId(), k -> new Placement[2])[1] = p);
        actors.addAll(byActor.values());
        Map<String, Integer> before = new LinkedHashMap<>();
        from.factors().forEach(f -> before.put(f.factorId(), f.score()));
        Map<String, Integer> after = new LinkedHashMap<>();
        to.factors().forEach(f -> after.put(f.factorId(), f.score()));
        Set<String> ids = new LinkedHashSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (String id : ids) {
            Factor factor = factors.get(id);
            factorRows.add(new Object[] {factor == null ? id : factor.label().in(locale), before.getOrDefault(id, 0),
                    after.getOrDefault(id, 0), factor == null ? null : factor.kind()});
        }
        this.height = 140 + actors.size() * ROW + 80 + factorRows.size() * ROW + 80;
    }

    public String title() {
        return title + " — " + subtitle;
    }

    public int width() {
        return 24 + NAME_WIDTH + AXIS + 180;
    }

    public int height() {
        return height;
    }

    @Override
    public void accept(Graphics2D g) {
        Pictures.page(g, width(), height, title);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(new Color(0x424949));
        g.drawString(subtitle, 24, 58);
        double left = 24 + NAME_WIDTH;
        double y = 100;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.setColor(Color.BLACK);
        g.drawString(Text.pick(locale, "Actoren: samenwerkingsintensiteit (1 doorverwijzen … 4 samen uitvoeren)",
                "Actors: intensity of collaboration (1 refer … 4 carry out together)"), 24, (float) y);
        y += 24;
        axis(g, left, y, 1, 4, actors.size());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (Placement[] pair : actors) {
            y += ROW;
            Placement then = pair[0];
            Placement now = pair[1];
            String name = (now != null ? now : then).actorName();
            g.setColor(Color.BLACK);
            List<String> lines = Pictures.wrap(name == null ? "" : name, g.getFontMetrics(), NAME_WIDTH - 16);
            name(g, lines, y);
            Double a = then == null ? null : x(left, level(then.current()), 1, 4);
            Double b = now == null ? null : x(left, level(now.current()), 1, 4);
            String note;
            if (a != null && b != null) {
                Color c = b > a ? INWARD : b < a ? OUTWARD : SAME;
                arrow(g, a, b, y, c);
                note = b > a ? Text.pick(locale, "naar binnen", "inward") : b < a ? Text.pick(locale, "naar buiten",
                        "outward") : Text.pick(locale, "gelijk", "same");
            } else if (b != null) {
                dot(g, b, y, INWARD, true);
                note = Text.pick(locale, "nieuw", "joined");
            } else {
                dot(g, a, y, OUTWARD, false);
                note = Text.pick(locale, "niet meer in het web", "left");
            }
            g.setColor(SAME);
            g.drawString(note, (float) (left + AXIS + 16), (float) y + 4);
        }
        y += ROW + 40;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.setColor(Color.BLACK);
        g.drawString(Text.pick(locale, "Factoren: score 0–5", "Factors: score 0–5"), 24, (float) y);
        y += 24;
        axis(g, left, y, 0, WebRules.MAX_SCORE, factorRows.size());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (Object[] row : factorRows) {
            y += ROW;
            g.setColor(row[3] == Factor.Kind.INHIBITING ? new Color(0xB03A2E) : new Color(0x1E8449));
            List<String> lines = Pictures.wrap((String) row[0], g.getFontMetrics(), NAME_WIDTH - 16);
            name(g, lines, y);
            double a = x(left, (Integer) row[1], 0, WebRules.MAX_SCORE);
            double b = x(left, (Integer) row[2], 0, WebRules.MAX_SCORE);
            arrow(g, a, b, y, a == b ? SAME : b > a ? new Color(0x1F6F8B) : new Color(0x7D3C98));
            g.setColor(SAME);
            g.drawString(row[1] + " → " + row[2], (float) (left + AXIS + 16), (float) y + 4);
        }
    }

    /** A name on one line, or on two in a slightly smaller type; a third line only when nothing else fits. */
    private static void name(Graphics2D g, List<String> lines, double y) {
        if (lines.size() == 1) {
            g.drawString(lines.get(0), 24, (float) y + 4);
            return;
        }
        Font font = g.getFont();
        g.setFont(font.deriveFont(11f));
        g.drawString(lines.get(0), 24, (float) y - 2);
        g.drawString(String.join(" ", lines.subList(1, lines.size())), 24, (float) y + 11);
        g.setFont(font);
    }

    private static int level(Intensity intensity) {
        return intensity == null ? 1 : intensity.level();
    }

    private static double x(double left, int value, int min, int max) {
        return left + 10 + (AXIS - 20) * (value - min) / (double) (max - min);
    }

    private void axis(Graphics2D g, double left, double y, int min, int max, int rows) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int v = min; v <= max; v++) {
            double x = x(left, v, min, max);
            g.setColor(new Color(0xD5D8DC));
            g.draw(new Line2D.Double(x, y + 8, x, y + 8 + rows * ROW + 8));
            g.setColor(SAME);
            String s = String.valueOf(v);
            g.drawString(s, (float) (x - g.getFontMetrics().stringWidth(s) / 2.0), (float) y);
        }
    }

    private static void arrow(Graphics2D g, double from, double to, double y, Color colour) {
        g.setColor(colour);
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new Ellipse2D.Double(from - 5, y - 5, 10, 10));
        if (from == to) {
            g.fill(new Ellipse2D.Double(from - 5, y - 5, 10, 10));
            return;
        }
        g.draw(new Line2D.Double(from, y, to, y));
        double dir = Math.signum(to - from);
        Path2D head = new Path2D.Double();
        head.moveTo(to, y);
        head.lineTo(to - dir * 10, y - 6);
        head.lineTo(to - dir * 10, y + 6);
        head.closePath();
        g.fill(head);
    }

    private static void dot(Graphics2D g, double x, double y, Color colour, boolean filled) {
        g.setColor(colour);
        g.setStroke(new BasicStroke(2.5f));
        Ellipse2D d = new Ellipse2D.Double(x - 6, y - 6, 12, 12);
        if (filled) {
            g.fill(d);
        } else {
            g.draw(d);
        }
    }
}
