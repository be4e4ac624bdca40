package org.healthedu.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.healthedu.enrolment.ParticipantKind;
import org.junit.jupiter.api.Test;

/** The small rules of check-in: codes, masked names, which second factor and when it matches, message times. */
class CheckInRulesTest {

    @Test
    void codesAreSixUnambiguousCharactersAndTypedCodesAreForgiving() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = CheckInCode.random();
            assertThat(code).hasSize(6).doesNotContain("0", "O", "1", "I", "L");
            assertThat(CheckInCode.wellFormed(code)).isTrue();
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(1990);
        assertThat(CheckInCode.normalise(" k7q-2mx ")).isEqualTo("K7Q2MX");
        assertThat(CheckInCode.normalise("   ")).isNull();
        assertThat(CheckInCode.wellFormed("K7Q2M0")).isFalse();
        assertThat(CheckInCode.wellFormed("K7Q2M")).isFalse();
    }

    @Test
    void namesAreMaskedBetweenTheFirstAndLastCharacter() {
        assertThat(MaskedNames.mask("王小华")).isEqualTo("王*华");
        assertThat(MaskedNames.mask("李明")).isEqualTo("李*");
        assertThat(MaskedNames.mask("欧阳振华")).isEqualTo("欧**华");
        assertThat(MaskedNames.mask("Anna Smith")).isEqualTo("A*** ****h");
        assertThat(MaskedNames.mask("王")).isEqualTo("*");
        assertThat(MaskedNames.mask(null)).isEqualTo("*");
    }

    @Test
    void parentsWithAPhoneGiveItsLastDigitsOthersTheirBirthYear() {
        assertThat(SecondFactor.of(ParticipantKind.PARENT, "139 1234 5678", null)).isEqualTo(SecondFactor.PHONE_LAST4);
        assertThat(SecondFactor.of(ParticipantKind.PARENT, null, 1980)).isEqualTo(SecondFactor.BIRTH_YEAR);
        assertThat(SecondFactor.of(ParticipantKind.PARENT, null, null)).isNull();
        assertThat(SecondFactor.of(ParticipantKind.STUDENT, "13912345678", 2012)).isEqualTo(SecondFactor.BIRTH_YEAR);
        assertThat(SecondFactor.PHONE_LAST4.matches(" 5678", "139-1234-5678", null)).isTrue();
        assertThat(SecondFactor.PHONE_LAST4.matches("1234", "13912345678", null)).isFalse();
        assertThat(SecondFactor.BIRTH_YEAR.matches("2012", null, 2012)).isTrue();
        assertThat(SecondFactor.BIRTH_YEAR.matches("2011", null, 2012)).isFalse();
        assertThat(SecondFactor.BIRTH_YEAR.matches(null, null, 2012)).isFalse();
    }

    @Test
    void messagesGiveTheTimeAloneOnTheSameDayAndTheDateOtherwise() {
        Instant now = Instant.parse("2026-11-29T02:00:00Z"); // 10:00 in China
        assertThat(CheckInService.when(Instant.parse("2026-11-29T01:00:00Z"), now)).isEqualTo("09:00");
        assertThat(CheckInService.when(Instant.parse("2026-11-30T01:30:00Z"), now)).isEqualTo("2026-11-30 09:30");
    }
}
