package org.healthedu.reporting;

/**
 * A figure computed from the data. Counts are whole numbers; rates are fractions 0..1 (four decimals); means are on
 * the feedback scale (two decimals); money in CNY (two decimals). Each has a bundle key {@code measure.NAME} and a
 * DHIS2/ADX data element code {@code HE_NAME}.
 */
public enum Measure {
    SESSIONS_PLANNED(Kind.COUNT),
    SESSIONS_HELD(Kind.COUNT),
    SESSIONS_CANCELLED(Kind.COUNT),
    /** Held sessions without a single attendance mark. */
    SESSIONS_WITHOUT_ROLL(Kind.COUNT),
    /** People enrolled (distinct participant and site), by kind and sex. */
    ENROLLED(Kind.COUNT),
    ENROLLED_PARENTS(Kind.COUNT),
    ENROLLED_STUDENTS(Kind.COUNT),
    ENROLLED_PEER_EDUCATORS(Kind.COUNT),
    ENROLLED_FEMALE(Kind.COUNT),
    ENROLLED_MALE(Kind.COUNT),
    /** People who completed by the project's completion rule, by kind and sex. */
    COMPLETED(Kind.COUNT),
    COMPLETED_PARENTS(Kind.COUNT),
    COMPLETED_STUDENTS(Kind.COUNT),
    COMPLETED_PEER_EDUCATORS(Kind.COUNT),
    COMPLETED_FEMALE(Kind.COUNT),
    COMPLETED_MALE(Kind.COUNT),
    /** Expected places on held sessions, and those present or late. */
    EXPECTED(Kind.COUNT),
    ATTENDED(Kind.COUNT),
    /** ATTENDED / EXPECTED. */
    ATTENDANCE_RATE(Kind.RATE),
    /** Contacts: present, late and walk-ins on held sessions (sessions × attendees). */
    CONTACTS(Kind.COUNT),
    FEEDBACK_RESPONSES(Kind.COUNT),
    /** FEEDBACK_RESPONSES / CONTACTS. */
    FEEDBACK_RESPONSE_RATE(Kind.RATE),
    /** Mean of the answers to SATISFACTION questions. */
    SATISFACTION_MEAN(Kind.MEAN),
    SITES_COVERED(Kind.COUNT),
    GUIDANCE_VISITS(Kind.COUNT),
    COURSEWARE_APPROVED(Kind.COUNT),
    ADJUSTMENTS(Kind.COUNT),
    /** People reached by headcount activities, in all and by type. */
    REACHED(Kind.COUNT),
    REACHED_LECTURE(Kind.COUNT),
    REACHED_CONSULTATION(Kind.COUNT),
    REACHED_CAMPAIGN(Kind.COUNT),
    REACHED_VOLUNTEER_SERVICE(Kind.COUNT),
    REACHED_FAMILY_VISIT(Kind.COUNT),
    REACHED_OTHER(Kind.COUNT),
    /** Headcounts of peer sessions held by certified hosts. */
    REACHED_BY_PEERS(Kind.COUNT),
    PEER_SESSIONS_HELD(Kind.COUNT),
    HOSTS_CERTIFIED(Kind.COUNT),
    /** Project-level money: only in the figures of the project's owner unit (fund use is recorded per project). */
    FUNDS_SPENT(Kind.MONEY),
    BUDGET(Kind.MONEY);

    public enum Kind { COUNT, RATE, MEAN, MONEY }

    private final Kind kind;

    Measure(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public String bundleKey() {
        return "measure." + name();
    }

    /** The data element code in DHIS2 data value sets and ADX. */
    public String dataElementCode() {
        return "HE_" + name();
    }
}
