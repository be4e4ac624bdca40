package org.healthedu.audit;

import java.io.Serializable;
import java.time.Instant;

/** One security event as the trail shows it; details are the event's short facts as JSON text. */
public record AuditEventView(long id, Instant at, String kind, String actorUsername, String sourceAddress,
        String unitPath, String targetType, Long targetId, String details) implements Serializable {
}
