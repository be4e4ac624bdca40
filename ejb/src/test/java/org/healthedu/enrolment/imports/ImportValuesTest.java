package org.healthedu.enrolment.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.healthedu.enrolment.Gender;
import org.healthedu.enrolment.ParticipantKind;
import org.junit.jupiter.api.Test;

class ImportValuesTest {

    @Test
    void kindsByNameOrByTheWordsPeopleWrite() {
        assertThat(ImportValues.kind("家长")).isEqualTo(ParticipantKind.PARENT);
        assertThat(ImportValues.kind("parent")).isEqualTo(ParticipantKind.PARENT);
        assertThat(ImportValues.kind("学生骨干")).isEqualTo(ParticipantKind.STUDENT);
        assertThat(ImportValues.kind("peer educator")).isEqualTo(ParticipantKind.PEER_EDUCATOR);
        assertThat(ImportValues.kind("PEER_EDUCATOR")).isEqualTo(ParticipantKind.PEER_EDUCATOR);
        assertThat(ImportValues.kind("同伴教育主持人")).isEqualTo(ParticipantKind.PEER_EDUCATOR);
        assertThat(ImportValues.kind("其它")).isEqualTo(ParticipantKind.OTHER);
        assertThat(ImportValues.kind("老师")).isNull();
        assertThat(ImportValues.kind(null)).isNull();
    }

    @Test
    void genders() {
        assertThat(ImportValues.gender("女")).isEqualTo(Gender.FEMALE);
        assertThat(ImportValues.gender("F")).isEqualTo(Gender.FEMALE);
        assertThat(ImportValues.gender("male")).isEqualTo(Gender.MALE);
        assertThat(ImportValues.gender("男性")).isEqualTo(Gender.MALE);
        assertThat(ImportValues.gender("未知")).isNull();
    }

    @Test
    void aBirthYearAloneOrAtTheStartOfADate() {
        assertThat(ImportValues.birthYear("2012")).isEqualTo(2012);
        assertThat(ImportValues.birthYear(" 2012年 ")).isEqualTo(2012);
        assertThat(ImportValues.birthYear("2012年5月")).isEqualTo(2012);
        assertThat(ImportValues.birthYear("2012-05-03")).isEqualTo(2012);
        assertThat(ImportValues.birthYear("2012/5")).isEqualTo(2012);
        assertThat(ImportValues.birthYear("12")).isNull();
        assertThat(ImportValues.birthYear("二〇一二")).isNull();
        assertThat(ImportValues.birthYear("20120")).isNull();
        assertThat(ImportValues.birthYear("unknown")).isNull();
    }

    @Test
    void datesInTheUsualSpellings() {
        LocalDate day = LocalDate.of(2026, 7, 11);
        assertThat(ImportValues.date("2026-07-11")).isEqualTo(day);
        assertThat(ImportValues.date("2026/7/11")).isEqualTo(day);
        assertThat(ImportValues.date("2026.7.11")).isEqualTo(day);
        assertThat(ImportValues.date("2026年7月11日")).isEqualTo(day);
        assertThat(ImportValues.date("2026-02-30")).as("no such day").isNull();
        assertThat(ImportValues.date("11/07/2026")).isNull();
        assertThat(ImportValues.date("昨天")).isNull();
    }
}
