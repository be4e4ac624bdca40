package org.healthedu.session;

/** How someone besides the lead trainer is at a session: a co-trainer (lecturer group) or an observer (guidance). */
public enum StaffRole {
    TRAINER, OBSERVER
}
