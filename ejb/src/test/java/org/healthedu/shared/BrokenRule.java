package org.healthedu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a call breaks exactly one expected rule: kind, message key, field and arguments all checked. */
public final class BrokenRule {

    private BrokenRule() {
    }

    public static void assertBroken(ThrowingCallable call, DomainException.Kind kind, String field, String messageKey,
            Object... args) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).as("kind").isEqualTo(kind);
            assertThat(e.messageKey()).as("messageKey").isEqualTo(messageKey);
            assertThat(e.field()).as("field").isEqualTo(field);
            assertThat(e.args()).as("args").containsExactly(args);
        });
    }

    public static void assertInvalid(ThrowingCallable call, String field, String messageKey, Object... args) {
        assertBroken(call, DomainException.Kind.INVALID, field, messageKey, args);
    }

    public static void assertForbidden(ThrowingCallable call) {
        assertBroken(call, DomainException.Kind.FORBIDDEN, null, "error.forbidden");
    }
}
