package be.buurtwijzer.core.domain.tenancy;

import java.util.regex.Pattern;

/** The short name of a municipality in URLs: lower-case letters, digits and single hyphens. */
public final class Slug {
    public static final String REGEX = "^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){1,62}$";
    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private Slug() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null && PATTERN.matcher(candidate).matches();
    }
}
