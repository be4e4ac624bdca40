package org.healthedu.privacy;

import java.time.Instant;

/**
 * The outcome of an erasure. {@code alreadyErased}: the participant had been anonymised before (an earlier erasure,
 * a withdrawn consent or the retention job); the erasure then is a no-op apart from clearing what an anonymisation
 * by consent withdrawal left (notes), and is answered 200 all the same, so that a retried request is harmless.
 * {@code filesRemoved}: files of the request whose content was removed now; {@code filesThatMayShow}: how many
 * uploaded files may still show the person (listed in the export), for someone to check.
 */
public record ErasureResult(long participantId, String label, boolean alreadyErased, Instant erasedAt,
        int filesRemoved, int filesThatMayShow) {
}
