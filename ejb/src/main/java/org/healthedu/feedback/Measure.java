package org.healthedu.feedback;

/**
 * What a scale question measures, so that results compare lessons, batches and trainers on the same thing whatever
 * form or version asked it.
 */
public enum Measure {
    /** The session's content was useful. */
    USEFULNESS,
    /** The trainer was clear: trainers are compared on this. */
    CLARITY,
    /** Overall satisfaction: lessons and batches are compared on this. */
    SATISFACTION
}
