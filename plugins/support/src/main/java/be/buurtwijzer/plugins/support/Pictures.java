package be.buurtwijzer.plugins.support;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import be.buurtwijzer.plugin.api.PlainText;
import org.jfree.svg.SVGGraphics2D;

/** One Java2D drawing, two formats: SVG through JFreeSVG and PNG through ImageIO. */
public final class Pictures {

    private Pictures() {
    }

    public static String svg(int width, int height, String title, Consumer<Graphics2D> painter) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        prepare(g);
        painter.accept(g);
        String element = g.getSVGElement();
        // JFreeSVG writes no accessible name: add role and aria-label to the root and a <title> as its first child
        int end = element.indexOf('>') + 1;
        // whatever is stored (names written before the platform refused control characters, a faulty
        // plugin), the document stays well-formed XML: characters XML cannot carry are dropped
        return PlainText.forXml("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg role=\"img\" aria-label=\""
                + escape(title) + "\"" + element.substring("<svg".length(), end) + "<title>" + escape(title) + "</title>"
                + element.substring(end));
    }

    /**
     * Like {@link #svg(int, int, String, Consumer)}, with the municipality's logo (from
     * {@code InstrumentContext.logo()}) in a strip of its own under the picture, so it covers nothing.
     */
    public static String svg(int width, int height, String title, Consumer<Graphics2D> painter,
            java.util.Optional<byte[]> logo) {
        BufferedImage image = logo.map(Pictures::image).orElse(null);
        return image == null ? svg(width, height, title, painter)
                : svg(width, height + STRIP, title, painter.andThen(g -> strip(g, width, height, image)));
    }

    /** Like {@link #png(int, int, Consumer)}, with the municipality's logo in a strip of its own under the picture. */
    public static byte[] png(int width, int height, Consumer<Graphics2D> painter, java.util.Optional<byte[]> logo) {
        BufferedImage image = logo.map(Pictures::image).orElse(null);
        return image == null ? png(width, height, painter)
                : png(width, height + STRIP, painter.andThen(g -> strip(g, width, height, image)));
    }

    /** The height of the strip under a picture that carries the logo. */
    static final int STRIP = 64;

    private static void strip(Graphics2D g, int width, int top, BufferedImage logo) {
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, top, width, STRIP);
        int margin = 8;
        double scale = Math.min((STRIP - 2.0 * margin) / logo.getHeight(), (width / 4.0) / logo.getWidth());
        int w = (int) Math.round(logo.getWidth() * scale);
        int h = (int) Math.round(logo.getHeight() * scale);
        g.drawImage(logo, width - 24 - w, top + (STRIP - h) / 2, w, h, null);
    }

    /** The logo as an image, or null when it cannot be read (the picture is then made without it). */
    private static BufferedImage image(byte[] png) {
        try {
            return png == null || png.length == 0 ? null : ImageIO.read(new java.io.ByteArrayInputStream(png));
        } catch (IOException unreadable) {
            return null;
        }
    }

    public static byte[] png(int width, int height, Consumer<Graphics2D> painter) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            prepare(g);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The SVG shown on a page at most {@code maxWidth} wide, with a text for those who cannot see it
     * (say where the same data stands as a table).
     */
    public static com.vaadin.flow.component.html.Image shown(String svg, String alt, String maxWidth) {
        com.vaadin.flow.component.html.Image image = new com.vaadin.flow.component.html.Image("data:image/svg+xml;base64,"
                + java.util.Base64.getEncoder().encodeToString(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                alt);
        image.setWidth("min(100%, " + maxWidth + ")");
        return image;
    }

    /** A white page with the picture's title at the top left: how every picture starts. */
    public static void page(Graphics2D g, int width, int height, String title) {
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(java.awt.Color.BLACK);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 20));
        g.drawString(title, 24, 36);
    }

    private static void prepare(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    /** The text broken into lines of at most {@code width} pixels in this font, at spaces. */
    public static java.util.List<String> wrap(String text, java.awt.FontMetrics metrics, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (text == null ? "" : text).split(" ")) {
            if (line.length() > 0 && metrics.stringWidth(line + " " + word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    public static String escape(String text) {
        return PlainText.forXml(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
