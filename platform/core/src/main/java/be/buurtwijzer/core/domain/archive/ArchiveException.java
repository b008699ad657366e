package be.buurtwijzer.core.domain.archive;

import java.util.List;

/**
 * An archive that cannot be imported: {@link #code()} names the reason (for a translated message),
 * {@link #details()} lists what is wrong (entries, plugins). Nothing has been written when it is thrown.
 */
public class ArchiveException extends RuntimeException {
    private final String code;
    private final List<String> details;

    public ArchiveException(String code, String message) {
        this(code, message, List.of());
    }

    public ArchiveException(String code, String message, List<String> details) {
        super(message);
        this.code = code;
        this.details = List.copyOf(details);
    }

    public String code() {
        return code;
    }

    public List<String> details() {
        return details;
    }
}
