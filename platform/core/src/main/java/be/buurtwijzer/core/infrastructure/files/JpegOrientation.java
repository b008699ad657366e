package be.buurtwijzer.core.infrastructure.files;

/**
 * The orientation tag (0x0112) of a JPEG's Exif block, read from its bytes: phones store a photo as the sensor
 * saw it and say in this tag how to turn it. Anything unreadable is taken as upright (1).
 */
final class JpegOrientation {

    private JpegOrientation() {
    }

    static int of(byte[] jpeg) {
        try {
            int i = 2;
            while (i + 4 < jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
                int marker = jpeg[i + 1] & 0xFF;
                int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
                if (marker == 0xE1 && length > 8 && new String(jpeg, i + 4, 4, java.nio.charset.StandardCharsets.US_ASCII)
                        .equals("Exif")) {
                    return tiff(jpeg, i + 10, Math.min(jpeg.length, i + 2 + length));
                }
                if (marker == 0xDA) {
                    return 1;
                }
                i += 2 + length;
            }
        } catch (RuntimeException unreadable) {
            return 1;
        }
        return 1;
    }

    private static int tiff(byte[] b, int start, int end) {
        boolean little = b[start] == 'I';
        int ifd = start + u32(b, start + 4, little);
        int entries = u16(b, ifd, little);
        for (int e = 0; e < entries; e++) {
            int at = ifd + 2 + e * 12;
            if (at + 12 > end) {
                return 1;
            }
            if (u16(b, at, little) == 0x0112) {
                int value = u16(b, at + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean little) {
        return little ? (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8) : ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    private static int u32(byte[] b, int at, boolean little) {
        return little ? u16(b, at, true) | (u16(b, at + 2, true) << 16) : (u16(b, at, false) << 16) | u16(b, at + 2, false);
    }
}
