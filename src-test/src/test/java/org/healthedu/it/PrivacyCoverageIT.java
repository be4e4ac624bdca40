package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Like Moodle's privacy provider test: reads the live schema and fails when a table that references a participant
 * (a foreign key or a participant_id column), references an enrolment (one hop), or has a column whose name says
 * personal data is not declared in the one registry that export and erasure both walk
 * ({@code org.healthedu.privacy.PersonalDataRegistry}, served to admins at api/v1/privacy/registry). A new table must
 * be declared to pass; so must each column the registry clears actually exist.
 */
class PrivacyCoverageIT extends AppIT {

    /** Column names that say "a person's data" (whole words of a snake_case name). */
    private static final String PERSONAL_COLUMN = "(^|_)(name|display_name|phone|mobile|birth|birthday|birth_year"
            + "|guardian|id_number|id_card|address|email|wechat|qq|school|grade|contact|contact_name|note"
            + "|text_value|reason)(_|$)";

    /** Columns matched by the pattern that name a thing, not a person (projects, units, batches, forms...). */
    private static final String THING_NAMES = "name_zh|name_en|nameZh|file_name|original_name|title|title_zh|title_en";

    @Test
    void everyTableHoldingParticipantDataIsDeclaredInTheRegistry() {
        Map<String, String> flagged = new TreeMap<>();
        for (List<Object> row : Db.rows("""
                select distinct cl.relname, f.relname from pg_constraint c
                join pg_class cl on cl.oid = c.conrelid join pg_class f on f.oid = c.confrelid
                where c.contype = 'f' and f.relname in ('participant', 'enrolment')
                  and cl.relnamespace = to_regnamespace(current_schema())""")) {
            flagged.merge((String) row.get(0), "references " + row.get(1), (a, b) -> a + ", " + b);
        }
        for (List<Object> row : Db.rows("""
                select c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                  and c.column_name ~ ? and c.column_name !~ ?""", PERSONAL_COLUMN + "|^participant_id$",
                "^(" + THING_NAMES + ")$")) {
            flagged.merge((String) row.get(0), "column " + row.get(1), (a, b) -> a + ", " + b);
        }
        assertThat(flagged).as("the schema query finds the known tables").containsKeys("participant",
                "guardian_consent", "enrolment", "attendance", "feedback_response", "peer_host");

        Api.Reply registry = api("admin").get("api/v1/privacy/registry");
        assertThat(registry.status()).as(registry.toString()).isEqualTo(200);
        Map<String, JsonObject> declared = registry.json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(t -> t.getString("table"), t -> t));

        Map<String, String> undeclared = new TreeMap<>(flagged);
        undeclared.keySet().removeAll(declared.keySet());
        assertThat(undeclared).as("tables holding participant data that PersonalDataRegistry does not declare "
                + "(say what the export includes and what erasure clears, or why it holds no participant's data)")
                .isEmpty();

        for (JsonObject table : declared.values()) {
            String name = table.getString("table");
            List<String> columns = Db.rows("select column_name from information_schema.columns "
                    + "where table_schema = current_schema() and table_name = ?", name).stream()
                    .map(r -> (String) r.get(0)).toList();
            assertThat(columns).as("declared table %s exists", name).isNotEmpty();
            assertThat(columns).as("columns %s clears", name).containsAll(table.getJsonObject("cleared").keySet());
            assertThat(table.getString("kept")).as(name).isNotBlank();
        }
    }

    @Test
    void onlyAdminsReadTheRegistry() {
        assertThat(api("wuxi.coord").get("api/v1/privacy/registry").status()).isEqualTo(403);
        assertThat(api("baodong.trainer").get("api/v1/privacy/registry").status()).isEqualTo(403);
    }
}
