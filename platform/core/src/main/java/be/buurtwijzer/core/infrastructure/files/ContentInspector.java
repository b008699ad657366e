package be.buurtwijzer.core.infrastructure.files;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file really is (Apache Tika, by its content, and what its name claims), and for a picture: that it
 * decodes, a copy without its metadata (location, camera) turned the way it was taken, and a thumbnail.
 */
public final class ContentInspector {

    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();
    static final int THUMBNAIL = 320;
    /** A picture larger than this is not decoded (a "decompression bomb" of a few kB can claim gigapixels). */
    static final long MAX_PIXELS = 40_000_000L;

    private ContentInspector() {
    }

    public static String detect(byte[] content) {
        return normal(TIKA.detect(content));
    }

    /** The media types the name's extension stands for; empty when the name says nothing. */
    public static Set<String> claimed(String fileName) {
        String byName = normal(TIKA.detect(fileName));
        return MediaType.OCTET_STREAM.toString().equals(byName) ? Set.of() : Set.of(byName);
    }

    private static String normal(String type) {
        MediaType parsed = MediaType.parse(type);
        return parsed == null ? MediaType.OCTET_STREAM.toString() : REGISTRY.normalize(parsed).getBaseType().toString();
    }

    public static boolean isPicture(String mediaType) {
        return Set.of("image/jpeg", "image/png", "image/gif").contains(mediaType);
    }

    /** A decoded picture, its cleaned bytes (no metadata) and its thumbnail; null when it does not decode. */
    public record Picture(byte[] cleaned, byte[] thumbnail, int width, int height) {
    }

    public static Picture picture(byte[] content, String mediaType) {
        try {
            var input = ImageIO.createImageInputStream(new ByteArrayInputStream(content));
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return null;
            }
            var reader = readers.next();
            reader.setInput(input, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > MAX_PIXELS) {
                return null;
            }
            BufferedImage image = reader.read(0);
            reader.dispose();
            if (image == null) {
                return null;
            }
            if ("image/jpeg".equals(mediaType)) {
                image = upright(image, JpegOrientation.of(content));
            }
            byte[] cleaned = "image/gif".equals(mediaType) ? content : encode(image, mediaType);
            return new Picture(cleaned, thumbnail(image), image.getWidth(), image.getHeight());
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * A logo: a PNG or JPEG, decoded (so nothing but pixels is kept) and scaled down to fit
     * {@code maxWidth} × {@code maxHeight}, as PNG; null when the content is no such picture.
     */
    public static byte[] logo(byte[] content, int maxWidth, int maxHeight) {
        String type = detect(content);
        if (!"image/png".equals(type) && !"image/jpeg".equals(type)) {
            return null;
        }
        Picture picture = picture(content, type);
        if (picture == null) {
            return null;
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.cleaned()));
            double scale = Math.min(1.0, Math.min((double) maxWidth / image.getWidth(),
                    (double) maxHeight / image.getHeight()));
            BufferedImage fitted = copy(image, Math.max(1, (int) Math.round(image.getWidth() * scale)),
                    Math.max(1, (int) Math.round(image.getHeight() * scale)), BufferedImage.TYPE_INT_ARGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(fitted, "png", out);
            return out.toByteArray();
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private static byte[] encode(BufferedImage image, String mediaType) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if ("image/png".equals(mediaType)) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        BufferedImage rgb = image.getType() == BufferedImage.TYPE_INT_RGB ? image : copy(image, image.getWidth(),
                image.getHeight(), BufferedImage.TYPE_INT_RGB);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        try (var output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] thumbnail(BufferedImage image) {
        double scale = Math.min(1.0, (double) THUMBNAIL / Math.max(image.getWidth(), image.getHeight()));
        BufferedImage small = copy(image, Math.max(1, (int) Math.round(image.getWidth() * scale)),
                Math.max(1, (int) Math.round(image.getHeight() * scale)), BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage copy(BufferedImage image, int width, int height, int type) {
        BufferedImage copy = new BufferedImage(width, height, type);
        Graphics2D g = copy.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        if (type == BufferedImage.TYPE_INT_RGB) {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
        }
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return copy;
    }

    /** The picture turned as the camera's orientation tag says (1 upright, 3 upside down, 6 and 8 on their side). */
    static BufferedImage upright(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform turn = new AffineTransform();
        switch (orientation) {
            case 3 -> {
                turn.translate(w, h);
                turn.rotate(Math.PI);
            }
            case 6 -> {
                turn.translate(h, 0);
                turn.rotate(Math.PI / 2);
            }
            case 8 -> {
                turn.translate(0, w);
                turn.rotate(-Math.PI / 2);
            }
            default -> {
                return image;
            }
        }
        boolean sideways = orientation == 6 || orientation == 8;
        BufferedImage turned = new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        g.drawImage(image, turn, null);
        g.dispose();
        return turned;
    }
}
