package org.healthedu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthedu.shared.BrokenRule.assertBroken;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    @Test
    void factoriesSetKindKeyFieldAndArgs() {
        DomainException invalid = DomainException.invalid("code", "unit.code.format", "A", 1);
        assertThat(invalid.kind()).isEqualTo(DomainException.Kind.INVALID);
        assertThat(invalid.messageKey()).isEqualTo("unit.code.format");
        assertThat(invalid.field()).isEqualTo("code");
        assertThat(invalid.args()).containsExactly("A", 1);

        DomainException notFound = DomainException.notFound("unit.notFound", 7L);
        assertThat(notFound.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThat(notFound.field()).isNull();
        assertThat(notFound.args()).containsExactly(7L);

        DomainException conflict = DomainException.conflict("code", "unit.code.taken", "X");
        assertThat(conflict.kind()).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(conflict.field()).isEqualTo("code");

        DomainException forbidden = DomainException.forbidden();
        assertThat(forbidden.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
        assertThat(forbidden.messageKey()).isEqualTo("error.forbidden");
        assertThat(forbidden.field()).isNull();
        assertThat(forbidden.args()).isEmpty();
    }

    @Test
    void argsAreCopiedInAndOut() {
        Object[] given = {"a"};
        DomainException e = DomainException.invalid("f", "k", given);
        given[0] = "changed";
        e.args()[0] = "changed too";
        assertThat(e.args()).containsExactly("a");
    }

    @Test
    void nullArgsBecomeEmpty() {
        DomainException e = new DomainException(DomainException.Kind.INVALID, "k", "f", (Object[]) null);
        assertThat(e.args()).isEmpty();
    }

    @Test
    void theAssertionHelperNoticesEveryDifference() {
        Runnable thrower = () -> {
            throw DomainException.invalid("nameZh", "error.tooLong", 100);
        };
        assertInvalid(thrower::run, "nameZh", "error.tooLong", 100);
        assertThatThrownBy(() -> assertInvalid(thrower::run, "nameEn", "error.tooLong", 100))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertInvalid(thrower::run, "nameZh", "error.required", 100))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertInvalid(thrower::run, "nameZh", "error.tooLong", 60))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertInvalid(thrower::run, "nameZh", "error.tooLong"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertBroken(thrower::run, DomainException.Kind.CONFLICT, "nameZh",
                "error.tooLong", 100)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertInvalid(() -> { }, "nameZh", "error.tooLong", 100))
                .isInstanceOf(AssertionError.class);
    }
}
