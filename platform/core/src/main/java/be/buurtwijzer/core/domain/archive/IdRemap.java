package be.buurtwijzer.core.domain.archive;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * New ids for an imported municipality. Primary keys are global, so every row imported gets a new
 * id, and every reference to an old id is rewritten to the new one: in the register's links, the
 * audit trail and inside the plugins' JSON documents, where any UUID (as a whole value, a map key
 * or inside a text) that names an imported row is replaced. A UUID that names nothing in the
 * archive is left as it is. Ids are random UUIDs, so a match is never an accident.
 */
public final class IdRemap {
    private static final Pattern UUID_PATTERN = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Map<String, String> ids = new HashMap<>();
    private final Supplier<String> newIds;

    public IdRemap() {
        this(() -> UUID.randomUUID().toString());
    }

    public IdRemap(Supplier<String> newIds) {
        this.newIds = newIds;
    }

    /** The new id of an old one, made on first use. */
    public String map(String oldId) {
        if (oldId == null) {
            return null;
        }
        return ids.computeIfAbsent(oldId.toLowerCase(java.util.Locale.ROOT), k -> newIds.get());
    }

    /** Declares that an old id stands for an existing row (a user account found by e-mail). */
    public void link(String oldId, String existingId) {
        ids.put(oldId.toLowerCase(java.util.Locale.ROOT), existingId);
    }

    /** The new id of an old one if it was mapped, else the old one unchanged. */
    public String mapped(String oldId) {
        if (oldId == null) {
            return null;
        }
        return ids.getOrDefault(oldId.toLowerCase(java.util.Locale.ROOT), oldId);
    }

    public boolean knows(String oldId) {
        return oldId != null && ids.containsKey(oldId.toLowerCase(java.util.Locale.ROOT));
    }

    /** The text (a JSON document, an audit change) with every mapped id replaced. */
    public String rewrite(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = UUID_PATTERN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(mapped(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    public int size() {
        return ids.size();
    }
}
