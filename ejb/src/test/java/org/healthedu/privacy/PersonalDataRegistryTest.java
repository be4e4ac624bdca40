package org.healthedu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalDataRegistryTest {

    @Test
    void everyTableIsDeclaredOnceWithAReason() {
        Set<String> seen = new HashSet<>();
        for (PersonalTable table : PersonalDataRegistry.tables()) {
            assertThat(seen.add(table.table())).as("declared twice: %s", table.table()).isTrue();
            assertThat(table.kept()).as(table.table()).isNotBlank();
            if (table.exported()) {
                assertThat(table.owned()).contains(":ids");
                assertThat(table.exportSql()).contains("(:ids)");
            } else {
                assertThat(table.cleared()).isEmpty();
            }
        }
    }

    @Test
    void erasureSetsEachClearedColumnOfTheOwnedRows() {
        PersonalTable participant = PersonalDataRegistry.table("participant").orElseThrow();
        assertThat(participant.eraseSql()).startsWith("update participant t set display_name = null, name_key = null")
                .contains("anonymised_at = coalesce(t.anonymised_at, now())").endsWith("where t.id in (:ids)");
        assertThat(PersonalDataRegistry.table("peer_host").orElseThrow().eraseSql()).isNull();
    }

    @Test
    void linkedAnswersAreClearedBeforeTheirResponseIsUnlinked() {
        var tables = PersonalDataRegistry.participantTables().stream().map(PersonalTable::table).toList();
        assertThat(tables.indexOf("feedback_answer")).isLessThan(tables.indexOf("feedback_response"));
        assertThat(tables.get(0)).isEqualTo("participant");
    }

    @Test
    void filesThatMayShowAPersonAreListedNotClearedByTheRegistry() {
        PersonalTable files = PersonalDataRegistry.table("stored_file").orElseThrow();
        assertThat(files.exported()).isTrue();
        assertThat(files.eraseSql()).as("content goes through FileStore.removeContent, the row stays").isNull();
        assertThat(files.exportSql()).contains("found_in", "content_removed_at");
        assertThat(PersonalDataRegistry.FILES_THAT_MAY_SHOW).contains("activity_evidence", "report_attachment")
                .contains("(:ids)");
        assertThat(PersonalDataRegistry.table("stored_file_content").orElseThrow().exported()).isFalse();
    }

    @Test
    void valuesAreShownAsJsonShowsThem() {
        assertThat(PersonalDataService.plain(java.sql.Date.valueOf("2026-05-01"))).isEqualTo("2026-05-01");
        assertThat(PersonalDataService.plain(7L)).isEqualTo(7L);
        assertThat(PersonalDataService.plain(null)).isNull();
    }
}
