package org.healthedu.enrolment.imports;

import java.io.Serializable;

/** What applying a file did: participants created and enrolled, consents recorded, rows left out for their errors. */
public record ImportOutcome(int created, int enrolled, int consents, int skipped) implements Serializable {
}
