package org.healthedu.feedback;

/**
 * An adjustment as written: what changes (required, up to 2,000 characters), optionally the question of the session's
 * form that prompted it; {@code expectedVersion} when editing (the version read, to refuse a stale edit).
 */
public record AdjustmentDraft(String description, Long questionId, Long expectedVersion) {
}
