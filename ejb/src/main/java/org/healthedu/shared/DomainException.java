package org.healthedu.shared;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A rule of the domain was broken by the caller. Carries a message key (translated by the web layer into the user's
 * language), its arguments and, where it concerns one input, the field. The transaction rolls back, so nothing changes.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of failure, so REST can choose the status and the UI the tone. */
    public enum Kind {
        INVALID, NOT_FOUND, CONFLICT, FORBIDDEN,
        /** The thing exists but what was asked of it is no longer held (a file's content removed for privacy). */
        GONE
    }

    private final Kind kind;
    private final String messageKey;
    private final String field;
    private final Object[] args;

    public DomainException(Kind kind, String messageKey, String field, Object... args) {
        super(messageKey + (field == null ? "" : " [" + field + "]") + " " + Arrays.toString(args));
        this.kind = Objects.requireNonNull(kind);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.field = field;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public static DomainException invalid(String field, String messageKey, Object... args) {
        return new DomainException(Kind.INVALID, messageKey, field, args);
    }

    public static DomainException notFound(String messageKey, Object... args) {
        return new DomainException(Kind.NOT_FOUND, messageKey, null, args);
    }

    public static DomainException conflict(String field, String messageKey, Object... args) {
        return new DomainException(Kind.CONFLICT, messageKey, field, args);
    }

    public static DomainException gone(String messageKey, Object... args) {
        return new DomainException(Kind.GONE, messageKey, null, args);
    }

    public static DomainException forbidden() {
        return new DomainException(Kind.FORBIDDEN, "error.forbidden", null);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }
}
