package org.healthedu.shared.tabular;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.healthedu.shared.DomainException;

/** One broken rule on one row: the field it concerns and a message key with its arguments, as text so it serialises. */
public record RowError(String field, String messageKey, List<String> args) implements Serializable {

    public RowError {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static RowError of(String field, String messageKey, Object... args) {
        return new RowError(field, messageKey, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The rule a domain check threw, kept as a row error instead of stopping the whole preview. */
    public static RowError of(DomainException e) {
        return of(e.field(), e.messageKey(), e.args());
    }
}
