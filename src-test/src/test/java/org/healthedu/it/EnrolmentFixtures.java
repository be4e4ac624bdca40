package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builders for the participant, batch and import tests, through the API as a coordinator would: a project of their
 * unit with a site, a batch at it, participants of a unit. Every code and name is unique, so tests run in any order.
 */
final class EnrolmentFixtures {

    static final String BAODONG_UNIT = "JS-WX-YX-YC-BD";
    static final String BAODONG_SITE = "宝东社区居民活动中心";
    static final String DONGGUAN_UNIT = "HN-CZ-GY-F-DG";
    static final String DONGGUAN_SITE = "东莞桂阳商会服务点";

    private EnrolmentFixtures() {
    }

    static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    static long siteId(String unitCode, String siteNameZh) {
        return ((Number) Db.value("select s.id from site s join organisation_unit u on u.id = s.unit_id"
                + " where u.code = ? and s.name_zh = ?", unitCode, siteNameZh)).longValue();
    }

    /** A new draft project of {@code ownerCode}, funded by the national association, with one site. */
    static long project(Api coordinator, String ownerCode, String siteUnitCode, String siteName) {
        Api.Reply created = coordinator.post("api/v1/projects", "{\"code\":\"" + AppIT.uniqueCode("EN")
                + "\",\"nameZh\":\"家长课堂测试项目\",\"funderUnitId\":" + Db.unitId("CFPA") + ",\"ownerUnitId\":"
                + Db.unitId(ownerCode) + ",\"startDate\":\"2026-01-01\",\"endDate\":\"2026-12-31\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.id();
        Api.Reply site = coordinator.post("api/v1/projects/" + id + "/sites",
                "{\"siteId\":" + siteId(siteUnitCode, siteName) + "}");
        assertThat(site.status()).as(site.toString()).isEqualTo(201);
        return id;
    }

    /** A Wuxi project at the Baodong community centre. */
    static long wuxiProject(Api wuxi) {
        return project(wuxi, "JS-WX", BAODONG_UNIT, BAODONG_SITE);
    }

    static String batchJson(long siteId, String name, Integer capacity) {
        return "{\"siteId\":" + siteId + ",\"name\":" + quoted(name) + ",\"plannedStart\":\"2026-09-05\",\"capacity\":"
                + capacity + "}";
    }

    static long batch(Api coordinator, long projectId, String siteUnitCode, String siteName, int capacity) {
        return batch(coordinator, projectId, siteUnitCode, siteName, capacity, "第一批家长");
    }

    static long batch(Api coordinator, long projectId, String siteUnitCode, String siteName, int capacity,
            String name) {
        Api.Reply batch = coordinator.post("api/v1/projects/" + projectId + "/batches",
                batchJson(siteId(siteUnitCode, siteName), name, capacity));
        assertThat(batch.status()).as(batch.toString()).isEqualTo(201);
        return batch.id();
    }

    static long baodongBatch(Api coordinator, long projectId, int capacity) {
        return batch(coordinator, projectId, BAODONG_UNIT, BAODONG_SITE, capacity);
    }

    static long baodongBatch(Api coordinator, long projectId, int capacity, String name) {
        return batch(coordinator, projectId, BAODONG_UNIT, BAODONG_SITE, capacity, name);
    }

    static String parent(String name, String phone, String unitCode) {
        return "{\"kind\":\"PARENT\",\"displayName\":" + quoted(name) + ",\"gender\":\"FEMALE\",\"phone\":"
                + quoted(phone) + ",\"unitId\":" + Db.unitId(unitCode) + "}";
    }

    static String student(String name, Integer birthYear, String phone, String unitCode, String consent) {
        return "{\"kind\":\"STUDENT\",\"displayName\":" + quoted(name) + ",\"birthYear\":" + birthYear
                + ",\"phone\":" + quoted(phone) + ",\"school\":\"民丰小学\",\"grade\":\"六年级\",\"unitId\":"
                + Db.unitId(unitCode) + (consent == null ? "" : ",\"consent\":" + consent) + "}";
    }

    static String consent(String date) {
        return "{\"guardianName\":\"李建国\",\"relation\":\"父亲\",\"consentDate\":" + quoted(date)
                + ",\"textVersion\":\"2026-1\"}";
    }

    static long create(Api coordinator, String json) {
        Api.Reply created = coordinator.post("api/v1/participants", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    static Api.Reply enrol(Api coordinator, long batchId, long participantId) {
        return coordinator.post("api/v1/batches/" + batchId + "/enrolments", "{\"participantId\":" + participantId
                + "}");
    }

    static long enrolled(Api coordinator, long batchId, long participantId) {
        Api.Reply reply = enrol(coordinator, batchId, participantId);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object().getJsonNumber("enrolmentId").longValue();
    }

    /** A name no other test uses, so searches find exactly this test's people. */
    static String uniqueName(String base) {
        return base + Long.toString(System.nanoTime(), 36).toUpperCase();
    }
}
