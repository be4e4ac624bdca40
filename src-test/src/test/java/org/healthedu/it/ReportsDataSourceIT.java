package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The figures are read through the reports datasource (HealthEduReportsDS, issue 8): after a coordinator asks for a
 * unit's figures, the database has sessions named healthedu-reports, one of which ran the figures' statements, and
 * the figures are the ones counted by hand ({@link FiguresFixture}) and the ones the base tables give on the primary.
 * In the test run the reports datasource defaults to DB_URL (REPORTS_DB_URL unset), so this also shows the nested
 * default resolves.
 */
class ReportsDataSourceIT extends AppIT {

    private static final String REPORTS_SESSIONS = """
            select count(*) from pg_stat_activity
             where application_name = 'healthedu-reports' and datname = current_database()""";

    @Test
    void figuresAreServedThroughTheReportsDataSource() {
        FiguresFixture f = FiguresFixture.create();
        String path = "api/v1/figures/projects/" + f.projectId + "/units/" + Db.unitId(FiguresFixture.CITY)
                + "?period=202609";

        Api.Reply reply = api("wuxi.coord").get(path);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject total = reply.object().getJsonObject("total").getJsonObject("values");
        assertThat(total.getJsonNumber("SESSIONS_HELD").longValue()).isEqualTo(3);
        assertThat(total.getJsonNumber("EXPECTED").longValue()).isEqualTo(10);
        assertThat(total.getJsonNumber("ATTENDED").longValue()).isEqualTo(8);
        assertThat(total.getJsonNumber("CONTACTS").longValue()).isEqualTo(9);
        assertThat(reply.object().getJsonArray("children")).as("the city's counties, read there too").isNotEmpty();

        assertThat(Db.count(REPORTS_SESSIONS)).as("sessions of the reports datasource").isGreaterThan(0);
        assertThat(Db.count(REPORTS_SESSIONS + """
                 and (query like '%reporting_figures(%' or query like '%reporting_measure_facts(%'
                      or query like '%from organisation_unit c where c.parent_id%')"""))
                .as("a healthedu-reports session ran the figures' statements").isGreaterThan(0);

        // The same figures as the base tables give (read on the primary: they need a temporary table).
        Api.Reply rollups = api("admin").get(path);
        Api.Reply base = api("admin").get(path + "&source=base");
        assertThat(rollups.status()).as(rollups.toString()).isEqualTo(200);
        assertThat(base.status()).as(base.toString()).isEqualTo(200);
        assertThat(rollups.object().getJsonObject("total").getJsonObject("values"))
                .isEqualTo(base.object().getJsonObject("total").getJsonObject("values"));
        assertThat(rollups.object().getJsonArray("children")).isEqualTo(base.object().getJsonArray("children"));
    }
}
