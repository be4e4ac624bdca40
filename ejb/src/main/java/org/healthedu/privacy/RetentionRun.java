package org.healthedu.privacy;

import java.time.LocalDate;

/**
 * What one run of the retention job did: {@code ran} false when another server was running it; how many
 * participants were anonymised, in how many batches, how many uploaded files lost their content, and the cutoffs
 * applied.
 */
public record RetentionRun(boolean ran, int anonymised, int batches, int filesRemoved, LocalDate adultCutoff,
        LocalDate minorCutoff) {

    /** One line for the record of a scheduled run. */
    public String summary() {
        return ran ? "anonymised " + anonymised + " in " + batches + " batches, " + filesRemoved + " files removed"
                : "another run held the lock";
    }
}
