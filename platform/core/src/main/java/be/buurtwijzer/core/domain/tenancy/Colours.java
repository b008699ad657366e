package be.buurtwijzer.core.domain.tenancy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A municipality's colour as the workspace uses it: as text and lines on white, so it must reach the
 * contrast WCAG asks of normal text (4.5:1 against white).
 */
public final class Colours {

    public static final double MINIMUM_CONTRAST = 4.5;

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    private Colours() {
    }

    /** The colour in the form the platform keeps (#RRGGBB, capitals), or empty when it is not one. */
    public static Optional<String> normal(String colour) {
        if (colour == null || !HEX.matcher(colour.trim()).matches()) {
            return Optional.empty();
        }
        return Optional.of(colour.trim().toUpperCase(Locale.ROOT));
    }

    /** The contrast ratio against white, from 1 (white itself) to 21 (black). */
    public static double contrastWithWhite(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
