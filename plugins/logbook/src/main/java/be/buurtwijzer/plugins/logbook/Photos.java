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
            BufferedImage image = decodeSmall(content);
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

    /** The picture decoded at about the size a page needs (every n-th pixel), never at its full size. */
    private static BufferedImage decodeSmall(byte[] content) throws IOException {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return null;
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int step = Math.max(1, Math.max(reader.getWidth(0), reader.getHeight(0)) / PAGE_PIXELS);
                var param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    /** The file goes with the attachment (erasure, withdrawn consent). */
    static void forget(InstrumentContext context, Entry.Attachment attachment) {
        context.files().delete(attachment.fileId());
    }
}
