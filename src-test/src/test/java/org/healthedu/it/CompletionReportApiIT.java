package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthedu.it.ReportFixture.WUXI;
import static org.healthedu.it.ReportFixture.YIXING;
import static org.healthedu.it.ReportFixture.created;
import static org.healthedu.it.ReportFixture.status;
import static org.healthedu.it.ReportFixture.step;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionReportApiIT extends AppIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void aCountyReportIsCheckedSubmittedReturnedResubmittedAndAcceptedByTheCity() {
        SessionFixture fixture = SessionFixture.create(this, 1);
        RollCallFixture.enrolledInJuly(fixture);
        LocalDate today = RollCallFixture.today();
        String period = ReportFixture.quarterOf(today);
        Api yixing = api("yixing.coord");
        Api wuxi = api("wuxi.coord");

        JsonObject report = created(yixing, fixture.projectId(), YIXING, period);
        long id = report.getJsonNumber("id").longValue();
        assertThat(report.getString("status")).isEqualTo("DRAFT");
        assertThat(report.getJsonNumber("reviewerUnitId").longValue()).isEqualTo(Db.unitId(WUXI));
        assertProblem(yixing.post("api/v1/reports", "{\"projectId\":" + fixture.projectId() + ",\"unitId\":"
                + Db.unitId(YIXING) + ",\"period\":\"" + period + "\"}"), 409, "report.exists", "period");
        assertProblem(wuxi.post("api/v1/reports", "{\"projectId\":" + fixture.projectId() + ",\"unitId\":"
                + Db.unitId("JS-WX-U-JN") + ",\"period\":\"" + period + "\"}"), 400, "report.unit.outsideProject",
                "unitId");
        assertProblem(yixing.post("api/v1/reports", "{\"projectId\":" + fixture.projectId() + ",\"unitId\":"
                + Db.unitId(YIXING) + ",\"period\":\"2026Q9\"}"), 400, "report.period.invalid", "period");

        // Another city sees nothing of it and cannot start one for Yixing.
        assertProblem(api("guiyang.coord").get("api/v1/reports/" + id), 403, "error.forbidden");
        assertProblem(api("guiyang.coord").post("api/v1/reports", "{\"projectId\":" + fixture.projectId()
                + ",\"unitId\":" + Db.unitId(YIXING) + ",\"period\":\"2026Q3\"}"), 403, "error.forbidden");
        assertThat(api("guiyang.coord").get("api/v1/reports?project=" + fixture.projectId()).object()
                .getJsonNumber("total").longValue()).isZero();

        // Narrative: versioned, limited in length.
        Api.Reply written = yixing.put("api/v1/reports/" + id + "/sections/OVERVIEW",
                "{\"body\":\"宜兴市宝东社区开展家长培训。\",\"version\":0}");
        assertThat(written.status()).as(written.toString()).isEqualTo(200);
        assertThat(written.object().getJsonNumber("version").longValue()).isEqualTo(1);
        assertProblem(yixing.put("api/v1/reports/" + id + "/sections/OVERVIEW",
                "{\"body\":\"旧版本\",\"version\":0}"), 409, "error.staleEdit");
        assertProblem(yixing.put("api/v1/reports/" + id + "/sections/RESULTS",
                "{\"body\":\"" + "字".repeat(20001) + "\",\"version\":0}"), 400, "report.section.tooLong", "body");

        // Attachments are what their bytes say.
        byte[] png = ActivityFixture.png();
        Api.Reply photo = yixing.postBytes("api/v1/reports/" + id + "/attachments?kind=PHOTO&filename=合影.png",
                "image/png", png);
        assertThat(photo.status()).as(photo.toString()).isEqualTo(201);
        long fileId = photo.object().getJsonNumber("fileId").longValue();
        var download = wuxi.download("api/v1/reports/" + id + "/attachments/" + fileId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(download.body()).isEqualTo(png);

        // An observer of the city reads it but changes nothing.
        Api observer = api("wuxi.observer");
        assertThat(observer.get("api/v1/reports/" + id).status()).isEqualTo(200);
        assertProblem(observer.put("api/v1/reports/" + id + "/sections/PROBLEMS",
                "{\"body\":\"观察员\",\"version\":0}"), 403, "error.forbidden");
        assertProblem(yixing.postBytes("api/v1/reports/" + id + "/attachments?kind=PHOTO&filename=photo.png",
                "image/png", PDF), 400, "error.file.type", "file");

        // A held session without a roll blocks submission.
        long session = ReportFixture.heldWithoutRoll(this, fixture, today);
        List<JsonObject> checks = yixing.get("api/v1/reports/" + id + "/checks").json().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(checks).anySatisfy(c -> {
            assertThat(c.getString("code")).isEqualTo("HELD_WITHOUT_ATTENDANCE");
            assertThat(c.getString("severity")).isEqualTo("BLOCKER");
            assertThat(c.getString("link")).isEqualTo("/session/roll-call.xhtml?id=" + session);
        });
        assertProblem(step(yixing, id, "submit", null), 409, "report.submit.blocked");
        assertThat(status(id)).isEqualTo("DRAFT");

        ReportFixture.present(fixture, session);
        assertThat(yixing.get("api/v1/reports/" + id + "/checks").json().asJsonArray().getValuesAs(JsonObject.class))
                .noneMatch(c -> c.getString("severity").equals("BLOCKER"));
        Api.Reply submitted = step(yixing, id, "submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.object().getString("status")).isEqualTo("SUBMITTED");

        // The figures are frozen as the figures service gave them, and the database refuses to change them.
        JsonObject snapshot = yixing.get("api/v1/reports/" + id + "/snapshot").object();
        assertThat(snapshot.getJsonNumber("projectId").longValue()).isEqualTo(fixture.projectId());
        assertThat(snapshot.getJsonObject("period").getString("kind")).isEqualTo("QUARTER");
        JsonObject document = yixing.get("api/v1/reports/" + id + "/document").object();
        assertThat(document.getBoolean("frozen")).isTrue();
        assertThat(document.getJsonObject("figures")).isEqualTo(snapshot);
        assertThat(document.getJsonArray("changes")).isNotNull();
        assertThat(document.getJsonObject("sections").getString("OVERVIEW")).isEqualTo("宜兴市宝东社区开展家长培训。");
        long snapshotId = ((Number) Db.value("select snapshot_id from completion_report where id = ?", id))
                .longValue();
        assertThatThrownBy(() -> Db.update("update report_snapshot set figures = '{}' where id = ?", snapshotId))
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> Db.update("delete from report_snapshot where id = ?", snapshotId))
                .hasMessageContaining("cannot be changed");

        // Submitted: no more edits; the county cannot review its own report.
        assertProblem(yixing.put("api/v1/reports/" + id + "/sections/OVERVIEW",
                "{\"body\":\"改\",\"version\":1}"), 409, "report.notEditable", "status");
        assertProblem(step(yixing, id, "accept", null), 403, "error.forbidden");
        assertProblem(step(api("guiyang.coord"), id, "accept", null), 403, "error.forbidden");

        // The city returns it with a comment (required); the county edits and submits again.
        assertThat(wuxi.get("api/v1/reports?toReview=true&project=" + fixture.projectId()).object()
                .getJsonNumber("total").longValue()).isEqualTo(1);
        assertProblem(step(wuxi, id, "return", null), 400, "report.comment.required", "comment");
        Api.Reply returned = step(wuxi, id, "return", "请补充培训成效");
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(returned.object().getString("status")).isEqualTo("RETURNED");
        assertThat(returned.object().getString("reviewComment")).isEqualTo("请补充培训成效");
        Api.Reply results = yixing.put("api/v1/reports/" + id + "/sections/RESULTS",
                "{\"body\":\"家长满意度高。\",\"version\":0}");
        assertThat(results.status()).as(results.toString()).isEqualTo(200);
        assertThat(step(yixing, id, "submit", null).status()).isEqualTo(200);
        assertThat(Db.count("select count(*) from report_snapshot where report_id = ?", id)).isEqualTo(2);

        Api.Reply accepted = step(wuxi, id, "accept", "同意");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.object().getString("status")).isEqualTo("ACCEPTED");
        assertProblem(step(wuxi, id, "accept", null), 409, "report.transition.invalid", "status");

        List<String> actions = yixing.get("api/v1/reports/" + id + "/history").json().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertThat(actions).containsSubsequence("CREATED", "EDITED", "ATTACHED", "SUBMITTED", "RETURNED", "EDITED",
                "SUBMITTED", "ACCEPTED");

        // The city's own report lists Yixing's accepted report and misses no child.
        JsonObject city = created(wuxi, fixture.projectId(), WUXI, period);
        long cityId = city.getJsonNumber("id").longValue();
        assertThat(absent(city, "reviewerUnitId")).as("the owner reports to no unit").isTrue();
        JsonObject detail = wuxi.get("api/v1/reports/" + cityId).object();
        assertThat(detail.getJsonArray("children").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(c -> assertThat(c.getString("status")).isEqualTo("ACCEPTED"));
        assertThat(wuxi.get("api/v1/reports/" + cityId + "/checks").json().asJsonArray()
                .getValuesAs(JsonObject.class)).noneMatch(c -> c.getString("code").equals("CHILD_REPORTS_PENDING"));

        // Reopen: only the reviewer, with a comment.
        assertProblem(step(yixing, id, "reopen", "再改"), 403, "error.forbidden");
        assertProblem(step(wuxi, id, "reopen", null), 400, "report.comment.required", "comment");
        assertThat(step(wuxi, id, "reopen", "数据需更正").object().getString("status")).isEqualTo("RETURNED");
    }

    @Test
    void completenessCountsExpectedSubmittedOnTimeAndAcceptedPerLevel() {
        SessionFixture fixture = SessionFixture.create(this, 1);
        String period = ReportFixture.quarterOf(RollCallFixture.today());
        Api yixing = api("yixing.coord");
        long id = created(yixing, fixture.projectId(), YIXING, period).getJsonNumber("id").longValue();
        assertThat(step(yixing, id, "submit", null).status()).isEqualTo(200);

        JsonObject completeness = api("wuxi.coord").get("api/v1/reports/completeness?project=" + fixture.projectId()
                + "&period=" + period).object();
        List<JsonObject> levels = completeness.getJsonArray("levels").getValuesAs(JsonObject.class);
        // The owner (city), Yixing (county), Yicheng (township) and Baodong (community) each have the site below.
        assertThat(levels).extracting(l -> l.getString("kind")).containsExactly("CITY", "COUNTY", "TOWNSHIP",
                "COMMUNITY");
        JsonObject county = levels.get(1);
        assertThat(county.getJsonNumber("expected").longValue()).isEqualTo(1);
        assertThat(county.getJsonNumber("submitted").longValue()).isEqualTo(1);
        assertThat(county.getJsonNumber("onTime").longValue()).isEqualTo(1);
        assertThat(county.getJsonNumber("accepted").longValue()).isZero();
        assertThat(levels.get(0).getJsonNumber("submitted").longValue()).isZero();

        assertThat(step(api("wuxi.coord"), id, "accept", null).status()).isEqualTo(200);
        JsonObject after = api("wuxi.coord").get("api/v1/reports/completeness?project=" + fixture.projectId()
                + "&period=" + period + "&depth=" + county.getInt("depth")).object();
        assertThat(after.getJsonArray("levels").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(l -> assertThat(l.getJsonNumber("accepted").longValue()).isEqualTo(1));
        assertProblem(api("guiyang.coord").get("api/v1/reports/completeness?project=" + fixture.projectId()
                + "&period=" + period), 403, "error.forbidden");
    }

    /** A session marked HELD with attendance after submission shows as a change in SESSIONS_HELD of the total. */
    @Test
    void aSessionHeldAfterSubmissionShowsAsChangedSinceSubmission() {
        SessionFixture fixture = SessionFixture.create(this, 1);
        RollCallFixture.enrolledInJuly(fixture);
        LocalDate today = RollCallFixture.today();
        String period = ReportFixture.quarterOf(today);
        Api yixing = api("yixing.coord");
        long id = created(yixing, fixture.projectId(), YIXING, period).getJsonNumber("id").longValue();
        assertThat(step(yixing, id, "submit", null).status()).isEqualTo(200);
        JsonObject frozen = yixing.get("api/v1/reports/" + id + "/snapshot").object();
        assertThat(frozen.getJsonObject("total").getString("code")).isEqualTo(YIXING);

        long session = RollCallFixture.session(this, fixture, today);
        ReportFixture.present(fixture, session);
        Db.update("update training_session set status = 'HELD' where id = ?", session);

        JsonObject document = yixing.get("api/v1/reports/" + id + "/document").object();
        assertThat(document.getJsonArray("changes").getValuesAs(JsonObject.class)).anySatisfy(c -> {
            assertThat(absent(c, "unitId")).as("the report's total").isTrue();
            assertThat(c.getString("measure")).isEqualTo("SESSIONS_HELD");
            assertThat(c.getJsonNumber("now").longValue()).isEqualTo(
                    (absent(c, "frozen") ? 0 : c.getJsonNumber("frozen").longValue()) + 1);
        });
    }

    /** JSON-B leaves nulls out. */
    private static boolean absent(JsonObject object, String field) {
        return !object.containsKey(field) || object.isNull(field);
    }
}
