package org.healthedu.feedback;

import java.io.Serializable;
import java.time.Instant;

/** A form in a list: whose it is, who answers it, its current version and how many responses the form has. */
public record FormSummary(long id, String templateCode, Long ownerUnitId, String ownerNameZh, String ownerNameEn,
        String nameZh, String nameEn, boolean forParents, boolean forStudents, boolean identified, boolean archived,
        int currentVersionNumber, long responses, Instant updatedAt, long version) implements Serializable {

    public boolean isTemplate() {
        return templateCode != null;
    }

    public String displayName(boolean english) {
        return english && nameEn != null ? nameEn : nameZh;
    }
}
