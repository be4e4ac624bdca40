package org.healthedu.reporting;

/** The periods reports and figures are asked for. */
public enum PeriodKind {
    MONTH, QUARTER, YEAR, PROJECT
}
