package org.healthedu.guidance;

/** A new guidance note: what the observer saw (required) and suggestions (optional). */
public record GuidanceNoteDraft(String observed, String suggestions) {
}
