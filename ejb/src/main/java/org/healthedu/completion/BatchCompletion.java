package org.healthedu.completion;

import java.io.Serializable;
import java.util.List;

/** A batch's participants (enrolled now, and walk-ins enrolled nowhere in the project) with their completion. */
public record BatchCompletion(long batchId, String batchName, long projectId, String projectCode, RuleView rule,
        int lessons, int required, int completedCount, List<CompletionView> participants) implements Serializable {
}
