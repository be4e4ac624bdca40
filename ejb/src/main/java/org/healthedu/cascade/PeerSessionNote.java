package org.healthedu.cascade;

import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of a plan's history: the supervisor approved ({@code APPROVED}, comment optional), returned it
 * ({@code RETURNED}) or commented ({@code COMMENT}), or the host resubmitted an edited plan ({@code RESUBMITTED}).
 */
public record PeerSessionNote(long id, String kind, String text, String authorName, Instant at)
        implements Serializable {
}
