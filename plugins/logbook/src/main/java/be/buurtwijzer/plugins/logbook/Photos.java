package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugins.logbook.domain.Entry;
import be.buurtwijzer.plugins.logbook.domain.ReportDocument;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;

/** A story's pictures for a report page (scaled so a report stays small enough to mail), and their removal. */
final class Photos {

    static final Set<String> PICTURES = Set.of("image/jpeg", "image/png", "image/gif");
    /** Wide enough for a sharp picture across an A4 page's text width at about 200 dpi. */
    static final int PAGE_PIXELS = 1400;

    private Photos() {
    }

    static ReportDocument.Photo forPage(InstrumentContext context, Entry.Attachment attachment) {
        if (!PICTURES.contains(attachment.mediaType())) {
            return null;
        }
        byte[] content = context.files().content(attachment.fileId()).orElse(null);
        if (content == null) {
            return null;
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
            if (image == null) {
                return null;
            }
            double scale = Math.min(1.0, (double) PAGE_PIXELS / Math.max(image.getWidth(), image.getHeight()));
            int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
            BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = page.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            try (var output = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(output);
                writer.write(null, new IIOImage(page, null, null), param);
            } finally {
                writer.dispose();
            }
            return new ReportDocument.Photo(attachment.fileName(), attachment.alt(), out.toByteArray(), "image/jpeg",
                    width, height);
        } catch (IOException | RuntimeException unreadable) {
            context.logger().warning("picture " + attachment.fileId() + " could not be read for a report: " + unreadable);
            return null;
        }
    }

    /** The file goes with the attachment (erasure, withdrawn consent). */
    static void forget(InstrumentContext context, Entry.Attachment attachment) {
        context.files().delete(attachment.fileId());
    }
}
