package org.healthedu.cascade;

import java.time.LocalDateTime;

/**
 * A host's plan: when (China time), where, a topic or a lesson, an approved courseware version of the host's site
 * (optional) and the audience expected.
 */
public record PeerSessionDraft(LocalDateTime startsAt, LocalDateTime endsAt, String place, String topic, Long lessonId,
        Long coursewareVersionId, Integer expectedAudience) {
}
