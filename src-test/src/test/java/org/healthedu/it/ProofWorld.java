package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects the authorisation matrix and the fuzz test aim at, built once per run in the Wuxi coordinator's
 * subtree (project owned by Wuxi, Baodong site, a batch, a session that started 30 minutes ago with its check-in code
 * and feedback token, a host, a report, an activity, a unit and a site of their own), so that writes which are allowed
 * change only these. Kinds of objects the fixtures do not make (courseware, feedback forms, targets, peer sessions…)
 * are the newest of the demo data in the same subtree: every write to them in the tests is either denied or refused
 * for its body. Ids are looked up by the path parameter's name and the first segment of the path.
 */
final class ProofWorld {

    /** One world per test class: what the fuzz test does to its objects must not change the matrix's answers. */
    private static final Map<Class<?>, ProofWorld> WORLDS = new java.util.HashMap<>();

    final Map<String, String> ids = new LinkedHashMap<>();
    final long projectId;
    final long sessionId;
    final String checkInCode;
    final String feedbackToken;

    private ProofWorld(AppIT test) {
        CheckInFixture checkIn = CheckInFixture.create(test, -30);
        SessionFixture batch = checkIn.batch();
        projectId = batch.projectId();
        sessionId = checkIn.sessionId();
        checkInCode = CheckInFixture.code(test, sessionId);
        feedbackToken = FeedbackFixture.token(test, sessionId);
        Api wuxi = test.api("wuxi.coord");

        long unit = create(wuxi, "api/v1/units", "{\"code\":\"" + AppIT.uniqueCode("pf") + "\",\"nameZh\":\"证明测试社区\","
                + "\"kind\":\"COMMUNITY\",\"parentId\":" + Db.unitId("JS-WX-YX-YC") + "}");
        long site = create(wuxi, "api/v1/sites", "{\"unitId\":" + unit + ",\"kind\":\"COMMUNITY\","
                + "\"nameZh\":\"证明测试活动室\"}");
        long report = ReportFixture.created(wuxi, projectId, "JS-WX", ReportFixture.quarterOf(LocalDate.now()))
                .getJsonNumber("id").longValue();
        long activity = ActivityFixture.logged(wuxi, ActivityFixture.lecture(batch.project().siteId(), "2026-09-01",
                "证明测试讲座", 12, "\"projectId\":" + projectId));
        HostFixture hosts = HostFixture.create(test, 1);
        long host = hosts.host(test, 0).id();

        put("projects", "id", projectId);
        put("projects", "projectId", projectId);
        put("projects", "siteId", batch.project().siteId());
        put("projects", "groupId", first("select g.id from trainer_group g join project_site ps on ps.id = g.project_site_id where ps.project_id = ? order by g.id", projectId));
        put("projects", "accountId", CoursewareFixture.accountId("baodong.lecturer2"));
        put("projects", "lineageId", first("select l.lineage_id from curriculum_lesson l join curriculum c"
                + " on c.id = l.curriculum_id where c.project_id = ? order by l.position", projectId));
        put("projects", "indicatorId", first("select max(indicator_id) from target"));
        put("projects", "textId", first("select max(id) from project_text"));
        put("projects", "unitId", Db.unitId("JS-WX"));
        put("figures", "projectId", projectId);
        put("figures", "unitId", Db.unitId("JS-WX"));
        put("sessions", "id", sessionId);
        put("batches", "id", batch.batchId());
        put("batches", "enrolmentId", first("select max(id) from enrolment where batch_id = ?", batch.batchId()));
        put("batches", "participantId", checkIn.parent().id());
        put("participants", "id", checkIn.parent().id());
        put("units", "id", unit);
        put("reach", "id", Db.unitId("JS-WX"));
        put("sites", "id", site);
        put("reports", "id", report);
        put("reports", "kind", "OVERVIEW");
        put("reports", "fileId", first("select max(file_id) from report_attachment"));
        put("reports", "attachmentId", first("select max(id) from report_attachment"));
        put("activities", "id", activity);
        put("activities", "fileId", first("select max(file_id) from activity_evidence"));
        put("hosts", "id", host);
        put("host-invitations", "token", "no-such-invitation");
        put("feedback", "token", feedbackToken);
        long curriculum = first("select id from curriculum where project_id = ?", projectId);
        put("curricula", "id", curriculum);
        put("curricula", "lessonId", first("select min(id) from curriculum_lesson where curriculum_id = ?", curriculum));
        put("curricula", "segmentId", first("select min(s.id) from curriculum_segment s join curriculum_lesson l"
                + " on l.id = s.lesson_id where l.curriculum_id = ?", curriculum));
        long courseware = first("select max(id) from courseware");
        put("courseware", "id", courseware);
        put("courseware", "number", first("select max(number) from courseware_version where courseware_id = ?",
                courseware));
        put("courseware", "itemId", first("select max(i.id) from courseware_item i join courseware_version v"
                + " on v.id = i.version_id where v.courseware_id = ?", courseware));
        put("courseware", "fileId", first("select max(file_id) from courseware_item"));
        long form = first("select max(id) from feedback_form");
        put("feedback-forms", "id", form);
        put("feedback-forms", "versionId", first("select max(id) from feedback_form_version where form_id = ?", form));
        put("adjustments", "id", first("select max(id) from feedback_adjustment"));
        put("fund-uses", "id", first("select max(id) from fund_use"));
        put("peer-sessions", "id", first("select max(id) from peer_session"));
        put("indicators", "id", first("select max(indicator_id) from target"));
        // A target of a Wuxi project of its own, with no trainers: who sees it does not depend on other tests' data.
        long targetProject = create(wuxi, "api/v1/projects", "{\"code\":\"" + AppIT.uniqueCode("pt")
                + "\",\"nameZh\":\"证明测试目标项目\",\"funderUnitId\":" + Db.unitId("CFPA") + ",\"ownerUnitId\":"
                + Db.unitId("JS-WX") + ",\"startDate\":\"2026-04-01\",\"endDate\":\"2026-12-31\",\"budgetCny\":0}");
        Api.Reply target = wuxi.put("api/v1/projects/" + targetProject + "/targets/"
                + first("select id from indicator where code = 'SESSIONS_HELD'"), "{\"plannedValue\":10}");
        assertThat(target.status()).as("the proof world's target " + target).isEqualTo(200);
        put("targets", "targetId", target.id());
        put("allocations", "id", first("select max(id) from target_allocation"));
        // An account of its own: the matrix deactivates, reactivates and resets it.
        Api.Reply account = test.api("admin").post("api/v1/accounts", "{\"username\":\"proof"
                + Long.toString(System.nanoTime(), 36) + "\",\"displayName\":\"证明测试培训师\",\"role\":\"TRAINER\","
                + "\"unitId\":" + Db.unitId("JS-WX-YX-YC") + "}");
        assertThat(account.status()).as("the proof world's account " + account).isEqualTo(201);
        put("accounts", "id", account.object().getJsonObject("account").getJsonNumber("id").longValue());
        put("trainers", "accountId", CoursewareFixture.accountId("baodong.trainer"));
        put("", "month", "2026-09");
    }

    static synchronized ProofWorld get(AppIT test) {
        return WORLDS.computeIfAbsent(test.getClass(), c -> new ProofWorld(test));
    }

    private static long create(Api as, String path, String json) {
        Api.Reply reply = as.post(path, json);
        assertThat(reply.status()).as(path + " " + reply).isEqualTo(201);
        return reply.id();
    }

    private static long first(String sql, Object... args) {
        Object value = Db.value(sql, args);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private void put(String segment, String param, Object value) {
        ids.put(segment + ":" + param, String.valueOf(value));
    }

    /** The value of a path parameter on this path, or null when the world has none. */
    String value(String path, String param) {
        String segment = path.split("/")[1];
        String value = ids.get(segment + ":" + param);
        return value != null ? value : ids.get(":" + param);
    }

    /** The path with every parameter filled in from the world. */
    String fill(String path) {
        String filled = path;
        for (String param : List.copyOf(paramsOf(path))) {
            String value = value(path, param);
            if (value == null) {
                throw new IllegalStateException("No fixture value for {" + param + "} in " + path
                        + ": add one to ProofWorld");
            }
            filled = filled.replace("{" + param + "}", value);
        }
        return filled;
    }

    static List<String> paramsOf(String path) {
        List<String> names = new java.util.ArrayList<>();
        java.util.regex.Matcher m = ApiSurface.PARAM.matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
