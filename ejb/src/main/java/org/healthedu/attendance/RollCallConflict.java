package org.healthedu.attendance;

import java.util.List;
import org.healthedu.shared.DomainException;

/**
 * A roll call saved over marks someone else changed meanwhile: nothing was saved, and {@link #changes()} says what
 * changed (person, old → new, by whom) so the trainer can reload and redo. A conflict (409) with key
 * {@code rollcall.conflict} and the number of changed marks as its argument.
 */
public class RollCallConflict extends DomainException {

    private static final long serialVersionUID = 1L;

    private final List<MarkChange> changes;

    public RollCallConflict(List<MarkChange> changes) {
        super(Kind.CONFLICT, "rollcall.conflict", "entries", changes.size());
        this.changes = List.copyOf(changes);
    }

    public List<MarkChange> changes() {
        return changes;
    }
}
