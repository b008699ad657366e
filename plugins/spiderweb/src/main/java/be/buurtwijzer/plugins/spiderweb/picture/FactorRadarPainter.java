package be.buurtwijzer.plugins.spiderweb.picture;

import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugins.spiderweb.domain.Factor;
import be.buurtwijzer.plugins.spiderweb.domain.FactorScore;
import be.buurtwijzer.plugins.spiderweb.domain.WebRules;
import be.buurtwijzer.plugins.support.Pictures;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The factors of a web (003, the ladder of stimulating and the whirlpool of inhibiting factors) with
 * their scores 0–5: stimulating factors as one series in green, inhibiting ones as another in red, each
 * with its own legend. With three or more factors a radar (numbered axes, stimulating ones on the right,
 * inhibiting ones on the left, score rings 0–5); with one or two, bars, since a radar of one or two axes
 * shows nothing. The factor names are in the numbered list beside the picture.
 */
public final class FactorRadarPainter implements Consumer<Graphics2D> {

    private static final Color STIMULATING = new Color(0x1E8449);
    private static final Color INHIBITING = new Color(0xB03A2E);
    private static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final int R = 220;
    private static final int TOP = 90;
    private static final int LEGEND_WIDTH = 380;

    private final String title;
    private final String subtitle;
    /** Stimulating factors first, then inhibiting ones; each in the order they were scored. */
    private final List<FactorScore> scores;
    private final Map<String, Factor> factors;
    private final Locale locale;
    private final boolean bars;
    private final int width;
    private final int height;

    public FactorRadarPainter(String title, String subtitle, List<FactorScore> scores, Map<String, Factor> factors,
            Locale locale) {
        this.title = title;
        this.subtitle = subtitle;
        List<FactorScore> known = scores.stream().filter(s -> factors.containsKey(s.factorId())).toList();
        this.scores = known.stream().sorted(Comparator.comparing(s -> factors.get(s.factorId()).kind())).toList();
        this.factors = factors;
        this.locale = locale;
        this.bars = this.scores.size() < 3;
        int rows = Math.max(1, this.scores.size());
        this.width = bars ? 900 : 24 + 2 * R + 120 + LEGEND_WIDTH + 24;
        this.height = bars ? TOP + 120 + rows * 60 + 60 : Math.max(TOP + 2 * R + 100, TOP + 150 + rows * 24 + 40);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    private double cx() {
        return 24 + 60 + R;
    }

    private double cy() {
        return TOP + 40 + R;
    }

    @Override
    public void accept(Graphics2D g) {
        Pictures.page(g, width, height, title);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(new Color(0x424949));
        g.drawString(subtitle, 24, 58);
        if (scores.isEmpty()) {
            g.setColor(Color.BLACK);
            g.drawString(Text.pick(locale, "Nog geen factoren gescoord.", "No factors scored yet."), 24, TOP + 20);
            return;
        }
        if (bars) {
            paintBars(g);
        } else {
            paintRadar(g);
        }
    }

    private Color colour(FactorScore s) {
        return factors.get(s.factorId()).kind() == Factor.Kind.STIMULATING ? STIMULATING : INHIBITING;
    }

    private String name(FactorScore s) {
        return factors.get(s.factorId()).label().in(locale);
    }

    /** Axis i: stimulating factors share the right half, inhibiting ones the left; 0–5 runs up the gap at the top. */
    private double angle(int i) {
        int n = scores.size();
        return -Math.PI / 2 + 2 * Math.PI * (i + 0.5) / n;
    }

    private void paintRadar(Graphics2D g) {
        double cx = cx();
        double cy = cy();
        int n = scores.size();
        g.setStroke(new BasicStroke(1f));
        for (int level = 1; level <= WebRules.MAX_SCORE; level++) {
            double r = R * level / (double) WebRules.MAX_SCORE;
            g.setColor(new Color(0xD5D8DC));
            g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.setColor(new Color(0x566573));
        for (int level = 0; level <= WebRules.MAX_SCORE; level++) {
            double r = R * level / (double) WebRules.MAX_SCORE;
            String tick = String.valueOf(level);
            g.drawString(tick, (float) (cx - g.getFontMetrics().stringWidth(tick) / 2.0), (float) (cy - r + 4));
        }
        for (Factor.Kind kind : Factor.Kind.values()) {
            Path2D fan = new Path2D.Double();
            fan.moveTo(cx, cy);
            boolean any = false;
            for (int i = 0; i < n; i++) {
                FactorScore s = scores.get(i);
                if (factors.get(s.factorId()).kind() != kind) {
                    continue;
                }
                double r = R * s.score() / (double) WebRules.MAX_SCORE;
                fan.lineTo(cx + Math.cos(angle(i)) * r, cy + Math.sin(angle(i)) * r);
                any = true;
            }
            if (any) {
                fan.closePath();
                Color c = kind == Factor.Kind.STIMULATING ? STIMULATING : INHIBITING;
                g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 50));
                g.fill(fan);
                g.setColor(c);
                g.setStroke(new BasicStroke(2f));
                g.draw(fan);
            }
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        for (int i = 0; i < n; i++) {
            FactorScore s = scores.get(i);
            double a = angle(i);
            g.setColor(new Color(0xAAB7B8));
            g.setStroke(new BasicStroke(1f));
            g.draw(new Line2D.Double(cx, cy, cx + Math.cos(a) * R, cy + Math.sin(a) * R));
            double r = R * s.score() / (double) WebRules.MAX_SCORE;
            g.setColor(colour(s));
            g.fill(new Ellipse2D.Double(cx + Math.cos(a) * r - 4, cy + Math.sin(a) * r - 4, 8, 8));
            String number = String.valueOf(i + 1);
            int w = g.getFontMetrics().stringWidth(number);
            g.drawString(number, (float) (cx + Math.cos(a) * (R + 16) - w / 2.0), (float) (cy + Math.sin(a) * (R + 16) + 4));
        }
        legend(g, cx + R + 60, TOP + 20);
    }

    private void paintBars(Graphics2D g) {
        double left = 320;
        double barWidth = width - left - 80;
        double y = TOP + 60;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int level = 0; level <= WebRules.MAX_SCORE; level++) {
            double x = left + barWidth * level / WebRules.MAX_SCORE;
            g.setColor(new Color(0xD5D8DC));
            g.draw(new Line2D.Double(x, y - 10, x, y + scores.size() * 60));
            g.setColor(new Color(0x566573));
            g.drawString(String.valueOf(level), (float) x - 3, (float) y - 14);
        }
        g.setFont(LEGEND);
        FontMetrics metrics = g.getFontMetrics();
        for (FactorScore s : scores) {
            g.setColor(Color.BLACK);
            List<String> lines = Pictures.wrap(name(s), metrics, (int) left - 40);
            for (int k = 0; k < lines.size() && k < 3; k++) {
                g.drawString(lines.get(k), 24, (float) (y + 14 + k * 15));
            }
            g.setColor(colour(s));
            g.fill(new Rectangle2D.Double(left, y + 2, barWidth * s.score() / WebRules.MAX_SCORE, 22));
            g.drawString(String.valueOf(s.score()), (float) (left + barWidth * s.score() / WebRules.MAX_SCORE + 6),
                    (float) y + 18);
            y += 60;
        }
        kinds(g, 24, y + 20);
    }

    private void legend(Graphics2D g, double left, double top) {
        g.setFont(LEGEND);
        FontMetrics metrics = g.getFontMetrics();
        double y = kinds(g, left, top);
        y += 10;
        for (int i = 0; i < scores.size(); i++) {
            FactorScore s = scores.get(i);
            g.setColor(colour(s));
            g.setFont(LEGEND.deriveFont(Font.BOLD));
            g.drawString(String.valueOf(i + 1), (float) left, (float) y);
            g.setFont(LEGEND);
            List<String> lines = Pictures.wrap(name(s) + " (" + s.score() + ")", metrics, LEGEND_WIDTH - 40);
            for (String line : lines) {
                g.drawString(line, (float) left + 28, (float) y);
                y += metrics.getHeight();
            }
            y += 3;
        }
    }

    /** The two series' colours; returns the baseline below them. */
    private double kinds(Graphics2D g, double left, double top) {
        g.setFont(LEGEND);
        double y = top + 12;
        g.setColor(STIMULATING);
        g.fill(new Rectangle2D.Double(left, y - 10, 14, 12));
        g.setColor(Color.BLACK);
        g.drawString(Text.pick(locale, "stimulerende factoren (ladder)", "stimulating factors (ladder)"), (float) left
                + 22, (float) y);
        y += 20;
        g.setColor(INHIBITING);
        g.fill(new Rectangle2D.Double(left, y - 10, 14, 12));
        g.setColor(Color.BLACK);
        g.drawString(Text.pick(locale, "remmende factoren (draaikolk)", "inhibiting factors (whirlpool)"),
                (float) left + 22, (float) y);
        y += 20;
        g.setColor(new Color(0x566573));
        g.drawString(Text.pick(locale, "score: 0 = niet aan de orde, 5 = heel sterk",
                "score: 0 = not at play, 5 = very strong"),
                (float) left, (float) y);
        return y + 22;
    }

    /** For the tests: whether this picture shows bars rather than a radar. */
    boolean bars() {
        return bars;
    }

    List<String> order() {
        List<String> ids = new ArrayList<>();
        scores.forEach(s -> ids.add(s.factorId()));
        return ids;
    }
}
