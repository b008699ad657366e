package be.buurtwijzer.plugins.spiderweb.picture;

import be.buurtwijzer.plugins.support.Pictures;
import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugins.spiderweb.domain.Enthusiasm;
import be.buurtwijzer.plugins.spiderweb.domain.Placement;
import be.buurtwijzer.plugins.spiderweb.domain.Sector;
import be.buurtwijzer.plugins.spiderweb.domain.WebState;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The ecosystem spider web: the challenge in the middle, one spoke per sector, the four intensities
 * as rings (carrying out together innermost). An actor sits on its sector's spoke at its current
 * ring: a filled dot for fire, a ring for sparks; a dashed line leads to the ring the collaboration needs.
 */
public final class SpiderWebPainter implements Consumer<Graphics2D> {

    public static final int WIDTH = 760;
    public static final int HEIGHT = 800;
    private static final int CX = 380;
    private static final int CY = 420;
    private static final int RING = 70;
    private static final Color FIRE = new Color(0xC0392B);
    private static final Color SPARK = new Color(0xB9770E);
    private static final Color NEED = new Color(0x1F6F8B);

    private final String title;
    private final WebState state;
    private final Locale locale;

    public SpiderWebPainter(String title, WebState state, Locale locale) {
        this.title = title;
        this.state = state;
        this.locale = locale;
    }

    /** The ring's middle radius: intensity 4 (together) innermost. */
    static double radius(Intensity intensity) {
        return (4 - intensity.level()) * RING + RING * 0.55;
    }

    @Override
    public void accept(Graphics2D g) {
        Pictures.page(g, WIDTH, HEIGHT, title);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (Intensity intensity : Intensity.values()) {
            int r = (5 - intensity.level()) * RING;
            g.setColor(new Color(0xF4F6F7).darker());
            g.setStroke(new BasicStroke(1f));
            g.draw(new Ellipse2D.Double(CX - r, CY - r, 2.0 * r, 2.0 * r));
            g.setColor(new Color(0x566573));
            g.drawString(intensity.label().in(locale), CX + 4, CY - r + 13);
        }
        Map<Sector, List<Placement>> bySector = new TreeMap<>();
        state.placements().forEach(p -> bySector.computeIfAbsent(p.sector(), s -> new java.util.ArrayList<>()).add(p));
        int spokes = Math.max(3, bySector.size());
        int i = 0;
        for (Map.Entry<Sector, List<Placement>> entry : bySector.entrySet()) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i++ / spokes;
            double outer = 4 * RING + 12;
            g.setColor(new Color(0xAAB7B8));
            g.draw(new Line2D.Double(CX, CY, CX + Math.cos(angle) * outer, CY + Math.sin(angle) * outer));
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            String label = entry.getKey().label().in(locale);
            double lx = CX + Math.cos(angle) * (outer + 18);
            double ly = CY + Math.sin(angle) * (outer + 18);
            int w = g.getFontMetrics().stringWidth(label);
            g.drawString(label, (float) (lx - (Math.cos(angle) < -0.2 ? w : Math.cos(angle) > 0.2 ? 0 : w / 2.0)),
                    (float) ly + 4);
            List<Placement> actors = entry.getValue();
            for (int k = 0; k < actors.size(); k++) {
                // actors of one sector share 70 % of its wedge, so their dots and labels stay apart
                double spread = (k - (actors.size() - 1) / 2.0) * (0.7 * 2 * Math.PI / spokes / actors.size());
                paintActor(g, actors.get(k), angle + spread, k % 2 == 1);
            }
        }
        g.setColor(new Color(0x1B2631));
        g.fill(new Ellipse2D.Double(CX - 6, CY - 6, 12, 12));
        legend(g);
    }

    private void paintActor(Graphics2D g, Placement p, double angle, boolean labelAbove) {
        double r = radius(p.current());
        double x = CX + Math.cos(angle) * r;
        double y = CY + Math.sin(angle) * r;
        if (p.needed() != null && p.needed() != p.current()) {
            double rn = radius(p.needed());
            double nx = CX + Math.cos(angle) * rn;
            double ny = CY + Math.sin(angle) * rn;
            g.setColor(NEED);
            g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 4f}, 0f));
            g.draw(new Line2D.Double(x, y, nx, ny));
            g.setStroke(new BasicStroke(1.6f));
            g.draw(new Ellipse2D.Double(nx - 5, ny - 5, 10, 10));
        }
        Color colour = p.enthusiasm() == Enthusiasm.FIRE ? FIRE : SPARK;
        g.setColor(colour);
        g.setStroke(new BasicStroke(2.5f));
        Ellipse2D dot = new Ellipse2D.Double(x - 8, y - 8, 16, 16);
        if (p.enthusiasm() == Enthusiasm.FIRE) {
            g.fill(dot);
        } else {
            g.setColor(Color.WHITE);
            g.fill(dot);
            g.setColor(colour);
            g.draw(dot);
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        // the name centred under (or, for every second actor of a sector, above) the dot: it neither runs into the
        // spoke's label nor off the picture, and neighbours on one ring do not write over each other
        int width = g.getFontMetrics().stringWidth(p.actorName());
        float left = (float) Math.max(4, Math.min(WIDTH - 4 - width, x - width / 2.0));
        g.drawString(p.actorName(), left, (float) (labelAbove ? y - 13 : y + 22));
    }

    private void legend(Graphics2D g) {
        int y = HEIGHT - 40;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(FIRE);
        g.fill(new Ellipse2D.Double(24, y - 10, 12, 12));
        g.setColor(Color.BLACK);
        g.drawString(new Text("vuur", "fire").in(locale), 42, y);
        g.setColor(SPARK);
        g.setStroke(new BasicStroke(2f));
        g.draw(new Ellipse2D.Double(100, y - 10, 12, 12));
        g.setColor(Color.BLACK);
        g.drawString(new Text("vonken", "sparks").in(locale), 118, y);
        g.setColor(NEED);
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 4f}, 0f));
        g.draw(new Line2D.Double(190, y - 4, 220, y - 4));
        g.setColor(Color.BLACK);
        g.drawString(new Text("nodige intensiteit", "needed intensity").in(locale), 226, y);
    }
}
