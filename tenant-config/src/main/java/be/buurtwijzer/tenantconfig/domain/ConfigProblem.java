package be.buurtwijzer.tenantconfig.domain;

/** Why a configuration file could not be applied: the file, and the field when known. */
public record ConfigProblem(String file, String field, String message) {

    @Override
    public String toString() {
        return file + (field == null ? "" : " (" + field + ")") + ": " + message;
    }
}
