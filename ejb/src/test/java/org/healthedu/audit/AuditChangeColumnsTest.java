package org.healthedu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The trail reads the triggers' {column: [before, after]} as text, and shows a secret only as changed. */
class AuditChangeColumnsTest {

    @Test
    void valuesReadAsTextWithNullForNoValueAndSecretsHidden() {
        var columns = AuditTrail.columns("""
                {"name_zh": ["旧名", "<b>新名</b>"], "budget_cny": [0.00, 12.50], "active": [true, false],
                 "note": [null, "x"], "password_hash": "changed"}""");
        assertThat(columns).containsExactly(
                new AuditChangeView.Column("name_zh", "旧名", "<b>新名</b>", false),
                new AuditChangeView.Column("budget_cny", "0.00", "12.50", false),
                new AuditChangeView.Column("active", "true", "false", false),
                new AuditChangeView.Column("note", null, "x", false),
                new AuditChangeView.Column("password_hash", null, null, true));
    }
}
