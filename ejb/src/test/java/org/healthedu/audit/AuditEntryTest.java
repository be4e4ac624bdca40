package org.healthedu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditEntryTest {

    @Test
    void detailsBecomeAJsonObjectWithNumbersBooleansAndEscapedText() {
        AuditEntry entry = AuditEntry.of(AuditKind.ROLE_CHANGED).actor(7L, "wuxi.coord").target("account", 42L)
                .detail("from", "TRAINER").detail("to", "COORDINATOR").detail("count", 3).detail("forced", true)
                .detail("note", "a \"quoted\" 名字").detail("none", null);

        assertThat(AuditLog.json(entry.details())).isEqualTo(
                "{\"from\":\"TRAINER\",\"to\":\"COORDINATOR\",\"count\":3,\"forced\":true,"
                        + "\"note\":\"a \\\"quoted\\\" 名字\",\"none\":null}");
    }

    @Test
    void overlongUsernamesAndAddressesAreCutToTheirColumns() {
        AuditEntry entry = AuditEntry.of(AuditKind.LOGIN_FAILED).actor(null, "x".repeat(500)).from("y".repeat(100));

        assertThat(entry.actorUsername()).hasSize(60);
        assertThat(entry.sourceAddress()).hasSize(64);
    }
}
