package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A fresh project for courseware tests, built through the API as a coordinator would: a Wuxi project with the Baodong
 * site, its trainer groups as in the demo (baodong.trainer leads the lecturers with baodong.lecturer2, baodong.manager
 * leads the management group, wuxi.observer is in the guidance group) and the parent-training curriculum adopted.
 */
record CoursewareFixture(long projectId, long siteId, List<Long> lessonIds) {

    static final String TEMPLATE = "青春健康家长培训课程（示例）";

    static CoursewareFixture create(AppIT test) {
        Api wuxi = test.api("wuxi.coord");
        String body = "{\"code\":\"" + AppIT.uniqueCode("cw") + "\",\"nameZh\":\"课件测试项目\",\"funderUnitId\":"
                + Db.unitId("CFPA") + ",\"ownerUnitId\":" + Db.unitId("JS-WX")
                + ",\"startDate\":\"2026-07-11\",\"endDate\":\"2026-12-31\",\"budgetCny\":0}";
        Api.Reply project = wuxi.post("api/v1/projects", body);
        assertThat(project.status()).as(project.toString()).isEqualTo(201);
        long projectId = project.id();
        long siteId = baodongSite();
        Api.Reply site = wuxi.post("api/v1/projects/" + projectId + "/sites", "{\"siteId\":" + siteId + "}");
        assertThat(site.status()).as(site.toString()).isEqualTo(201);

        JsonArray groups = (JsonArray) wuxi.get("api/v1/projects/" + projectId + "/groups").json();
        join(wuxi, projectId, groups, "LECTURER", "baodong.trainer", true);
        join(wuxi, projectId, groups, "LECTURER", "baodong.lecturer2", false);
        join(wuxi, projectId, groups, "MANAGEMENT", "baodong.manager", true);
        join(wuxi, projectId, groups, "GUIDANCE", "wuxi.observer", false);

        long template = ((Number) Db.value("select id from curriculum where project_id is null and name_zh = ?",
                TEMPLATE)).longValue();
        Api.Reply adopted = wuxi.post("api/v1/projects/" + projectId + "/curriculum",
                "{\"templateId\":" + template + "}");
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(201);
        List<Long> lessons = Db.rows("select l.id from curriculum_lesson l join curriculum c on c.id = l.curriculum_id"
                + " where c.project_id = ? order by l.position", projectId).stream()
                .map(row -> ((Number) row.get(0)).longValue()).toList();
        assertThat(lessons).hasSize(5);
        return new CoursewareFixture(projectId, siteId, lessons);
    }

    /** Puts {@code username} into the site's group of {@code kind}, as its leader if asked. */
    static void join(Api coordinator, long projectId, JsonArray groups, String kind, String username,
            boolean leader) {
        JsonObject group = groups.stream().map(JsonValue::asJsonObject)
                .filter(g -> g.getString("kind").equals(kind)).findFirst().orElseThrow();
        long groupId = group.getJsonNumber("id").longValue();
        long accountId = accountId(username);
        Api.Reply added = coordinator.post("api/v1/projects/" + projectId + "/groups/" + groupId + "/members",
                "{\"accountId\":" + accountId + "}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        if (leader) {
            Api.Reply led = coordinator.put("api/v1/projects/" + projectId + "/groups/" + groupId + "/leader",
                    "{\"accountId\":" + accountId + "}");
            assertThat(led.status()).as(led.toString()).isEqualTo(200);
        }
    }

    long groupId(Api api, String kind) {
        JsonArray groups = (JsonArray) api.get("api/v1/projects/" + projectId + "/groups").json();
        return groups.stream().map(JsonValue::asJsonObject).filter(g -> g.getString("kind").equals(kind))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    long lesson(int position) {
        return lessonIds.get(position - 1);
    }

    static long baodongSite() {
        return ((Number) Db.value("select s.id from site s join organisation_unit u on u.id = s.unit_id"
                + " where u.code = 'JS-WX-YX-YC-BD' and s.name_zh = '宝东社区居民活动中心'")).longValue();
    }

    static long accountId(String username) {
        return ((Number) Db.value("select id from account where username = ?", username)).longValue();
    }

    /** A small but real one-page PDF with one line of text. */
    static byte[] pdf(String line) {
        String text = "BT /F1 16 Tf 50 780 Td (" + line + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                    + " /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream"};
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = out.length();
            out.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            out.append(String.format("%010d 00000 n \n", offset));
        }
        out.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
