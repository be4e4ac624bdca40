package org.healthedu.project;

import java.util.Objects;
import org.healthedu.shared.DomainException;

/** Where a project stands: prepared as a DRAFT, carried out while ACTIVE, read-only once CLOSED. */
public enum ProjectStatus {
    DRAFT, ACTIVE, CLOSED;

    /** Message key of the translated label. */
    public String labelKey() {
        return "projectStatus." + name();
    }

    /** Whether a project may go from this status to {@code next}: only one step forward, never back. */
    public boolean canBecome(ProjectStatus next) {
        return (this == DRAFT && next == ACTIVE) || (this == ACTIVE && next == CLOSED);
    }

    /** Throws the broken rule {@code project.status.illegal} unless this status may become {@code next}. */
    public void checkTransitionTo(ProjectStatus next) {
        Objects.requireNonNull(next, "next status");
        if (!canBecome(next)) {
            throw DomainException.invalid("status", "project.status.illegal", labelKey(), next.labelKey());
        }
    }
}
