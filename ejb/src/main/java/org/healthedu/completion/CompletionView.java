package org.healthedu.completion;

import java.io.Serializable;
import java.util.List;

/**
 * One participant's completion in a batch: lessons attended (each counted once) of the curriculum's {@code lessons},
 * the number the rule requires, and whether that is reached; walk-ins count like anyone. {@code displayName} is null
 * once anonymised.
 */
public record CompletionView(long participantId, String displayName, long batchId, int attended, int lessons,
        int required, boolean completed, boolean walkIn, List<AttendedLesson> attendedLessons)
        implements Serializable {
}
