package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The attendance dashboard's figures on a small known project ({@link DashboardFixture}) and whom it shows what. */
class AttendanceDashboardIT extends AppIT {

    private static List<JsonObject> objects(JsonArray array) {
        return array.stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject only(JsonArray array, String field, long id) {
        return objects(array).stream().filter(o -> o.getJsonNumber(field).longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " " + id + " in " + array));
    }

    @Test
    void theFiguresAddUpForTheCityCoordinator() {
        DashboardFixture f = DashboardFixture.create(this);
        JsonObject d = api("wuxi.coord").get(f.path()).object();
        assertThat(d.getBoolean("wholeProject")).isTrue();

        JsonObject totals = d.getJsonObject("totals");
        assertThat(totals.getInt("sites")).isEqualTo(2);
        assertThat(totals.getInt("batches")).isEqualTo(2);
        assertThat(totals.getInt("held")).isEqualTo(4);
        assertThat(totals.getInt("planned")).isEqualTo(1);
        assertThat(totals.getInt("cancelled")).isEqualTo(1);
        assertThat(totals.getInt("expected")).isEqualTo(14);
        assertThat(totals.getInt("attended")).isEqualTo(7);
        assertThat(totals.getJsonNumber("rate").doubleValue()).isEqualTo(0.5);
        assertThat(totals.getInt("atRisk")).isEqualTo(1);
        assertThat(totals.getInt("heldWithoutAttendance")).isEqualTo(1);
        assertThat(totals.getInt("gaps")).as("lessons neither held nor planned: Baodong 4, Jiangnan 2–5").isEqualTo(5);

        JsonObject baodong = only(d.getJsonArray("sites"), "projectSiteId", f.baodongProjectSiteId());
        assertThat(baodong.getInt("held")).isEqualTo(3);
        assertThat(baodong.getInt("expected")).isEqualTo(12);
        assertThat(baodong.getInt("attended")).isEqualTo(5);
        assertThat(baodong.getJsonNumber("rate").doubleValue()).isEqualTo(0.417);
        JsonObject jiangnan = only(d.getJsonArray("sites"), "projectSiteId", f.jiangnanProjectSiteId());
        assertThat(jiangnan.getJsonNumber("rate").doubleValue()).isEqualTo(1.0);

        JsonObject batch = only(d.getJsonArray("batches"), "batchId", f.baodong().batchId());
        assertThat(batch.getInt("lessons")).isEqualTo(5);
        assertThat(batch.getInt("lessonsHeld")).isEqualTo(3);
        assertThat(batch.getInt("atRisk")).isEqualTo(1);

        JsonArray lessons = d.getJsonArray("lessons");
        assertThat(objects(lessons).stream().map(l -> l.getInt("position") + ":" + l.getInt("held") + ":"
                + l.getInt("attended") + "/" + l.getInt("expected")))
                .containsExactly("1:2:5/6", "2:1:2/4", "3:1:0/4");

        JsonObject risk = d.getJsonArray("atRisk").getJsonObject(0);
        assertThat(risk.getJsonNumber("participantId").longValue()).isEqualTo(f.baodong().participantIds().get(3));
        assertThat(risk.getString("displayName")).as("a manager sees the name").startsWith("家长4号");
        assertThat(risk.getInt("missed")).isEqualTo(2);

        assertThat(objects(d.getJsonArray("gaps")).stream()
                .filter(g -> g.getJsonNumber("batchId").longValue() == f.baodong().batchId())
                .map(g -> g.getInt("position") + (g.getBoolean("planned") ? " planned" : " open")))
                .containsExactly("4 open", "5 planned");
        assertThat(d.getJsonArray("heldWithoutAttendance")).hasSize(1);
        assertThat(d.getJsonArray("heldWithoutAttendance").getJsonObject(0).getJsonNumber("sessionId").longValue())
                .isEqualTo(f.baodongSessions().get(2));
    }

    @Test
    void eachFigureDrillsDownToItsSessions() {
        DashboardFixture f = DashboardFixture.create(this);
        Api wuxi = api("wuxi.coord");
        JsonArray ofBatch = (JsonArray) wuxi.get(f.path() + "/sessions?batchId=" + f.baodong().batchId()).json();
        assertThat(objects(ofBatch).stream().map(s -> s.getString("status")))
                .containsExactly("HELD", "HELD", "HELD", "CANCELLED", "PLANNED");
        JsonObject first = ofBatch.getJsonObject(0);
        assertThat(first.getInt("expected")).isEqualTo(4);
        assertThat(first.getInt("attended")).isEqualTo(3);
        assertThat(first.getString("startsAt")).startsWith("2026-09-01T07:00");

        JsonArray lessonOne = (JsonArray) wuxi.get(f.path() + "/sessions?position=1&status=HELD").json();
        assertThat(lessonOne).hasSize(2);
        JsonArray unrecorded = (JsonArray) wuxi.get(f.path() + "/sessions?unrecorded=true").json();
        assertThat(objects(unrecorded).stream().map(s -> s.getJsonNumber("sessionId").longValue()))
                .containsExactly(f.baodongSessions().get(2));
        JsonObject oneSite = wuxi.get(f.path() + "?projectSiteId=" + f.jiangnanProjectSiteId()).object();
        assertThat(oneSite.getJsonArray("sites")).hasSize(1);
        assertThat(oneSite.getJsonObject("totals").getInt("expected")).isEqualTo(2);
        assertProblem(wuxi.get(f.path() + "/sessions?status=DONE"), 400, "session.status.unknown");

        // A mark changes: the figures follow on the next read.
        Marks.mark(f.baodongSessions().get(0), f.baodong().participantIds().get(3), "PRESENT");
        JsonObject after = wuxi.get(f.path()).object().getJsonObject("totals");
        assertThat(after.getInt("attended")).isEqualTo(8);
        assertThat(after.getInt("atRisk")).as("no longer two in a row").isZero();
    }

    @Test
    void aManagerAboveTheSiteSeesNoNameOfSomeoneWhoMayBeAMinor() {
        DashboardFixture f = DashboardFixture.create(this);
        long person = f.baodong().participantIds().get(3);
        int born = java.time.LocalDate.now().getYear() - 14;
        Db.update("update participant set kind = 'STUDENT', birth_year = ? where id = ?", born, person);

        JsonObject city = api("wuxi.coord").get(f.path()).object();
        JsonObject risk = city.getJsonArray("atRisk").getJsonObject(0);
        assertThat(risk.getJsonNumber("participantId").longValue()).isEqualTo(person);
        assertThat(risk.get("displayName")).as("a 14-year-old is a number to the city").isIn(null, JsonValue.NULL);
        assertThat(city.getJsonObject("totals").getInt("atRisk")).as("still counted").isEqualTo(1);

        JsonObject trainer = api("baodong.trainer").get(f.path()).object();
        assertThat(trainer.getJsonArray("atRisk").getJsonObject(0).getString("displayName"))
                .as("the trainer who calls the roll sees the name").startsWith("家长4号");

        Db.update("update participant set birth_year = ? where id = ?", born - 10, person);
        assertThat(api("wuxi.coord").get(f.path()).object().getJsonArray("atRisk").getJsonObject(0)
                .getString("displayName")).as("an adult student is named").startsWith("家长4号");
    }

    @Test
    void theFiguresFollowTheViewersScope() {
        DashboardFixture f = DashboardFixture.create(this);

        // The county's coordinator: only Baodong (inside Yixing), without the names of people at risk.
        JsonObject county = api("yixing.coord").get(f.path()).object();
        assertThat(county.getBoolean("wholeProject")).isFalse();
        assertThat(objects(county.getJsonArray("sites")).stream().map(s -> s.getJsonNumber("projectSiteId")
                .longValue())).containsExactly(f.baodongProjectSiteId());
        assertThat(county.getJsonObject("totals").getInt("expected")).isEqualTo(12);
        assertThat(county.getJsonObject("totals").getInt("attended")).isEqualTo(5);
        assertThat(county.getJsonArray("batches")).hasSize(1);
        assertThat(county.getJsonArray("atRisk").getJsonObject(0).get("displayName")).as("no name for the county")
                .isIn(null, JsonValue.NULL);
        assertProblem(api("yixing.coord").get(f.path() + "?projectSiteId=" + f.jiangnanProjectSiteId()), 404,
                "dashboard.siteNotFound");
        assertThat((JsonArray) api("yixing.coord").get(f.path() + "/sessions?batchId=" + f.jiangnanBatchId())
                .json()).isEmpty();

        // A trainer of the Baodong lecturer group: their site, with names (they call its roll).
        JsonObject trainer = api("baodong.trainer").get(f.path()).object();
        assertThat(trainer.getJsonArray("sites")).hasSize(1);
        assertThat(trainer.getJsonArray("atRisk").getJsonObject(0).getString("displayName")).startsWith("家长4号");

        // A coordinator of another province, and a lecturer of another site of no group here: nothing.
        assertProblem(api("guiyang.coord").get(f.path()), 403, "error.forbidden");
        assertProblem(api("jiangnan.lecturer").get(f.path()), 403, "error.forbidden");
        assertProblem(api("wuxi.coord").get("api/v1/projects/999999999/attendance-dashboard"), 404,
                "project.notFound");
    }
}
