package org.healthedu.feedback;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A form as the builder shows it: its summary, the definition of its current version, every version (newest first)
 * with its responses, and whether the caller may edit it.
 */
public record FormDetail(long id, FormSummary summary, FormDefinition definition, List<VersionInfo> versions,
        boolean editable, long version) implements Serializable {

    public record VersionInfo(long id, int number, Instant createdAt, long responses) implements Serializable {
    }

    /** Whether the current version has responses, so the next save makes a new version. */
    public boolean currentVersionFrozen() {
        return !versions.isEmpty() && versions.get(0).responses() > 0;
    }
}
