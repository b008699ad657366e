package be.buurtwijzer.core.domain.tenancy;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The short name of a municipality in URLs: lower-case letters, digits and single hyphens. It is the
 * first segment of every workspace page ({@code /stederen/register/actors}), so it may not be one of
 * the words the server itself answers at the top of its paths ({@link #isReserved}).
 */
public final class Slug {
    public static final String REGEX = "^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){1,62}$";
    private static final Pattern PATTERN = Pattern.compile(REGEX);

    /**
     * The first path segments the server answers itself: the workspace's own pages, the old workspace
     * addresses that still redirect, the API, the server's health and OpenAPI, Vaadin's resources and
     * the stylesheets. A municipality named like one of them could not be reached.
     */
    public static final Set<String> RESERVED = Set.of("login", "logout", "password", "password-reset", "invitation",
            "platform", "publisher", "suspended", "not-allowed", "register", "admin", "instrument", "instruments",
            "api", "health", "metrics", "openapi", "ibm", "vaadin", "frontend", "error-page", "styles", "themes",
            "icons", "images", "assets", "static", "offline", "sw", "manifest", "favicon", "robots", "home", "tenants");

    /** Why a reserved word is refused, in the API's words ({@code slug-reserved} is the code a user interface translates). */
    public static final String RESERVED_MESSAGE = "is a word of the server's own addresses (such as login, platform, "
            + "api or admin); choose another short name";
    public static final String RESERVED_CODE = "slug-reserved";

    private Slug() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null && PATTERN.matcher(candidate).matches();
    }

    /** Whether {@code candidate} is a word of the server's own paths (compared without case). */
    public static boolean isReserved(String candidate) {
        return candidate != null && RESERVED.contains(candidate.toLowerCase(java.util.Locale.ROOT));
    }
}
