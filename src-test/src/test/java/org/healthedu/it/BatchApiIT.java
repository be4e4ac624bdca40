package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.it.EnrolmentFixtures.BAODONG_SITE;
import static org.healthedu.it.EnrolmentFixtures.BAODONG_UNIT;
import static org.healthedu.it.EnrolmentFixtures.DONGGUAN_SITE;
import static org.healthedu.it.EnrolmentFixtures.DONGGUAN_UNIT;
import static org.healthedu.it.EnrolmentFixtures.batchJson;
import static org.healthedu.it.EnrolmentFixtures.baodongBatch;
import static org.healthedu.it.EnrolmentFixtures.create;
import static org.healthedu.it.EnrolmentFixtures.enrol;
import static org.healthedu.it.EnrolmentFixtures.enrolled;
import static org.healthedu.it.EnrolmentFixtures.parent;
import static org.healthedu.it.EnrolmentFixtures.siteId;
import static org.healthedu.it.EnrolmentFixtures.uniqueName;
import static org.healthedu.it.EnrolmentFixtures.wuxiProject;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Batches and enrolments through the REST API: capacity, moves and withdrawals with their history, roles, scope. */
class BatchApiIT extends AppIT {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    private static JsonObject batch(Api api, long id) {
        Api.Reply reply = api.get("api/v1/batches/" + id);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    private static long demoBatch(String projectCode, int number) {
        return ((Number) Db.value("select b.id from batch b join project p on p.id = b.project_id"
                + " where p.code = ? and b.number = ?", projectCode, number)).longValue();
    }

    private static List<Long> parents(Api coordinator, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(create(coordinator, parent(uniqueName("家长"), null, BAODONG_UNIT)));
        }
        return ids;
    }

    @Test
    void batchesAreNumberedInTheirProjectAndFollowTheProjectsCurrentCurriculum() {
        Api wuxi = api("wuxi.coord");
        long project = wuxiProject(wuxi);
        long site = siteId(BAODONG_UNIT, BAODONG_SITE);
        Api.Reply first = wuxi.post("api/v1/projects/" + project + "/batches", batchJson(site, " 第一批家长 ", 30));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Location")).endsWith("/api/v1/batches/" + first.id());
        JsonObject body = first.object();
        assertThat(body.getInt("number")).isEqualTo(1);
        assertThat(body.getString("name")).isEqualTo("第一批家长");
        assertThat(body.getString("siteNameZh")).isEqualTo(BAODONG_SITE);
        assertThat(body.getString("plannedStart")).isEqualTo("2026-09-05");
        assertThat(body.getInt("capacity")).isEqualTo(30);
        assertThat(body.containsKey("curriculumId") && !body.isNull("curriculumId"))
                .as("the project has adopted no curriculum").isFalse();

        long template = ((Number) Db.value("select id from curriculum where project_id is null"
                + " and owner_unit_id is null order by id limit 1")).longValue();
        Api.Reply adopted = wuxi.post("api/v1/projects/" + project + "/curriculum", "{\"templateId\":" + template
                + "}");
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(201);
        long version = adopted.object().getJsonObject("summary").getJsonNumber("id").longValue();
        Api.Reply second = wuxi.post("api/v1/projects/" + project + "/batches", batchJson(site, "第二批家长", 30));
        assertThat(second.object().getInt("number")).isEqualTo(2);
        assertThat(second.object().getJsonNumber("curriculumId").longValue()).isEqualTo(version);
        assertThat(second.object().getInt("curriculumVersionNo")).isEqualTo(1);
        assertThat(Db.value("select in_use from curriculum where id = ?", version)).as("in use once followed")
                .isEqualTo(true);

        JsonArray list = (JsonArray) wuxi.get("api/v1/projects/" + project + "/batches").json();
        assertThat(list.stream().map(v -> v.asJsonObject().getString("name")).toList())
                .containsExactly("第一批家长", "第二批家长");

        long otherProject = wuxiProject(wuxi);
        assertProblem(wuxi.post("api/v1/projects/" + otherProject + "/batches",
                batchJson(site, "别的课程", 30).replace("}", ",\"curriculumId\":" + version + "}")), 400,
                "batch.curriculum.notOfProject", "curriculumId");
        assertProblem(wuxi.post("api/v1/projects/" + project + "/batches",
                batchJson(siteId(DONGGUAN_UNIT, DONGGUAN_SITE), "不在项目中的点", 30)), 400, "project.site.notFound",
                "siteId");
        assertProblem(wuxi.post("api/v1/projects/" + project + "/batches", batchJson(site, "名额为零", 0)), 400,
                "batch.capacity.range", "capacity");
        assertProblem(wuxi.post("api/v1/projects/" + project + "/batches", batchJson(site, " ", 30)), 400,
                "error.required", "name");
        assertProblem(wuxi.delete("api/v1/projects/" + project + "/sites/" + site), 409, "project.site.hasBatches",
                "siteId");
        assertThat(Db.count("select count(*) from batch where project_id = ?", project)).isEqualTo(2);
    }

    @Test
    void theCapacityIsEnforcedWithAClearMessageAndAPersonIsEnrolledOncePerProject() {
        Api wuxi = api("wuxi.coord");
        long project = wuxiProject(wuxi);
        long batch = baodongBatch(wuxi, project, 2);
        long other = baodongBatch(wuxi, project, 5);
        List<Long> people = parents(wuxi, 3);
        Api.Reply first = enrol(wuxi, batch, people.get(0));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.object().getString("status")).isEqualTo("ACTIVE");
        assertThat(first.object().getString("enrolledOn")).isEqualTo(TODAY);
        assertProblem(enrol(wuxi, batch, people.get(0)), 409, "enrolment.duplicate", "participantId");
        assertProblem(enrol(wuxi, other, people.get(0)), 409, "enrolment.duplicate", "participantId");
        enrolled(wuxi, batch, people.get(1));

        Api.Reply full = enrol(wuxi, batch, people.get(2));
        assertProblem(full, 409, "batch.full", "capacity");
        assertThat(full.string("detail")).isEqualTo("批次“第一批家长”已满：2 个名额已占用 2 个。");
        assertThat(wuxi.inEnglish().post("api/v1/batches/" + batch + "/enrolments", "{\"participantId\":"
                + people.get(2) + "}").string("detail"))
                .isEqualTo("Batch \u201c第一批家长\u201d is full: 2 of 2 places are taken.");
        assertThat(batch(wuxi, batch).getInt("activeCount")).isEqualTo(2);

        long version = batch(wuxi, batch).getJsonNumber("version").longValue();
        assertProblem(wuxi.put("api/v1/batches/" + batch, "{\"name\":\"第一批家长\",\"capacity\":1,\"expectedVersion\":"
                + version + "}"), 400, "batch.capacity.belowEnrolled", "capacity");
        Api.Reply bigger = wuxi.put("api/v1/batches/" + batch, "{\"name\":\"第一批家长（扩班）\",\"capacity\":3,"
                + "\"plannedStart\":\"2026-10-01\",\"expectedVersion\":" + version + "}");
        assertThat(bigger.status()).as(bigger.toString()).isEqualTo(200);
        assertThat(bigger.object().getInt("capacity")).isEqualTo(3);
        assertProblem(wuxi.put("api/v1/batches/" + batch, "{\"name\":\"旧版本\",\"capacity\":3,\"expectedVersion\":"
                + version + "}"), 409, "error.staleEdit", null);
        assertThat(enrol(wuxi, batch, people.get(2)).status()).isEqualTo(201);
        assertProblem(enrol(wuxi, batch, 987654321L), 404, "participant.notFound", null);
        assertProblem(wuxi.post("api/v1/batches/" + batch + "/enrolments", "{}"), 400, "error.required",
                "participantId");
    }

    @Test
    void concurrentEnrolmentsNeverOverfillABatch() throws Exception {
        Api wuxi = api("wuxi.coord");
        long project = wuxiProject(wuxi);
        long batch = baodongBatch(wuxi, project, 5);
        List<Long> people = parents(wuxi, 14);
        ExecutorService pool = Executors.newFixedThreadPool(7);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (long person : people) {
                Callable<Api.Reply> call = () -> enrol(wuxi, batch, person);
                replies.add(pool.submit(call));
            }
            int created = 0;
            int full = 0;
            for (Future<Api.Reply> reply : replies) {
                Api.Reply r = reply.get();
                if (r.status() == 201) {
                    created++;
                } else {
                    assertThat(r.string("code")).as(r.toString()).isEqualTo("batch.full");
                    full++;
                }
            }
            assertThat(created).isEqualTo(5);
            assertThat(full).isEqualTo(9);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Db.count("select count(*) from enrolment where batch_id = ? and status = 'ACTIVE'", batch))
                .isEqualTo(5);
        assertThat(batch(wuxi, batch).getInt("activeCount")).isEqualTo(5);
    }

    @Test
    void aMoveKeepsTheHistoryAndBothBatchesCountsRight() {
        Api wuxi = api("wuxi.coord");
        long project = wuxiProject(wuxi);
        long from = baodongBatch(wuxi, project, 30);
        long to = baodongBatch(wuxi, project, 1, "第二批家长");
        List<Long> people = parents(wuxi, 3);
        long moving = enrolled(wuxi, from, people.get(0));
        long staying = enrolled(wuxi, from, people.get(1));
        enrolled(wuxi, from, people.get(2));

        assertProblem(wuxi.post("api/v1/batches/" + from + "/enrolments/" + moving + "/move", "{\"toBatchId\":" + from
                + "}"), 400, "enrolment.move.sameBatch", "toBatchId");
        long elsewhere = baodongBatch(wuxi, wuxiProject(wuxi), 30);
        assertProblem(wuxi.post("api/v1/batches/" + from + "/enrolments/" + moving + "/move", "{\"toBatchId\":"
                + elsewhere + "}"), 400, "enrolment.move.otherProject", "toBatchId");
        assertProblem(wuxi.post("api/v1/batches/" + to + "/enrolments/" + moving + "/move", "{\"toBatchId\":" + from
                + "}"), 404, "enrolment.notFound", null);

        Api.Reply moved = wuxi.post("api/v1/batches/" + from + "/enrolments/" + moving + "/move",
                "{\"toBatchId\":" + to + ",\"reason\":\"周六时间冲突\"}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        assertThat(moved.object().getString("status")).isEqualTo("ACTIVE");
        assertThat(moved.object().getString("movedFromBatchName")).isEqualTo("第一批家长");

        JsonObject source = batch(wuxi, from);
        JsonObject target = batch(wuxi, to);
        assertThat(source.getInt("activeCount")).isEqualTo(2);
        assertThat(source.getInt("movedOutCount")).isEqualTo(1);
        assertThat(target.getInt("activeCount")).isEqualTo(1);
        JsonArray history = wuxi.get("api/v1/batches/" + from + "/enrolments?all=true").object().getJsonArray("items");
        assertThat(history).hasSize(3);
        JsonObject old = history.getJsonObject(2);
        assertThat(old.getString("status")).as("ended ones come last").isEqualTo("MOVED");
        assertThat(old.getString("endReason")).isEqualTo("周六时间冲突");
        assertThat(old.getString("endedOn")).isEqualTo(TODAY);
        assertThat(old.getString("movedToBatchName")).isEqualTo("第二批家长");
        assertThat(wuxi.get("api/v1/batches/" + from + "/enrolments").object().getInt("total")).as("enrolled now")
                .isEqualTo(2);
        assertThat(wuxi.get("api/v1/participants/" + people.get(0) + "/enrolments").json().asJsonArray())
                .hasSize(2);

        Api.Reply full = wuxi.post("api/v1/batches/" + from + "/enrolments/" + staying + "/move",
                "{\"toBatchId\":" + to + "}");
        assertProblem(full, 409, "batch.full", "capacity");
        assertThat(Db.value("select status from enrolment where id = ?", staying)).as("nothing changed")
                .isEqualTo("ACTIVE");
        assertProblem(wuxi.post("api/v1/batches/" + from + "/enrolments/" + moving + "/move", "{\"toBatchId\":" + to
                + "}"), 409, "enrolment.notActive", null);
    }

    @Test
    void aWithdrawalHasADateAndAReasonAndHappensOnce() {
        Api wuxi = api("wuxi.coord");
        long project = wuxiProject(wuxi);
        long batch = baodongBatch(wuxi, project, 30);
        long person = create(wuxi, parent(uniqueName("吴素琴"), null, BAODONG_UNIT));
        long enrolment = enrolled(wuxi, batch, person);
        String path = "api/v1/batches/" + batch + "/enrolments/" + enrolment + "/withdraw";

        assertProblem(wuxi.post(path, "{\"date\":\"2999-01-01\"}"), 400, "enrolment.date.future", "date");
        assertProblem(wuxi.post(path, "{\"date\":\"2000-01-01\"}"), 400, "enrolment.date.beforeEnrolled", "date");
        Api.Reply left = wuxi.post(path, "{\"date\":\"" + TODAY + "\",\"reason\":\"工作调动\"}");
        assertThat(left.status()).as(left.toString()).isEqualTo(200);
        assertThat(left.object().getString("status")).isEqualTo("WITHDRAWN");
        assertThat(left.object().getString("endReason")).isEqualTo("工作调动");
        assertProblem(wuxi.post(path, "{}"), 409, "enrolment.notActive", null);
        JsonObject counts = batch(wuxi, batch);
        assertThat(counts.getInt("activeCount")).isZero();
        assertThat(counts.getInt("withdrawnCount")).isEqualTo(1);
        assertThat(enrol(wuxi, batch, person).status()).as("may join again later").isEqualTo(201);
        assertThat(batch(wuxi, batch).getInt("activeCount")).isEqualTo(1);
    }

    @Test
    void aClosedProjectsBatchesAreReadOnly() {
        Api wuxi = api("wuxi.coord");
        long project = wuxiProject(wuxi);
        long batch = baodongBatch(wuxi, project, 30);
        long person = create(wuxi, parent(uniqueName("郑红"), null, BAODONG_UNIT));
        long enrolment = enrolled(wuxi, batch, person);
        long other = create(wuxi, parent(uniqueName("郑兰"), null, BAODONG_UNIT));
        assertThat(wuxi.post("api/v1/projects/" + project + "/activate", "").status()).isEqualTo(200);
        assertThat(wuxi.post("api/v1/projects/" + project + "/close", "").status()).isEqualTo(200);

        assertProblem(wuxi.post("api/v1/projects/" + project + "/batches",
                batchJson(siteId(BAODONG_UNIT, BAODONG_SITE), "结项后", 30)), 409, "project.closed", null);
        assertProblem(enrol(wuxi, batch, other), 409, "project.closed", null);
        assertProblem(wuxi.post("api/v1/batches/" + batch + "/enrolments/" + enrolment + "/withdraw", "{}"), 409,
                "project.closed", null);
        assertProblem(wuxi.put("api/v1/batches/" + batch, "{\"name\":\"改名\",\"capacity\":30}"), 409,
                "project.closed", null);
        assertProblem(wuxi.postBytes("api/v1/batches/" + batch + "/import/preview?filename=a.csv", "text/csv",
                "姓名\n王芳\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), 409, "project.closed", null);
        assertThat(batch(wuxi, batch).getInt("activeCount")).as("still readable").isEqualTo(1);
        assertThat(wuxi.get("api/v1/batches/" + batch + "/enrolments").object().getInt("total")).isEqualTo(1);
    }

    @Test
    void lecturersAndManagersOfTheSiteReadTheRosterGuidanceSeesCountsOnly() {
        long firstParents = demoBatch("WX-2026-PARENT", 1);
        long students = demoBatch("WX-2026-ASRH", 1);
        long parentProject = ((Number) Db.value("select id from project where code = 'WX-2026-PARENT'")).longValue();

        JsonObject demo = batch(api("wuxi.coord"), firstParents);
        assertThat(demo.getString("name")).isEqualTo("第一批家长");
        assertThat(demo.getInt("activeCount")).isEqualTo(28);
        assertThat(demo.getInt("movedOutCount")).isEqualTo(1);
        assertThat(demo.getInt("withdrawnCount")).isEqualTo(1);
        assertThat(demo.getInt("curriculumVersionNo")).isEqualTo(1);
        assertThat(batch(api("wuxi.coord"), students).getInt("activeCount")).isEqualTo(46);

        for (String lecturer : List.of("baodong.trainer", "baodong.lecturer2", "baodong.manager")) {
            Api.Reply roster = api(lecturer).get("api/v1/batches/" + firstParents + "/enrolments?limit=50");
            assertThat(roster.status()).as(lecturer + " " + roster).isEqualTo(200);
            assertThat(roster.object().getInt("total")).isEqualTo(28);
            assertThat(roster.body()).as("no phone numbers in a roster").doesNotContain("phone");
            JsonArray visible = (JsonArray) api(lecturer).get("api/v1/projects/" + parentProject + "/batches").json();
            assertThat(visible).hasSize(2);
            assertProblem(enrol(api(lecturer), firstParents, 1L), 403, "error.forbidden", null);
        }
        Api observer = api("wuxi.observer");
        assertThat(batch(observer, firstParents).getInt("activeCount")).isEqualTo(28);
        assertProblem(observer.get("api/v1/batches/" + firstParents + "/enrolments"), 403, "error.forbidden", null);
        Api jiangnan = api("jiangnan.lecturer");
        assertThat(jiangnan.get("api/v1/batches/" + students + "/enrolments").object().getInt("total"))
                .isEqualTo(46);
        assertProblem(jiangnan.get("api/v1/batches/" + firstParents), 403, "error.forbidden", null);
        assertProblem(jiangnan.get("api/v1/batches/" + firstParents + "/enrolments"), 403, "error.forbidden", null);
        assertProblem(api("wxit.lecturer").get("api/v1/batches/" + students + "/enrolments"), 403, "error.forbidden",
                null);
        assertThat(((JsonArray) api("wxit.lecturer").get("api/v1/projects/" + students(students) + "/batches")
                .json())).as("the training class is at Jiangnan, not at their site").isEmpty();
    }

    private static long students(long batchId) {
        return ((Number) Db.value("select project_id from batch where id = ?", batchId)).longValue();
    }

    @Test
    void aCoordinatorOfOneCountyNeitherSeesNorChangesAnotherCountysBatches() {
        Api yixing = api("yixing.coord");
        Api guiyang = api("guiyang.coord");
        long project = EnrolmentFixtures.project(yixing, "JS-WX-YX", BAODONG_UNIT, BAODONG_SITE);
        long batch = baodongBatch(yixing, project, 30);
        long person = create(yixing, parent(uniqueName("宜兴家长"), null, BAODONG_UNIT));
        long enrolment = enrolled(yixing, batch, person);
        long theirs = create(guiyang, parent(uniqueName("桂阳家长"), null, "HN-CZ-GY"));
        long guiyangProject = EnrolmentFixtures.project(guiyang, "HN-CZ-GY", DONGGUAN_UNIT, DONGGUAN_SITE);
        long guiyangBatch = EnrolmentFixtures.batch(guiyang, guiyangProject, DONGGUAN_UNIT, DONGGUAN_SITE, 30);

        for (Api.Reply reply : List.of(guiyang.get("api/v1/projects/" + project + "/batches"),
                guiyang.post("api/v1/projects/" + project + "/batches",
                        batchJson(siteId(BAODONG_UNIT, BAODONG_SITE), "越权", 30)),
                guiyang.get("api/v1/batches/" + batch),
                guiyang.put("api/v1/batches/" + batch, "{\"name\":\"越权\",\"capacity\":30}"),
                guiyang.get("api/v1/batches/" + batch + "/enrolments"),
                enrol(guiyang, batch, theirs),
                guiyang.post("api/v1/batches/" + batch + "/enrolments/" + enrolment + "/withdraw", "{}"),
                guiyang.postBytes("api/v1/batches/" + batch + "/import/preview", "text/csv",
                        "姓名\n王芳\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                enrol(yixing, guiyangBatch, person),
                yixing.get("api/v1/batches/" + guiyangBatch + "/enrolments"))) {
            assertProblem(reply, 403, "error.forbidden", null);
        }
        assertProblem(enrol(api("wuxi.coord"), guiyangBatch, person), 403, "error.forbidden", null);
        assertThat(Db.count("select count(*) from batch where project_id = ?", project)).isEqualTo(1);
        assertThat(Db.value("select status from enrolment where id = ?", enrolment)).isEqualTo("ACTIVE");
        assertThat(Db.count("select count(*) from enrolment where batch_id = ?", guiyangBatch)).isZero();
        assertThat(batch(api("wuxi.coord"), batch).getInt("activeCount")).as("the city above sees it").isEqualTo(1);
    }
}
