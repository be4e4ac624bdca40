package org.healthedu.reporting;

/** The narrative sections of a completion report, modelled on the association's work summary. */
public enum SectionKind {
    OVERVIEW, WORK_DONE, RESULTS, PROBLEMS, NEXT_PLANS
}
