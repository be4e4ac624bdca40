package org.healthedu.enrolment;

/** Who a participant is in the programmes: a parent (家长), a student (学生、学生骨干), a peer educator (同伴教育主持人), other. */
public enum ParticipantKind {
    PARENT,
    STUDENT,
    PEER_EDUCATOR,
    OTHER;

    /**
     * Whether the birth year must be known. Only parents may leave it out: they are adults by what they are here.
     * Anyone else could be a minor, and only the birth year tells (consent under 14, no phone under 18).
     */
    public boolean needsBirthYear() {
        return this != PARENT;
    }

    /** Whether school and grade are collected: only for students and peer educators (minimal data for the rest). */
    public boolean atSchool() {
        return this == STUDENT || this == PEER_EDUCATOR;
    }

    public String labelKey() {
        return "participantKind." + name();
    }
}
