package org.healthedu.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything held about one participant, table by table as {@link PersonalDataRegistry} declares it: each table's
 * rows as column to value. {@code label} is the name, or the placeholder "已删除 #id" once erased.
 */
public record PersonalDataExport(long participantId, String label, boolean erased, Instant exportedAt,
        Map<String, List<Map<String, Object>>> tables) {
}
