package be.buurtwijzer.tenantconfig.application;

import be.buurtwijzer.tenantconfig.domain.ConfigProblem;
import java.util.List;

/** What applying a configuration directory did, file by file; empty {@code changes} means unchanged. */
public record ApplyReport(String directory, List<FileResult> files, List<ConfigProblem> problems) {

    public record FileResult(String file, List<String> changes) {
        public boolean unchanged() {
            return changes.isEmpty();
        }
    }

    public boolean changedAnything() {
        return files.stream().anyMatch(f -> !f.unchanged());
    }
}
