package org.healthedu.session;

import java.io.Serializable;
import java.util.List;
import org.healthedu.shared.DomainException;

/**
 * Another session that books the same trainer, room or batch at an overlapping time: which one, and the message
 * naming it (lesson, batch, date and time) as a key with its arguments, translated by the web layer.
 */
public record SessionConflict(Kind kind, long otherSessionId, String messageKey, List<String> args)
        implements Serializable {

    /** What is booked twice. */
    public enum Kind {
        TRAINER("leadTrainerId"), ROOM("room"), BATCH("startsAt");

        private final String field;

        Kind(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public SessionConflict {
        args = List.copyOf(args);
    }

    /** The broken rule as the API and pages report it (409). */
    public DomainException toException() {
        return DomainException.conflict(kind.field(), messageKey, args.toArray());
    }
}
