package be.buurtwijzer.plugins.logbook.domain;

/** An outcome category a municipality adds to the seed's ten. */
public record OwnCategory(String id, Aspect aspect, String nl, String en) {

    public OutcomeCategory category() {
        return new OutcomeCategory(id, aspect, new be.buurtwijzer.plugin.api.Text(nl, en == null || en.isBlank() ? nl : en),
                null, null, false);
    }

    /** The first problem as "field: what", or null. */
    public static String problem(OwnCategory c) {
        if (c.id() == null || !c.id().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*") || c.id().length() > 64) {
            return "id: lower-case words joined by hyphens, 64 characters at most";
        }
        if (OutcomeCategories.shipped().find(c.id()).isPresent()) {
            return "id: is one of the seed's categories";
        }
        if (c.aspect() == null) {
            return "aspect: is required";
        }
        if (c.nl() == null || c.nl().isBlank() || c.nl().length() > 200) {
            return "nl: is required (200 characters at most)";
        }
        if (c.en() != null && c.en().length() > 200) {
            return "en: is longer than 200 characters";
        }
        return null;
    }
}
