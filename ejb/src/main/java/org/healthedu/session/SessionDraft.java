package org.healthedu.session;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a planner gives for a session: the lesson (of the batch's curriculum version), room, local start and end, the
 * lead trainer, co-trainers and observers (account ids), the approved courseware version (optional), and, for a
 * coordinator saving despite a booking conflict, why.
 */
public record SessionDraft(Long lessonId, String room, LocalDateTime startsAt, LocalDateTime endsAt,
        Long leadTrainerId, List<Long> trainerIds, List<Long> observerIds, Long coursewareVersionId,
        String overrideReason) implements Serializable {

    public SessionDraft {
        trainerIds = ids(trainerIds);
        observerIds = ids(observerIds);
    }

    private static List<Long> ids(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
    }
}
