package be.buurtwijzer.core.domain.files;

import java.util.Locale;
import java.util.Set;

/**
 * Whether an uploaded file may be kept: not empty, not larger than its kind allows, of an accepted type as its
 * content shows, and what its name claims (a ".jpg" that is really a PDF is refused: it is not what it says).
 */
public final class FileRules {

    /** A refusal, with the reason in words and whether it is about the size (413) or the content (415). */
    public record Refusal(boolean tooLarge, String reason) {
    }

    private FileRules() {
    }

    /**
     * @param detected the media type the content shows
     * @param claimed the media types the file name's extension stands for (empty when it has none we know)
     */
    public static Refusal check(String fileName, long size, long maxBytes, String detected, Set<String> claimed,
            Set<String> accepted) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 255 || fileName.contains("/")
                || fileName.contains("\\") || be.buurtwijzer.plugin.api.PlainText.offending(fileName) >= 0) {
            return new Refusal(false, "the file needs a plain name of 255 characters at most");
        }
        if (size == 0) {
            return new Refusal(false, "the file is empty");
        }
        if (size > maxBytes) {
            return new Refusal(true, "the file is " + megabytes(size) + " MB; at most " + megabytes(maxBytes)
                    + " MB is accepted");
        }
        if (!accepted.contains(detected)) {
            return new Refusal(false, "the file's content is " + detected + ", which is not accepted here (accepted: "
                    + String.join(", ", accepted.stream().sorted().toList()) + ")");
        }
        if (!claimed.isEmpty() && !claimed.contains(detected)) {
            return new Refusal(false, "the file is called '" + fileName + "' but its content is " + detected
                    + ": it is not what its name says");
        }
        return null;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
    }

    /** The name as it will be kept: its last path part, trimmed. */
    public static String cleanName(String name) {
        if (name == null) {
            return null;
        }
        String last = name.replace('\\', '/');
        return last.substring(last.lastIndexOf('/') + 1).strip();
    }
}
