package org.healthedu.completion;

/** A new completion rule; {@code version} is the one the editor read (null on a project without a rule yet). */
public record RuleChanges(Integer minLessons, Boolean lateCounts, Boolean excusedCounts, Long version) {
}
