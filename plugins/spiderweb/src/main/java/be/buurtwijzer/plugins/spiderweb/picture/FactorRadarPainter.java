package be.buurtwijzer.plugins.spiderweb.picture;

import be.buurtwijzer.plugins.support.Pictures;
import be.buurtwijzer.plugins.spiderweb.domain.Factor;
import be.buurtwijzer.plugins.spiderweb.domain.FactorScore;
import be.buurtwijzer.plugins.spiderweb.domain.WebRules;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** The factor radar: one axis per scored factor, stimulating ones in green, inhibiting ones in red. */
public final class FactorRadarPainter implements Consumer<Graphics2D> {

    public static final int WIDTH = 760;
    public static final int HEIGHT = 700;
    private static final int CX = 380;
    private static final int CY = 370;
    private static final int R = 190;
    private static final Color STIMULATING = new Color(0x1E8449);
    private static final Color INHIBITING = new Color(0xB03A2E);

    private final String title;
    private final List<FactorScore> scores;
    private final Map<String, Factor> factors;
    private final Locale locale;

    public FactorRadarPainter(String title, List<FactorScore> scores, Map<String, Factor> factors, Locale locale) {
        this.title = title;
        this.scores = scores.stream().filter(s -> factors.containsKey(s.factorId())).toList();
        this.factors = factors;
        this.locale = locale;
    }

    @Override
    public void accept(Graphics2D g) {
        Pictures.page(g, WIDTH, HEIGHT, title);
        int n = Math.max(3, scores.size());
        g.setStroke(new BasicStroke(1f));
        for (int level = 1; level <= WebRules.MAX_SCORE; level++) {
            Path2D ring = new Path2D.Double();
            for (int i = 0; i < n; i++) {
                double a = angle(i, n);
                double r = R * level / (double) WebRules.MAX_SCORE;
                if (i == 0) {
                    ring.moveTo(CX + Math.cos(a) * r, CY + Math.sin(a) * r);
                } else {
                    ring.lineTo(CX + Math.cos(a) * r, CY + Math.sin(a) * r);
                }
            }
            ring.closePath();
            g.setColor(new Color(0xD5D8DC));
            g.draw(ring);
        }
        Path2D shape = new Path2D.Double();
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int i = 0; i < scores.size(); i++) {
            FactorScore score = scores.get(i);
            Factor factor = factors.get(score.factorId());
            double a = angle(i, n);
            g.setColor(new Color(0xAAB7B8));
            g.draw(new Line2D.Double(CX, CY, CX + Math.cos(a) * R, CY + Math.sin(a) * R));
            double r = R * score.score() / (double) WebRules.MAX_SCORE;
            if (i == 0) {
                shape.moveTo(CX + Math.cos(a) * r, CY + Math.sin(a) * r);
            } else {
                shape.lineTo(CX + Math.cos(a) * r, CY + Math.sin(a) * r);
            }
            g.setColor(factor.kind() == Factor.Kind.STIMULATING ? STIMULATING : INHIBITING);
            String label = factor.label().in(locale) + " (" + score.score() + ")";
            double lx = CX + Math.cos(a) * (R + 14);
            double ly = CY + Math.sin(a) * (R + 14);
            int w = g.getFontMetrics().stringWidth(label);
            double left = Math.cos(a) < -0.2 ? lx - w : Math.cos(a) > 0.2 ? lx : lx - w / 2.0;
            // kept inside the picture: long factor names would otherwise be cut off at its sides
            g.drawString(label, (float) Math.max(4, Math.min(WIDTH - 4 - w, left)), (float) ly + 4);
        }
        if (!scores.isEmpty()) {
            shape.closePath();
            g.setColor(new Color(31, 111, 139, 60));
            g.fill(shape);
            g.setColor(new Color(0x1F6F8B));
            g.setStroke(new BasicStroke(2f));
            g.draw(shape);
        }
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }
}
