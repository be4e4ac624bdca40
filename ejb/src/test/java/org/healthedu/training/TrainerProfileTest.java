package org.healthedu.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import org.junit.jupiter.api.Test;

class TrainerProfileTest {

    @Test
    void contactAndQualificationsAreTrimmedAndOptional() {
        TrainerProfile profile = new TrainerProfile(7);
        profile.describe(" 0510-8700 0001 ", " zhou@example.org ", "国家二级心理咨询师\r\n青春健康教育讲师（2019）");
        assertThat(profile.accountId()).isEqualTo(7L);
        assertThat(profile.phone()).isEqualTo("0510-8700 0001");
        assertThat(profile.email()).isEqualTo("zhou@example.org");
        assertThat(profile.qualifications()).isEqualTo("国家二级心理咨询师\n青春健康教育讲师（2019）");

        profile.describe("  ", null, "");
        assertThat(profile.phone()).isNull();
        assertThat(profile.email()).isNull();
        assertThat(profile.qualifications()).isNull();
    }

    @Test
    void aMalformedContactIsRefusedAndNothingChanges() {
        TrainerProfile profile = new TrainerProfile(7);
        profile.describe("13800000000", "a@b.cn", "讲师");
        assertInvalid(() -> profile.describe("call me", "a@b.cn", "讲师"), "phone", "site.phone.format");
        assertInvalid(() -> profile.describe("13800000000", "not-an-address", "讲师"), "email",
                "trainerProfile.email.format");
        assertInvalid(() -> profile.describe("13800000000", "a b@c.cn", "讲师"), "email",
                "trainerProfile.email.format");
        assertInvalid(() -> profile.describe("13800000000", "a@b.cn", "资".repeat(2001)), "qualifications",
                "error.tooLong", 2000);
        assertThat(profile.phone()).isEqualTo("13800000000");
        assertThat(profile.qualifications()).isEqualTo("讲师");
    }
}
