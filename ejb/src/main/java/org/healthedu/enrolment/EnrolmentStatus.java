package org.healthedu.enrolment;

/**
 * Where an enrolment stands. Only ACTIVE counts against a batch's capacity; the others are history and say why the
 * person left: moved to another batch of the project (a new enrolment there carries on), withdrew, or their guardian
 * withdrew consent.
 */
public enum EnrolmentStatus {
    ACTIVE,
    MOVED,
    WITHDRAWN,
    CONSENT_WITHDRAWN;

    public boolean isActive() {
        return this == ACTIVE;
    }

    public String labelKey() {
        return "enrolmentStatus." + name();
    }
}
