package org.healthedu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    /** 健 is one BMP code point (one char); 😀 is one code point but two chars. */
    private static final String HAN = "健";
    private static final String EMOJI = "😀";

    @Test
    void requiredTrims() {
        assertThat(Text.required("nameZh", "  中心  ", 100)).isEqualTo("中心");
        assertThat(Text.required("nameZh", "\t a b \n", 100)).isEqualTo("a b");
    }

    @Test
    void requiredTrimsUnicodeSpaces() {
        // U+3000 ideographic space, typed by Chinese input methods
        assertThat(Text.required("nameZh", "\u3000中心\u3000", 100)).isEqualTo("中心");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "   ", "\t\n", "\u3000"})
    void requiredRefusesBlank(String blank) {
        assertInvalid(() -> Text.required("nameZh", blank, 100), "nameZh", "error.required");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "   ", "\t\n", "\u3000"})
    void optionalTurnsBlankIntoNull(String blank) {
        assertThat(Text.optional("nameEn", blank, 100)).isNull();
    }

    @Test
    void optionalTrims() {
        assertThat(Text.optional("nameEn", "  Health  ", 100)).isEqualTo("Health");
    }

    @Test
    void hundredChineseCharactersPassAndHundredAndOneFail() {
        String hundred = HAN.repeat(100);
        assertThat(Text.required("nameZh", hundred, 100)).isEqualTo(hundred);
        assertThat(Text.optional("nameZh", hundred, 100)).isEqualTo(hundred);
        assertInvalid(() -> Text.required("nameZh", hundred + HAN, 100), "nameZh", "error.tooLong", 100);
        assertInvalid(() -> Text.optional("nameEn", hundred + HAN, 100), "nameEn", "error.tooLong", 100);
    }

    @Test
    void lengthIsCountedAfterTrimming() {
        String hundred = "a".repeat(100);
        assertThat(Text.required("nameZh", "   " + hundred + "   ", 100)).isEqualTo(hundred);
    }

    @Test
    void anEmojiCountsOnce() {
        assertThat(EMOJI.length()).isEqualTo(2);
        String hundredEmoji = EMOJI.repeat(100);
        assertThat(Text.required("nameZh", hundredEmoji, 100)).isEqualTo(hundredEmoji);
        assertThat(Text.required("nameZh", "a".repeat(99) + EMOJI, 100)).hasSize(101);
        assertInvalid(() -> Text.required("nameZh", hundredEmoji + EMOJI, 100), "nameZh", "error.tooLong", 100);
        assertInvalid(() -> Text.required("nameZh", "a".repeat(100) + EMOJI, 100), "nameZh", "error.tooLong", 100);
    }

    @Test
    void tooLongReportsTheLimitGiven() {
        assertInvalid(() -> Text.optional("contactName", "x".repeat(61), 60), "contactName", "error.tooLong", 60);
        assertThat(Text.optional("contactName", "x".repeat(60), 60)).hasSize(60);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\tb", "a\nb", "a\rb", "a\u001Bb", "a\u007Fb", "a\u0085b", "a\u009Fb"})
    void controlCharactersInsideAreRefused(String value) {
        assertInvalid(() -> Text.required("nameZh", value, 100), "nameZh", "error.controlCharacters");
        assertInvalid(() -> Text.optional("nameEn", value, 100), "nameEn", "error.controlCharacters");
    }

    @Test
    void leadingAndTrailingWhitespaceControlsAreTrimmedNotRefused() {
        assertThat(Text.required("nameZh", "\n中心\r\n", 100)).isEqualTo("中心");
    }

    @Test
    void ordinaryPunctuationAndSymbolsAreAllowed() {
        String value = "卫生（健康）教育·中心 — No.1 😀";
        assertThat(Text.required("nameZh", value, 100)).isEqualTo(value);
    }
}
