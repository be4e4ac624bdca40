package org.healthedu.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitCodeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            js-wx          | JS-WX
            '  js-wx  '    | JS-WX
            Ab             | AB
            12             | 12
            a.b_c-d        | A.B_C-D
            9-             | 9-
            x.             | X.
            0_             | 0_
            """)
    void trimsAndUpperCases(String raw, String expected) {
        assertThat(UnitCode.normalise(raw)).isEqualTo(expected);
    }

    @Test
    void thirtyTwoCharactersAreAccepted() {
        String code = "A" + "b".repeat(31);
        assertThat(code).hasSize(UnitCode.MAX_LENGTH);
        assertThat(UnitCode.normalise(code)).isEqualTo("A" + "B".repeat(31));
    }

    @Test
    void thirtyThreeCharactersAreRefused() {
        assertInvalid(() -> UnitCode.normalise("A".repeat(33)), "code", "unit.code.format");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "  \t "})
    void blankIsRequired(String raw) {
        assertInvalid(() -> UnitCode.normalise(raw), "code", "error.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A", " A ", "-AB", ".AB", "_AB", "A B", "AB CD", "无锡", "WX无锡", "A/B", "A%B", "A,B", "A'B", "ＡＢ", "A\tB"})
    void malformedCodesAreRefused(String raw) {
        assertInvalid(() -> UnitCode.normalise(raw), "code", "unit.code.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"straße", "ıd", "ſ1", "ﬁ1"})
    void nonAsciiLettersAreRefusedEvenWhenTheirUpperCaseIsAscii(String raw) {
        assertInvalid(() -> UnitCode.normalise(raw), "code", "unit.code.format");
    }
}
