package be.buurtwijzer.core.domain.tenancy;

import java.util.List;

/** The languages the product speaks: Dutch (Belgium) by default, English. */
public final class SupportedLocale {
    public static final String DUTCH = "nl-BE";
    public static final String ENGLISH = "en";
    public static final List<String> ALL = List.of(DUTCH, ENGLISH);
    public static final String REGEX = "nl-BE|en";

    private SupportedLocale() {
    }
}
