package org.healthedu.enrolment.imports;

/** How a checked file is applied: its valid rows only (the others left for a corrected file), or all rows or none. */
public enum ImportMode {
    VALID,
    ALL
}
