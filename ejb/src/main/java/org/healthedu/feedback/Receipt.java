package org.healthedu.feedback;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A stored response: its submission key, when it was stored, and whether this request only found it again. */
public record Receipt(String submissionKey, LocalDateTime submittedAt, boolean repeated) implements Serializable {
}
