package be.buurtwijzer.plugins.spiderweb.picture;

import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugins.spiderweb.domain.Enthusiasm;
import be.buurtwijzer.plugins.spiderweb.domain.Placement;
import be.buurtwijzer.plugins.spiderweb.domain.WebState;
import be.buurtwijzer.plugins.support.Pictures;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The ecosystem spider web (003, "Ontwar de bomen"): the challenge in the middle, one spoke per sector,
 * the four intensities as rings numbered 4 (carrying out together, innermost) to 1 (referring). Each
 * actor is a numbered dot on its sector's wedge in the ring of its current intensity: filled for fire,
 * open for sparks, with a blue rim when the collaboration needs another intensity. The numbers lead to
 * the legend beside the web, where the names, sectors and the intensity now and needed are written out.
 * {@link WebLayout} places everything so that nothing is drawn over anything else.
 */
public final class SpiderWebPainter implements Consumer<Graphics2D> {

    private static final Color FIRE = new Color(0xC0392B);
    private static final Color SPARK = new Color(0x9A6208);
    private static final Color NEED = new Color(0x1F6F8B);
    private static final Color UNKNOWN = new Color(0x767676);
    static final Font SECTOR = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font NUMBER = new Font(Font.SANS_SERIF, Font.BOLD, 10);

    private final String title;
    private final String subtitle;
    private final Locale locale;
    private final WebLayout layout;

    /** @param subtitle the municipality, the date and (for a snapshot) which snapshot */
    public SpiderWebPainter(String title, String subtitle, WebState state, Locale locale) {
        this.title = title;
        this.subtitle = subtitle;
        this.locale = locale;
        this.layout = layout(state, locale);
    }

    public static WebLayout layout(WebState state, Locale locale) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            FontMetrics sector = g.getFontMetrics(SECTOR);
            FontMetrics legend = g.getFontMetrics(LEGEND);
            return new WebLayout(state.placements(), sector, legend, s -> s.label().in(locale));
        } finally {
            g.dispose();
        }
    }

    public int width() {
        return layout.width();
    }

    public int height() {
        return layout.height();
    }

    public WebLayout layout() {
        return layout;
    }

    @Override
    public void accept(Graphics2D g) {
        Pictures.page(g, width(), height(), title);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(new Color(0x424949));
        g.drawString(subtitle, 24, 58);
        double cx = layout.cx();
        double cy = layout.cy();
        for (Intensity intensity : Intensity.values()) {
            // from the outermost ring (refer) inwards, so each band keeps its own shade
            double r = layout.band(intensity)[1];
            g.setColor(intensity.level() % 2 == 0 ? new Color(0xEEF1F2) : Color.WHITE);
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        }
        g.setStroke(new BasicStroke(1f));
        g.setColor(new Color(0xB2BABB));
        for (Intensity intensity : Intensity.values()) {
            double r = layout.band(intensity)[1];
            g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        }
        for (WebLayout.Spoke spoke : layout.spokes()) {
            g.setColor(new Color(0xAAB7B8));
            g.draw(new Line2D.Double(cx, cy, cx + Math.cos(spoke.angle()) * (layout.outer() + 6),
                    cy + Math.sin(spoke.angle()) * (layout.outer() + 6)));
            g.setColor(Color.BLACK);
            g.setFont(SECTOR);
            g.drawString(spoke.label().text(), (float) spoke.label().x(), (float) spoke.label().baseline());
        }
        g.setFont(SECTOR);
        g.setColor(new Color(0x566573));
        for (WebLayout.Label ring : layout.ringLabels()) {
            g.drawString(ring.text(), (float) ring.x(), (float) ring.baseline());
        }
        g.setColor(new Color(0x1B2631));
        g.fill(new Ellipse2D.Double(cx - 6, cy - 6, 12, 12));
        for (WebLayout.Dot dot : layout.dots()) {
            paintDot(g, dot.placement(), dot.centre().getX(), dot.centre().getY(), dot.number());
        }
        legend(g);
    }

    private void paintDot(Graphics2D g, Placement p, double x, double y, int number) {
        double d = WebLayout.DOT;
        Ellipse2D dot = new Ellipse2D.Double(x - d / 2, y - d / 2, d, d);
        // not chosen yet: an open grey circle, never drawn as if it were fire
        Color colour = p.enthusiasm() == null ? UNKNOWN : p.enthusiasm() == Enthusiasm.SPARK ? SPARK : FIRE;
        if (p.enthusiasm() != Enthusiasm.FIRE) {
            g.setColor(Color.WHITE);
            g.fill(dot);
            g.setColor(colour);
            g.setStroke(new BasicStroke(2f));
            g.draw(dot);
        } else {
            g.setColor(colour);
            g.fill(dot);
        }
        if (p.needed() != null && p.needed() != p.current()) {
            g.setColor(NEED);
            g.setStroke(new BasicStroke(2f));
            g.draw(new Ellipse2D.Double(x - d / 2 - 2, y - d / 2 - 2, d + 4, d + 4));
        }
        g.setFont(NUMBER);
        g.setColor(p.enthusiasm() != Enthusiasm.FIRE ? Color.BLACK : Color.WHITE);
        String text = String.valueOf(number);
        int w = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (float) (x - w / 2.0), (float) (y + 4));
    }

    private void legend(Graphics2D g) {
        double left = layout.legendLeft();
        FontMetrics metrics = g.getFontMetrics(LEGEND);
        int line = metrics.getAscent() + metrics.getDescent() + 3;
        double y = layout.legendHeaderTop() + metrics.getAscent();
        g.setFont(LEGEND.deriveFont(Font.BOLD));
        g.setColor(Color.BLACK);
        g.drawString(Text.pick(locale, "Ringen: samenwerkingsintensiteit", "Rings: intensity of collaboration"),
                (float) left, (float) y);
        g.setFont(LEGEND);
        for (int level = 4; level >= 1; level--) {
            y += line;
            Intensity intensity = Intensity.values()[level - 1];
            g.drawString(level + " = " + intensity.label().in(locale) + (level == 4 ? Text.pick(locale,
                    " (binnenste ring)",
                    " (innermost ring)") : ""), (float) left + 8, (float) y);
        }
        y += line + 6;
        g.setFont(LEGEND.deriveFont(Font.BOLD));
        g.drawString(Text.pick(locale, "Tekens", "Symbols"), (float) left, (float) y);
        g.setFont(LEGEND);
        y += line;
        g.setColor(FIRE);
        g.fill(new Ellipse2D.Double(left + 8, y - 11, 12, 12));
        g.setColor(Color.BLACK);
        g.drawString(Text.pick(locale, "vuur: wil mee trekken", "fire: wants to pull along"), (float) left + 28,
                (float) y);
        y += line;
        g.setColor(SPARK);
        g.setStroke(new BasicStroke(2f));
        g.draw(new Ellipse2D.Double(left + 8, y - 11, 12, 12));
        g.setColor(Color.BLACK);
        g.drawString(Text.pick(locale, "vonken: interesse, nog niet engagement",
                "sparks: interest, not yet commitment"),
                (float) left + 28, (float) y);
        y += line;
        g.setColor(UNKNOWN);
        g.draw(new Ellipse2D.Double(left + 8, y - 11, 12, 12));
        g.setColor(Color.BLACK);
        g.drawString(Text.pick(locale, "grijs: vuur of vonken nog niet gekozen", "grey: fire or sparks not chosen yet"),
                (float) left + 28, (float) y);
        y += line;
        g.setColor(NEED);
        g.draw(new Ellipse2D.Double(left + 6, y - 13, 16, 16));
        g.setColor(Color.BLACK);
        g.drawString(Text.pick(locale, "blauwe rand: een andere intensiteit is nodig",
                "blue rim: another intensity is needed"),
                (float) left + 28, (float) y);
        for (WebLayout.LegendRow row : layout.legend()) {
            Placement p = row.placement();
            double baseline = row.top() + metrics.getAscent();
            g.setFont(LEGEND.deriveFont(Font.BOLD));
            g.setColor(Color.BLACK);
            g.drawString(String.valueOf(row.number()), (float) left, (float) baseline);
            g.setFont(LEGEND);
            for (int i = 0; i < row.lines().size(); i++) {
                g.drawString(row.lines().get(i), (float) left + 30, (float) (baseline + i * (metrics.getAscent()
                        + metrics.getDescent() + 1)));
            }
        }
    }
}
