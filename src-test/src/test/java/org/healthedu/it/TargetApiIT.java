package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Indicators, targets and their breakdown through the REST API: sums, scope and the tree, on real PostgreSQL. */
class TargetApiIT extends AppIT {

    private static long indicatorId(String code) {
        return ((Number) Db.value("select id from indicator where code = ?", code)).longValue();
    }

    private static long siteId(String unitCode, String siteNameZh) {
        return ((Number) Db.value("select s.id from site s join organisation_unit u on u.id = s.unit_id"
                + " where u.code = ? and s.name_zh = ?", unitCode, siteNameZh)).longValue();
    }

    private static long allocationCount(long targetId) {
        return Db.count("select count(*) from target_allocation where target_id = ?", targetId);
    }

    /** A new draft project of Wuxi, funded by the national association. */
    private long createWuxiProject() {
        String body = "{\"code\":\"" + uniqueCode("tg") + "\",\"nameZh\":\"目标分解测试项目\",\"funderUnitId\":"
                + Db.unitId("CFPA") + ",\"ownerUnitId\":" + Db.unitId("JS-WX")
                + ",\"startDate\":\"2026-04-01\",\"endDate\":\"2026-12-31\",\"budgetCny\":0}";
        Api.Reply reply = api("wuxi.coord").post("api/v1/projects", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    private static String planned(long value, Long expectedVersion) {
        return "{\"plannedValue\":" + value + ",\"expectedVersion\":" + expectedVersion + "}";
    }

    private static String unitShare(Long parentId, String unitCode, long value) {
        return "{\"parentAllocationId\":" + parentId + ",\"unitId\":" + Db.unitId(unitCode) + ",\"value\":" + value
                + "}";
    }

    private long setTarget(Api api, long projectId, String indicatorCode, long value) {
        Api.Reply reply = api.put("api/v1/projects/" + projectId + "/targets/" + indicatorId(indicatorCode),
                planned(value, null));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.id();
    }

    private static long allocate(Api api, long targetId, Long parentId, String unitCode, long value) {
        Api.Reply reply = api.post("api/v1/targets/" + targetId + "/allocations", unitShare(parentId, unitCode, value));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.header("Location")).endsWith("/api/v1/allocations/" + reply.id());
        return reply.id();
    }

    private static JsonObject targetOf(Api api, long projectId, long targetId) {
        Api.Reply reply = api.get("api/v1/projects/" + projectId + "/targets");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return ((JsonArray) reply.json()).stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getJsonNumber("id").longValue() == targetId).findFirst().orElseThrow();
    }

    private static List<JsonObject> tree(Api api, long targetId) {
        Api.Reply reply = api.get("api/v1/targets/" + targetId + "/allocations");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return ((JsonArray) reply.json()).stream().map(JsonValue::asJsonObject).toList();
    }

    @Test
    void aTargetIsBrokenDownLevelByLevelAndNeverBeyondItsParent() {
        Api wuxi = api("wuxi.coord");
        long project = createWuxiProject();
        long target = setTarget(wuxi, project, "LECTURE_AUDIENCE", 5000);

        long yixing = allocate(wuxi, target, null, "JS-WX-YX", 2000);
        allocate(wuxi, target, null, "JS-WX-NC", 1500);
        allocate(wuxi, target, null, "JS-WX-BT", 1000);
        long yicheng = allocate(wuxi, target, yixing, "JS-WX-YX-YC", 1200);
        allocate(wuxi, target, yixing, "JS-WX-YX-HQ", 800);

        long before = allocationCount(target);
        Api.Reply tooMuch = wuxi.post("api/v1/targets/" + target + "/allocations",
                unitShare(null, "JS-WX-U-JN", 501));
        assertProblem(tooMuch, 400, "allocation.exceedsParent", "value");
        assertThat(wuxi.inEnglish().post("api/v1/targets/" + target + "/allocations",
                unitShare(null, "JS-WX-U-JN", 501)).string("detail"))
                .isEqualTo("The shares would add up to 5,001, more than the 5,000 above them.");
        assertProblem(wuxi.post("api/v1/targets/" + target + "/allocations",
                unitShare(yixing, "JS-WX-YX-HQ-XC", 1)), 400, "allocation.exceedsParent", "value");
        assertThat(allocationCount(target)).as("nothing stored").isEqualTo(before);

        JsonObject shown = targetOf(wuxi, project, target);
        assertThat(shown.getString("indicatorCode")).isEqualTo("LECTURE_AUDIENCE");
        assertThat(shown.getString("unitZh")).isEqualTo("人次");
        assertThat(shown.getJsonNumber("plannedValue").longValue()).isEqualTo(5000);
        assertThat(shown.getJsonNumber("allocatedTopLevel").longValue()).isEqualTo(4500);
        assertThat(shown.getJsonNumber("shortfall").longValue()).as("short, a warning").isEqualTo(500);
        assertThat(shown.getJsonNumber("excess").longValue()).isZero();
        assertThat(shown.getBoolean("allocatedExceedsTarget")).isFalse();
        assertThat(shown.getJsonNumber("achieved").longValue()).as("no sessions yet").isZero();

        List<JsonObject> nodes = tree(wuxi, target);
        assertThat(nodes).extracting(n -> n.getString("code"))
                .containsExactly("JS-WX-BT", "JS-WX-NC", "JS-WX-YX", "JS-WX-YX-HQ", "JS-WX-YX-YC");
        List<Long> seen = new ArrayList<>();
        Map<Long, JsonObject> byId = new HashMap<>();
        for (JsonObject node : nodes) {
            JsonValue parent = node.get("parentId");
            if (parent != null && parent.getValueType() != JsonValue.ValueType.NULL) {
                assertThat(seen).as("parents before children").contains(node.getJsonNumber("parentId").longValue());
            }
            seen.add(node.getJsonNumber("id").longValue());
            byId.put(node.getJsonNumber("id").longValue(), node);
        }
        JsonObject yixingNode = byId.get(yixing);
        assertThat(yixingNode.getJsonNumber("childrenSum").longValue()).isEqualTo(2000);
        assertThat(yixingNode.getJsonNumber("shortfall").longValue()).isZero();
        assertThat(yixingNode.getInt("depth")).isZero();
        assertThat(yixingNode.getString("nameZh")).isEqualTo("宜兴市计划生育协会");
        assertThat(byId.get(yicheng).getInt("depth")).isEqualTo(1);
        assertThat(byId.get(yicheng).getString("kind")).isEqualTo("UNIT");
        assertThat(byId.get(yicheng).getJsonNumber("childrenSum").longValue()).isZero();

        // An allocation may not be lowered below what its children hold, nor raised beyond its parent.
        long yixingVersion = yixingNode.getJsonNumber("version").longValue();
        assertProblem(wuxi.put("api/v1/allocations/" + yixing, "{\"value\":1999}"), 400, "allocation.belowChildren",
                "value");
        assertProblem(wuxi.put("api/v1/allocations/" + yixing, "{\"value\":2501}"), 400, "allocation.exceedsParent",
                "value");
        Api.Reply raised = wuxi.put("api/v1/allocations/" + yixing,
                "{\"value\":2500,\"expectedVersion\":" + yixingVersion + "}");
        assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
        assertThat(raised.object().getJsonNumber("shortfall").longValue()).as("Yixing now has 500 to break down")
                .isEqualTo(500);
        assertProblem(wuxi.put("api/v1/allocations/" + yixing,
                "{\"value\":2400,\"expectedVersion\":" + yixingVersion + "}"), 409, "error.staleEdit", null);
        assertThat(targetOf(wuxi, project, target).getJsonNumber("shortfall").longValue()).isZero();
    }

    @Test
    void loweringATargetBelowItsBreakdownKeepsEveryShareAndFlagsTheExcess() {
        Api wuxi = api("wuxi.coord");
        long project = createWuxiProject();
        long target = setTarget(wuxi, project, "SESSIONS_HELD", 40);
        allocate(wuxi, target, null, "JS-WX-YX", 16);
        allocate(wuxi, target, null, "JS-WX-NC", 12);
        allocate(wuxi, target, null, "JS-WX-BT", 12);
        long version = targetOf(wuxi, project, target).getJsonNumber("version").longValue();

        Api.Reply lowered = wuxi.put("api/v1/projects/" + project + "/targets/" + indicatorId("SESSIONS_HELD"),
                planned(30, version));
        assertThat(lowered.status()).as(lowered.toString()).isEqualTo(200);
        assertThat(lowered.id()).isEqualTo(target);
        assertThat(lowered.object().getJsonNumber("plannedValue").longValue()).isEqualTo(30);
        assertThat(lowered.object().getJsonNumber("excess").longValue()).isEqualTo(10);
        assertThat(lowered.object().getBoolean("allocatedExceedsTarget")).isTrue();
        assertThat(lowered.object().getJsonNumber("shortfall").longValue()).isZero();
        assertThat(allocationCount(target)).as("allocations kept").isEqualTo(3);
        assertThat(targetOf(wuxi, project, target).getBoolean("allocatedExceedsTarget")).isTrue();

        assertProblem(wuxi.put("api/v1/projects/" + project + "/targets/" + indicatorId("SESSIONS_HELD"),
                planned(50, version)), 409, "error.staleEdit", null);
        assertProblem(wuxi.put("api/v1/projects/" + project + "/targets/" + indicatorId("SESSIONS_HELD"),
                planned(-1, null)), 400, "target.value.negative", "plannedValue");
        assertThat(Db.value("select planned_value from target where id = ?", target)).isEqualTo(30L);
    }

    @Test
    void sharesStayInsideTheProjectAndOnePerUnitAndShareWithChildrenCannotBeRemoved() {
        Api wuxi = api("wuxi.coord");
        long project = createWuxiProject();
        long target = setTarget(wuxi, project, "LECTURE_AUDIENCE", 5000);
        long yixing = allocate(wuxi, target, null, "JS-WX-YX", 2000);
        long yicheng = allocate(wuxi, target, yixing, "JS-WX-YX-YC", 1200);

        assertProblem(wuxi.post("api/v1/targets/" + target + "/allocations", unitShare(null, "HN-CZ-GY", 10)), 400,
                "allocation.outOfScope", "unitId");
        assertProblem(wuxi.post("api/v1/targets/" + target + "/allocations", unitShare(yixing, "JS-WX-NC", 10)), 400,
                "allocation.notBelowParent", "unitId");
        assertProblem(wuxi.post("api/v1/targets/" + target + "/allocations", unitShare(null, "JS-WX-YX", 10)), 409,
                "allocation.duplicate", "unitId");
        assertProblem(wuxi.post("api/v1/targets/" + target + "/allocations", unitShare(yixing, "JS-WX-YX-YC", 1)),
                409, "allocation.duplicate", "unitId");
        assertThat(allocationCount(target)).isEqualTo(2);

        assertProblem(wuxi.delete("api/v1/allocations/" + yixing), 409, "allocation.hasChildren", null);
        assertThat(allocationCount(target)).isEqualTo(2);
        assertThat(wuxi.delete("api/v1/allocations/" + yicheng).status()).isEqualTo(204);
        assertThat(wuxi.delete("api/v1/allocations/" + yixing).status()).isEqualTo(204);
        assertThat(allocationCount(target)).isZero();
        assertThat(wuxi.get("api/v1/allocations/" + yixing).string("code")).isEqualTo("allocation.notFound");
    }

    @Test
    void aSitesShareIsALeaf() {
        Api wuxi = api("wuxi.coord");
        long project = createWuxiProject();
        long target = setTarget(wuxi, project, "PARENTS_TRAINED", 60);
        long baodong = siteId("JS-WX-YX-YC-BD", "宝东社区居民活动中心");
        Api.Reply site = wuxi.post("api/v1/targets/" + target + "/allocations",
                "{\"siteId\":" + baodong + ",\"value\":60}");
        assertThat(site.status()).as(site.toString()).isEqualTo(201);
        assertThat(site.string("kind")).isEqualTo("SITE");
        assertThat(site.string("nameZh")).isEqualTo("宝东社区居民活动中心");
        assertProblem(wuxi.post("api/v1/targets/" + target + "/allocations", unitShare(site.id(), "JS-WX-YX-YC", 1)),
                400, "allocation.siteHasNoChildren", "parentAllocationId");
        assertProblem(wuxi.post("api/v1/targets/" + target + "/allocations",
                "{\"siteId\":" + siteId("HN-CZ-GY-F-DG", "东莞桂阳商会服务点") + ",\"value\":1}"), 400,
                "allocation.outOfScope", "siteId");
        assertProblem(wuxi.post("api/v1/targets/" + target + "/allocations",
                "{\"unitId\":" + Db.unitId("JS-WX-YX") + ",\"siteId\":" + baodong + ",\"value\":1}"), 400,
                "allocation.unitOrSite", "unitId");
        assertThat(allocationCount(target)).isEqualTo(1);
    }

    @Test
    void readingFollowsTheProjectAndOnlyItsOwnersManagersWrite() {
        Api wuxi = api("wuxi.coord");
        long project = createWuxiProject();
        long target = setTarget(wuxi, project, "LECTURE_AUDIENCE", 100);
        long yixing = allocate(wuxi, target, null, "JS-WX-YX", 50);

        Api guiyang = api("guiyang.coord");
        assertProblem(guiyang.get("api/v1/projects/" + project + "/targets"), 403, "error.forbidden", null);
        assertProblem(guiyang.get("api/v1/targets/" + target + "/allocations"), 403, "error.forbidden", null);
        assertProblem(guiyang.get("api/v1/indicators?projectId=" + project), 403, "error.forbidden", null);

        Api trainer = api("baodong.trainer");
        assertProblem(trainer.put("api/v1/projects/" + project + "/targets/" + indicatorId("LECTURE_AUDIENCE"),
                planned(1, null)), 403, "error.forbidden", null);
        assertProblem(trainer.post("api/v1/targets/" + target + "/allocations", unitShare(null, "JS-WX-NC", 1)), 403,
                "error.forbidden", null);
        assertProblem(api("yixing.coord").post("api/v1/targets/" + target + "/allocations",
                unitShare(yixing, "JS-WX-YX-YC", 1)), 403, "error.forbidden", null);

        Api observer = api("wuxi.observer");
        assertThat(observer.get("api/v1/targets/" + target + "/allocations").status()).isEqualTo(200);
        assertProblem(observer.delete("api/v1/allocations/" + yixing), 403, "error.forbidden", null);
        assertProblem(observer.put("api/v1/allocations/" + yixing, "{\"value\":1}"), 403, "error.forbidden", null);

        assertThat(api("admin").get("api/v1/projects/" + project + "/targets").status()).isEqualTo(200);
        assertThat(allocationCount(target)).isEqualTo(1);
        assertThat(Db.value("select planned_value from target where id = ?", target)).isEqualTo(100L);
    }

    @Test
    void aProjectDefinesItsOwnIndicatorsBesideTheStandardOnes() {
        Api wuxi = api("wuxi.coord");
        long project = createWuxiProject();
        long other = createWuxiProject();
        String code = uniqueCode("hv");
        Api.Reply created = wuxi.post("api/v1/projects/" + project + "/indicators", "{\"code\":\"" + code
                + "\",\"nameZh\":\"走访困难家庭\",\"nameEn\":\"Households in hardship visited\",\"unitZh\":\"户\","
                + "\"unitEn\":\"households\",\"descriptionZh\":\"5.29期间走访的困难家庭户数\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long own = created.id();
        assertThat(created.header("Location")).endsWith("/api/v1/indicators/" + own);
        assertThat(created.object().getJsonNumber("projectId").longValue()).isEqualTo(project);

        List<String> withOwn = ((JsonArray) wuxi.get("api/v1/indicators?projectId=" + project).json()).stream()
                .map(v -> v.asJsonObject().getString("code")).toList();
        assertThat(withOwn).startsWith("PARENTS_TRAINED").contains("LECTURE_AUDIENCE", "CONSULTATIONS").endsWith(code)
                .hasSize(9);
        List<String> standard = ((JsonArray) api("guiyang.coord").get("api/v1/indicators").json()).stream()
                .map(v -> v.asJsonObject().getString("code")).toList();
        assertThat(standard).contains("PARENTS_TRAINED", "STUDENTS_TRAINED", "PEER_EDUCATORS_TRAINED", "SESSIONS_HELD",
                "SITES_COVERED", "FEEDBACK_RESPONSES", "LECTURE_AUDIENCE", "CONSULTATIONS").doesNotContain(code);

        assertProblem(wuxi.post("api/v1/projects/" + other + "/indicators",
                "{\"code\":\"" + code + "\",\"nameZh\":\"重复\",\"unitZh\":\"户\"}"), 409, "indicator.code.taken", "code");
        assertProblem(wuxi.post("api/v1/projects/" + other + "/indicators",
                "{\"code\":\"" + uniqueCode("hv") + "\",\"unitZh\":\"户\"}"), 400, "error.required", "nameZh");
        assertProblem(api("baodong.trainer").post("api/v1/projects/" + other + "/indicators",
                "{\"code\":\"" + uniqueCode("hv") + "\",\"nameZh\":\"讲师\",\"unitZh\":\"户\"}"), 403, "error.forbidden",
                null);

        assertThat(wuxi.put("api/v1/projects/" + project + "/targets/" + own, planned(230, null)).status())
                .isEqualTo(200);
        assertProblem(wuxi.put("api/v1/projects/" + other + "/targets/" + own, planned(230, null)), 400,
                "target.indicator.foreign", "indicatorId");
        assertThat(Db.count("select count(*) from target where project_id = ?", other)).isZero();
    }

    @Test
    void theDemoFloatingPopulationProjectShowsItsBreakdownAndShortfall() {
        Api wuxi = api("wuxi.coord");
        long project = ((Number) Db.value("select id from project where code = 'WX-2026-FLOAT'")).longValue();
        JsonObject lectures = ((JsonArray) wuxi.get("api/v1/projects/" + project + "/targets").json()).stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getString("indicatorCode").equals("LECTURE_AUDIENCE"))
                .findFirst().orElseThrow();
        assertThat(lectures.getJsonNumber("plannedValue").longValue()).isEqualTo(5000);
        assertThat(lectures.getJsonNumber("shortfall").longValue()).isEqualTo(500);
        List<JsonObject> nodes = tree(wuxi, lectures.getJsonNumber("id").longValue());
        assertThat(nodes).extracting(n -> n.getString("code") + "=" + n.getJsonNumber("value").longValue())
                .containsExactly("JS-WX-BT=1000", "JS-WX-NC=1500", "JS-WX-YX=2000", "JS-WX-YX-HQ=800",
                        "JS-WX-YX-YC=1200");
    }

    /**
     * A project's own indicator counted from a computed measure: people reached through peer educators count toward
     * its target only when the indicator says so; a rate, or peer reach without a measure, is refused.
     */
    @Test
    void anIndicatorCountedFromAMeasureTakesPeerReachOnlyWhenItSaysSo() {
        Api wuxi = api("wuxi.coord");
        long project = createWuxiProject();
        Api.Reply withPeers = wuxi.post("api/v1/projects/" + project + "/indicators", "{\"code\":\""
                + uniqueCode("pr") + "\",\"nameZh\":\"青春期讲座与同伴教育受众\",\"unitZh\":\"人次\","
                + "\"measure\":\"REACHED_LECTURE\",\"countsPeerReach\":true}");
        assertThat(withPeers.status()).as(withPeers.toString()).isEqualTo(201);
        assertThat(withPeers.object().getString("measure")).isEqualTo("REACHED_LECTURE");
        assertThat(withPeers.object().getBoolean("countsPeerReach")).isTrue();
        Api.Reply lecturesOnly = wuxi.post("api/v1/projects/" + project + "/indicators", "{\"code\":\""
                + uniqueCode("pr") + "\",\"nameZh\":\"青春期讲座受众\",\"unitZh\":\"人次\","
                + "\"measure\":\"REACHED_LECTURE\"}");
        assertThat(lecturesOnly.status()).as(lecturesOnly.toString()).isEqualTo(201);
        assertProblem(wuxi.post("api/v1/projects/" + project + "/indicators", "{\"code\":\"" + uniqueCode("pr")
                + "\",\"nameZh\":\"出勤率\",\"unitZh\":\"%\",\"measure\":\"ATTENDANCE_RATE\"}"), 400,
                "indicator.measure.unknown", "measure");
        assertProblem(wuxi.post("api/v1/projects/" + project + "/indicators", "{\"code\":\"" + uniqueCode("pr")
                + "\",\"nameZh\":\"同伴\",\"unitZh\":\"人\",\"countsPeerReach\":true}"), 400,
                "indicator.peerReach.needsMeasure", "countsPeerReach");
        for (long indicator : List.of(withPeers.id(), lecturesOnly.id())) {
            assertThat(wuxi.put("api/v1/projects/" + project + "/targets/" + indicator, planned(500, null)).status())
                    .isEqualTo(200);
        }

        // A host of the project held a peer session for 40 students at a Wuxi site.
        long site = ((Number) Db.value("select st.id from site st join organisation_unit u on u.id = st.unit_id"
                + " where u.path like (select path from organisation_unit where code = 'JS-WX') || '%'"
                + " order by st.id limit 1")).longValue();
        long coordinator = ((Number) Db.value("select id from account where username = 'wuxi.coord'")).longValue();
        long student = ((Number) Db.value("insert into participant (id, kind, display_name, gender, birth_year,"
                + " unit_id, site_id) select nextval('participant_seq'), 'STUDENT', '同伴主持人', 'FEMALE', 2004,"
                + " unit_id, id from site where id = ? returning id", site)).longValue();
        long host = ((Number) Db.value("insert into peer_host (id, participant_id, project_id, site_id,"
                + " supervisor_account_id, certified_by) values (nextval('peer_host_seq'), ?, ?, ?, ?, ?)"
                + " returning id", student, project, site, coordinator, coordinator)).longValue();
        Db.update("insert into peer_session (id, host_id, starts_at, ends_at, place, topic, expected_audience, status,"
                + " headcount_total) values (nextval('peer_session_seq'), ?, timestamp '2026-06-10 14:00',"
                + " timestamp '2026-06-10 15:30', '学生活动中心', '预防艾滋病', 40, 'HELD', 40)", host);

        Map<Long, Long> achieved = new HashMap<>();
        for (JsonValue v : (JsonArray) wuxi.get("api/v1/projects/" + project + "/targets").json()) {
            achieved.put(v.asJsonObject().getJsonNumber("indicatorId").longValue(),
                    v.asJsonObject().getJsonNumber("achieved").longValue());
        }
        assertThat(achieved.get(withPeers.id())).as("no lectures, 40 reached through a peer educator").isEqualTo(40);
        assertThat(achieved.get(lecturesOnly.id())).as("lectures only").isZero();
    }

}
