package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.it.TrainerGroupApiIT.addMember;
import static org.healthedu.it.TrainerGroupApiIT.assertProblem;
import static org.healthedu.it.TrainerGroupApiIT.demoProject;
import static org.healthedu.it.TrainerGroupApiIT.groupId;
import static org.healthedu.it.TrainerGroupApiIT.newProject;
import static org.healthedu.it.TrainerGroupApiIT.wuxiProjectAtBaodong;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Curriculum templates and projects' curricula through the REST API: the shipped template, a unit's own templates,
 * lessons and segments, adoption, versions when a version is in use (set directly, as a batch would), scope and who
 * may edit; on real PostgreSQL.
 */
class CurriculumApiIT extends AppIT {

    private static long shippedTemplate() {
        return ((Number) Db.value("select id from curriculum where project_id is null and owner_unit_id is null"
                + " and name_zh = '青春健康家长培训课程（示例）'")).longValue();
    }

    private static List<JsonObject> lessons(JsonObject curriculum) {
        return curriculum.getJsonArray("lessons").stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<JsonObject> segments(JsonObject curriculum) {
        return lessons(curriculum).stream().flatMap(l -> l.getJsonArray("segments").stream())
                .map(JsonValue::asJsonObject).toList();
    }

    private static List<String> outline(JsonObject curriculum) {
        return lessons(curriculum).stream().map(l -> l.getInt("position") + "." + l.getString("titleZh") + l
                .getJsonArray("segments").stream().map(s -> s.asJsonObject().getString("titleZh")).toList()).toList();
    }

    private static long id(JsonObject curriculum) {
        return curriculum.getJsonObject("summary").getJsonNumber("id").longValue();
    }

    private static long version(JsonObject curriculum) {
        return curriculum.getJsonObject("summary").getJsonNumber("version").longValue();
    }

    private static int versionNo(JsonObject curriculum) {
        return curriculum.getJsonObject("summary").getInt("versionNo");
    }

    private static long lessonId(JsonObject curriculum, int position) {
        return lessons(curriculum).get(position - 1).getJsonNumber("id").longValue();
    }

    private static long segmentId(JsonObject curriculum, int lessonPosition, int position) {
        return lessons(curriculum).get(lessonPosition - 1).getJsonArray("segments").getJsonObject(position - 1)
                .getJsonNumber("id").longValue();
    }

    private static String segment(String title, Object minutes, Long expectedVersion) {
        return "{\"titleZh\":\"" + title + "\",\"objectives\":\"目标\",\"durationMinutes\":" + minutes
                + ",\"expectedVersion\":" + expectedVersion + "}";
    }

    private static JsonObject ok(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply.object();
    }

    /** A Wuxi template with two lessons of two and one segments, made by the Wuxi coordinator. */
    private static JsonObject wuxiTemplate(Api wuxi) {
        JsonObject t = ok(wuxi.post("api/v1/curricula", "{\"nameZh\":\"无锡家长课堂" + uniqueCode("t")
                + "\",\"nameEn\":\"Wuxi parents' class\",\"description\":\"本市模板\"}"), 201);
        long id = id(t);
        t = ok(wuxi.post("api/v1/curricula/" + id + "/lessons", "{\"titleZh\":\"认识青春期\"}"), 200);
        t = ok(wuxi.post("api/v1/curricula/" + id + "/lessons", "{\"titleZh\":\"亲子沟通\",\"titleEn\":\"Talking\"}"), 200);
        t = ok(wuxi.post("api/v1/curricula/" + id + "/lessons/" + lessonId(t, 1) + "/segments",
                segment("身心发展", 45, null)), 200);
        t = ok(wuxi.post("api/v1/curricula/" + id + "/lessons/" + lessonId(t, 1) + "/segments",
                segment("情绪变化", 30, null)), 200);
        return ok(wuxi.post("api/v1/curricula/" + id + "/lessons/" + lessonId(t, 2) + "/segments",
                segment("倾听与共情", 40, null)), 200);
    }

    @Test
    void theShippedParentTrainingTemplateHasTwelveSegmentsInFiveLessons() {
        for (String user : List.of("guiyang.coord", "baodong.trainer", "wuxi.observer")) {
            JsonArray templates = (JsonArray) api(user).get("api/v1/curricula").json();
            JsonObject first = templates.getJsonObject(0);
            assertThat(first.getJsonNumber("id").longValue()).as("shipped first, for " + user)
                    .isEqualTo(shippedTemplate());
            assertThat(first.getBoolean("sample")).isTrue();
            assertThat(TrainerGroupApiIT.isNull(first, "ownerUnitId")).as("shipped with the product").isTrue();
            assertThat(first.getInt("lessonCount")).isEqualTo(5);
            assertThat(first.getInt("segmentCount")).isEqualTo(12);
        }
        JsonObject template = ok(api("guiyang.coord").get("api/v1/curricula/" + shippedTemplate()), 200);
        assertThat(lessons(template)).hasSize(5);
        assertThat(lessons(template).stream().map(l -> l.getJsonArray("segments").size())).containsExactly(3, 2, 2,
                3, 2);
        assertThat(segments(template).stream().map(s -> s.getInt("number")))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(segments(template)).allSatisfy(s -> {
            assertThat(s.getString("titleZh")).isNotBlank();
            assertThat(s.getString("titleEn")).isNotBlank();
            assertThat(s.getString("objectives")).isNotBlank();
            assertThat(s.getInt("durationMinutes")).isBetween(15, 60);
        });
        assertThat(outline(template).get(2)).isEqualTo("3.青春期的生理变化[男孩和女孩的青春期变化, 和孩子谈月经与遗精]");
        assertThat(template.getJsonObject("summary").getString("description")).contains("可修改的示例");
        assertThat(template.getBoolean("editable")).as("only an admin changes shipped content").isFalse();
        assertThat(ok(api("admin").get("api/v1/curricula/" + shippedTemplate()), 200).getBoolean("editable"))
                .isTrue();

        JsonObject summary = template.getJsonObject("summary");
        assertProblem(api("wuxi.coord").put("api/v1/curricula/" + shippedTemplate(), "{\"nameZh\":\"改名\"}"), 403,
                "error.forbidden", null);
        Api.Reply same = api("admin").put("api/v1/curricula/" + shippedTemplate(), "{\"nameZh\":\""
                + summary.getString("nameZh") + "\",\"nameEn\":\"" + summary.getString("nameEn")
                + "\",\"description\":" + summary.get("description") + "}");
        assertThat(same.status()).as("the admin may edit it: " + same).isEqualTo(200);
        assertThat(outline(same.object())).isEqualTo(outline(template));
    }

    @Test
    void aCoordinatorBuildsATemplateLessonByLessonAndBadInputChangesNothing() {
        Api wuxi = api("wuxi.coord");
        JsonObject t = wuxiTemplate(wuxi);
        long id = id(t);
        assertThat(t.getJsonObject("summary").getString("ownerNameZh")).isEqualTo("无锡市计划生育协会");
        assertThat(t.getJsonObject("summary").getBoolean("sample")).isFalse();
        assertThat(outline(t)).containsExactly("1.认识青春期[身心发展, 情绪变化]", "2.亲子沟通[倾听与共情]");
        assertThat(t.getJsonObject("summary").getInt("totalMinutes")).isEqualTo(115);
        assertThat(lessons(t).get(0).getJsonNumber("lineageId").longValue()).isEqualTo(lessonId(t, 1));

        t = ok(wuxi.post("api/v1/curricula/" + id + "/lessons", "{\"titleZh\":\"开班\",\"position\":1,"
                + "\"expectedVersion\":" + version(t) + "}"), 200);
        assertThat(outline(t)).containsExactly("1.开班[]", "2.认识青春期[身心发展, 情绪变化]", "3.亲子沟通[倾听与共情]");
        t = ok(wuxi.post("api/v1/curricula/" + id + "/lessons/" + lessonId(t, 1) + "/move",
                "{\"position\":3,\"expectedVersion\":" + version(t) + "}"), 200);
        assertThat(outline(t)).containsExactly("1.认识青春期[身心发展, 情绪变化]", "2.亲子沟通[倾听与共情]", "3.开班[]");
        t = ok(wuxi.post("api/v1/curricula/" + id + "/segments/" + segmentId(t, 1, 2) + "/move",
                "{\"lessonId\":" + lessonId(t, 3) + ",\"position\":1}"), 200);
        assertThat(outline(t)).containsExactly("1.认识青春期[身心发展]", "2.亲子沟通[倾听与共情]", "3.开班[情绪变化]");
        t = ok(wuxi.post("api/v1/curricula/" + id + "/lessons/" + lessonId(t, 1) + "/segments",
                "{\"titleZh\":\"破冰\",\"durationMinutes\":20,\"position\":1}"), 200);
        t = ok(wuxi.post("api/v1/curricula/" + id + "/segments/" + segmentId(t, 1, 1) + "/move",
                "{\"position\":2}"), 200);
        assertThat(outline(t).get(0)).isEqualTo("1.认识青春期[身心发展, 破冰]");
        t = ok(wuxi.put("api/v1/curricula/" + id + "/segments/" + segmentId(t, 1, 2), "{\"titleZh\":\"开场破冰\","
                + "\"titleEn\":\"Ice-breaker\",\"objectives\":\"互相认识\",\"durationMinutes\":25}"), 200);
        JsonObject edited = lessons(t).get(0).getJsonArray("segments").getJsonObject(1);
        assertThat(edited.getString("titleEn")).isEqualTo("Ice-breaker");
        assertThat(edited.getInt("durationMinutes")).isEqualTo(25);
        t = ok(wuxi.put("api/v1/curricula/" + id + "/lessons/" + lessonId(t, 3), "{\"titleZh\":\"结业\"}"), 200);
        t = ok(wuxi.delete("api/v1/curricula/" + id + "/segments/" + segmentId(t, 2, 1)), 200);
        assertThat(outline(t)).containsExactly("1.认识青春期[身心发展, 开场破冰]", "2.亲子沟通[]", "3.结业[情绪变化]");
        t = ok(wuxi.delete("api/v1/curricula/" + id + "/lessons/" + lessonId(t, 2) + "?expectedVersion="
                + version(t)), 200);
        assertThat(outline(t)).containsExactly("1.认识青春期[身心发展, 开场破冰]", "2.结业[情绪变化]");
        t = ok(wuxi.put("api/v1/curricula/" + id, "{\"nameZh\":\"无锡家长课堂（修订）\",\"description\":\"第二稿\"}"), 200);
        assertThat(t.getJsonObject("summary").getString("nameZh")).isEqualTo("无锡家长课堂（修订）");

        long stale = version(t) - 1;
        long lesson = lessonId(t, 1);
        long seg = segmentId(t, 1, 1);
        String base = "api/v1/curricula/" + id;
        assertProblem(wuxi.post(base + "/lessons/" + lesson + "/segments", segment("零分钟", 0, null)), 400,
                "curriculum.segment.duration", "durationMinutes");
        assertProblem(wuxi.post(base + "/lessons/" + lesson + "/segments", segment("太长", 481, null)), 400,
                "curriculum.segment.duration", "durationMinutes");
        assertProblem(wuxi.post(base + "/lessons/" + lesson + "/segments", segment("没有时长", null, null)), 400,
                "error.required", "durationMinutes");
        assertProblem(wuxi.post(base + "/lessons/" + lesson + "/segments", segment(" ", 30, null)), 400,
                "error.required", "titleZh");
        assertProblem(wuxi.post(base + "/lessons", "{\"titleZh\":\"\"}"), 400, "error.required", "titleZh");
        assertProblem(wuxi.post(base + "/lessons", "{\"titleZh\":\"第九\",\"position\":9}"), 400,
                "curriculum.position.invalid", "position");
        assertProblem(wuxi.post(base + "/lessons/" + lesson + "/move", "{\"position\":0}"), 400,
                "curriculum.position.invalid", "position");
        assertProblem(wuxi.post(base + "/lessons/" + lesson + "/move", "{}"), 400, "error.required", "position");
        assertProblem(wuxi.post(base + "/segments/" + seg + "/move", "{\"position\":3}"), 400,
                "curriculum.position.invalid", "position");
        assertProblem(wuxi.put(base + "/segments/" + seg, segment("旧版本上的修改", 30, stale)), 409,
                "error.staleEdit", null);
        assertProblem(wuxi.put(base, "{\"nameZh\":\"" + "名".repeat(201) + "\"}"), 400, "error.tooLong", "nameZh");
        assertProblem(wuxi.put(base + "/lessons/987654321", "{\"titleZh\":\"无此课\"}"), 404,
                "curriculum.lesson.notFound", null);
        assertProblem(wuxi.delete(base + "/segments/987654321"), 404, "curriculum.segment.notFound", null);
        long foreignLesson = lessonId(ok(wuxi.get("api/v1/curricula/" + shippedTemplate()), 200), 1);
        assertProblem(wuxi.post(base + "/lessons/" + foreignLesson + "/segments", segment("别人的课", 30, null)), 404,
                "curriculum.lesson.notFound", null);
        assertProblem(wuxi.get("api/v1/curricula/987654321"), 404, "curriculum.notFound", null);
        assertThat(wuxi.inEnglish().post(base + "/lessons/" + lesson + "/segments", segment("零", 0, null))
                .string("detail")).isEqualTo("The duration must be a whole number of minutes from 1 to 480.");

        JsonObject after = ok(wuxi.get(base), 200);
        assertThat(version(after)).as("no refused edit changed anything").isEqualTo(version(t));
        assertThat(outline(after)).isEqualTo(outline(t));
        assertThat(Db.count("select count(*) from curriculum_segment s join curriculum_lesson l on l.id = s.lesson_id"
                + " where l.curriculum_id = ?", id)).isEqualTo(3);
    }

    @Test
    void aUnitsTemplateIsSeenInItsSubtreeAndAboveAndChangedByItsCoordinators() {
        Api wuxi = api("wuxi.coord");
        JsonObject t = wuxiTemplate(wuxi);
        long id = id(t);
        String base = "api/v1/curricula/" + id;
        List<Long> yixingSees = ((JsonArray) api("yixing.coord").get("api/v1/curricula").json()).stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertThat(yixingSees).as("a county below sees the city's template").contains(id, shippedTemplate());
        assertThat(api("yixing.coord").get(base).status()).isEqualTo(200);
        assertThat(api("baodong.trainer").get(base).status()).isEqualTo(200);
        assertThat(api("admin").get(base).status()).isEqualTo(200);

        Api guiyang = api("guiyang.coord");
        assertThat(((JsonArray) guiyang.get("api/v1/curricula").json()).stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue())).doesNotContain(id);
        assertProblem(guiyang.get(base), 403, "error.forbidden", null);
        for (Api outsider : List.of(guiyang, api("yixing.coord"), api("baodong.trainer"))) {
            assertThat(outsider.put(base, "{\"nameZh\":\"越权\"}").status()).isEqualTo(403);
            assertThat(outsider.post(base + "/lessons", "{\"titleZh\":\"越权\"}").status()).isEqualTo(403);
            assertThat(outsider.delete(base + "/lessons/" + lessonId(t, 1)).status()).isEqualTo(403);
            assertThat(outsider.put(base + "/segments/" + segmentId(t, 1, 1), segment("越权", 30, null)).status())
                    .isEqualTo(403);
        }
        assertProblem(api("baodong.trainer").post("api/v1/curricula", "{\"nameZh\":\"讲师的模板\"}"), 403,
                "error.forbidden", null);
        assertThat(ok(api("admin").post(base + "/lessons", "{\"titleZh\":\"管理员加的课\"}"), 200)).isNotNull();
        assertThat(outline(ok(wuxi.get(base), 200))).hasSize(3);
        assertThat(Db.value("select name_zh from curriculum where id = ?", id)).asString().startsWith("无锡家长课堂");
    }

    @Test
    void aProjectAdoptsATemplateAsItsOwnCopyOnce() {
        Api wuxi = api("wuxi.coord");
        long project = newProject(wuxi, "JS-WX");
        String path = "api/v1/projects/" + project + "/curriculum";
        assertProblem(wuxi.get(path), 404, "curriculum.project.none", null);

        Api.Reply adoptedReply = wuxi.post(path, "{\"templateId\":" + shippedTemplate() + "}");
        JsonObject adopted = ok(adoptedReply, 201);
        long id = id(adopted);
        assertThat(adoptedReply.header("Location")).endsWith("/api/v1/curricula/" + id);
        JsonObject summary = adopted.getJsonObject("summary");
        assertThat(summary.getJsonNumber("projectId").longValue()).isEqualTo(project);
        assertThat(summary.getJsonNumber("adoptedFromId").longValue()).isEqualTo(shippedTemplate());
        assertThat(summary.getInt("versionNo")).isEqualTo(1);
        assertThat(summary.getBoolean("inUse")).isFalse();
        assertThat(summary.getInt("segmentCount")).isEqualTo(12);
        assertThat(adopted.getBoolean("current")).isTrue();
        assertThat(adopted.getBoolean("editable")).isTrue();
        assertThat(adopted.getBoolean("editMakesNewVersion")).isFalse();
        JsonObject template = ok(wuxi.get("api/v1/curricula/" + shippedTemplate()), 200);
        assertThat(outline(adopted)).isEqualTo(outline(template));
        for (JsonObject lesson : lessons(adopted)) {
            assertThat(lesson.getJsonNumber("lineageId").longValue()).as("a lineage starts inside the project")
                    .isEqualTo(lesson.getJsonNumber("id").longValue());
        }
        assertThat(lessonId(adopted, 1)).isNotEqualTo(lessonId(template, 1));
        assertThat(id(ok(wuxi.get(path), 200))).isEqualTo(id);

        JsonObject edited = ok(wuxi.put("api/v1/curricula/" + id + "/segments/" + segmentId(adopted, 1, 1),
                segment("开班：本社区家长的期待", 30, version(adopted))), 200);
        assertThat(id(edited)).as("not in use: edited in place").isEqualTo(id);
        assertThat(versionNo(edited)).isEqualTo(1);
        assertThat(outline(ok(wuxi.get("api/v1/curricula/" + shippedTemplate()), 200)))
                .as("the template is not touched").isEqualTo(outline(template));

        long before = Db.count("select count(*) from curriculum");
        assertProblem(wuxi.post(path, "{\"templateId\":" + shippedTemplate() + "}"), 409,
                "curriculum.project.alreadyAdopted", "templateId");
        long other = newProject(wuxi, "JS-WX");
        String otherPath = "api/v1/projects/" + other + "/curriculum";
        assertProblem(wuxi.post(otherPath, "{\"templateId\":" + id + "}"), 400, "curriculum.adopt.notTemplate",
                "templateId");
        long empty = id(ok(wuxi.post("api/v1/curricula", "{\"nameZh\":\"空模板" + uniqueCode("e") + "\"}"), 201));
        assertProblem(wuxi.post(otherPath, "{\"templateId\":" + empty + "}"), 400, "curriculum.adopt.empty",
                "templateId");
        assertProblem(wuxi.post(otherPath, "{}"), 400, "error.required", "templateId");
        assertProblem(wuxi.post(otherPath, "{\"templateId\":987654321}"), 404, "curriculum.notFound", null);
        long guiyangTemplate = id(ok(api("guiyang.coord").post("api/v1/curricula", "{\"nameZh\":\"桂阳模板"
                + uniqueCode("g") + "\"}"), 201));
        assertProblem(wuxi.post(otherPath, "{\"templateId\":" + guiyangTemplate + "}"), 403, "error.forbidden", null);
        assertProblem(api("baodong.trainer").post(otherPath, "{\"templateId\":" + shippedTemplate() + "}"), 403,
                "error.forbidden", null);
        assertProblem(api("guiyang.coord").post(otherPath, "{\"templateId\":" + shippedTemplate() + "}"), 403,
                "error.forbidden", null);
        assertThat(Db.count("select count(*) from curriculum")).as("refusals adopted nothing").isEqualTo(before + 2);

        assertThat(wuxi.post("api/v1/projects/" + other + "/activate", "").status()).isEqualTo(200);
        assertThat(wuxi.post("api/v1/projects/" + other + "/close", "").status()).isEqualTo(200);
        assertProblem(wuxi.post(otherPath, "{\"templateId\":" + shippedTemplate() + "}"), 409, "project.closed",
                null);
    }

    @Test
    void aVersionInUseIsNeverRewrittenAChangeMakesTheNextVersionWithTheSameLineages() {
        Api wuxi = api("wuxi.coord");
        long project = newProject(wuxi, "JS-WX");
        JsonObject v1 = ok(wuxi.post("api/v1/projects/" + project + "/curriculum", "{\"templateId\":"
                + shippedTemplate() + "}"), 201);
        long v1Id = id(v1);
        Db.update("update curriculum set in_use = true where id = ?", v1Id);
        v1 = ok(wuxi.get("api/v1/curricula/" + v1Id), 200);
        assertThat(v1.getBoolean("editMakesNewVersion")).isTrue();
        long firstSegment = segmentId(v1, 1, 1);
        String firstTitle = segments(v1).get(0).getString("titleZh");

        JsonObject v2 = ok(wuxi.put("api/v1/curricula/" + v1Id + "/segments/" + firstSegment,
                segment("开班破冰（修订）", 35, version(v1))), 200);
        long v2Id = id(v2);
        assertThat(v2Id).isNotEqualTo(v1Id);
        assertThat(versionNo(v2)).isEqualTo(2);
        assertThat(v2.getJsonObject("summary").getBoolean("inUse")).isFalse();
        assertThat(v2.getJsonObject("summary").getJsonNumber("adoptedFromId").longValue()).isEqualTo(shippedTemplate());
        assertThat(segments(v2).get(0).getString("titleZh")).isEqualTo("开班破冰（修订）");
        assertThat(segments(v2).get(0).getInt("durationMinutes")).isEqualTo(35);
        assertThat(segments(v2)).hasSize(12);
        for (int i = 1; i <= 5; i++) {
            assertThat(lessons(v2).get(i - 1).getJsonNumber("lineageId").longValue())
                    .as("lesson %d keeps its lineage", i).isEqualTo(lessonId(v1, i));
            assertThat(lessonId(v2, i)).isNotEqualTo(lessonId(v1, i));
        }
        assertThat(Db.value("select title_zh from curriculum_segment where id = ?", firstSegment))
                .as("the version in use is never rewritten").isEqualTo(firstTitle);
        assertThat(outline(ok(wuxi.get("api/v1/curricula/" + v1Id), 200))).isEqualTo(outline(v1));

        JsonArray versions = (JsonArray) wuxi.get("api/v1/projects/" + project + "/curriculum/versions").json();
        assertThat(versions.stream().map(v -> v.asJsonObject().getInt("versionNo") + ":"
                + v.asJsonObject().getBoolean("inUse"))).containsExactly("2:false", "1:true");
        assertThat(id(ok(wuxi.get("api/v1/projects/" + project + "/curriculum"), 200))).isEqualTo(v2Id);
        JsonObject old = ok(wuxi.get("api/v1/curricula/" + v1Id), 200);
        assertThat(old.getBoolean("current")).isFalse();
        assertThat(old.getBoolean("editable")).isFalse();
        assertProblem(wuxi.put("api/v1/curricula/" + v1Id + "/segments/" + firstSegment, segment("改旧版", 30, null)),
                409, "curriculum.version.notCurrent", null);

        JsonObject same = ok(wuxi.post("api/v1/curricula/" + v2Id + "/lessons/" + lessonId(v2, 5) + "/move",
                "{\"position\":1,\"expectedVersion\":" + version(v2) + "}"), 200);
        assertThat(id(same)).as("a version not in use is edited in place").isEqualTo(v2Id);
        assertThat(lessons(same).get(0).getString("titleZh")).isEqualTo("健康关系与家庭支持");

        Db.update("update curriculum set in_use = true where id = ?", v2Id);
        long removedLineage = lessons(same).get(0).getJsonNumber("lineageId").longValue();
        JsonObject v3 = ok(wuxi.delete("api/v1/curricula/" + v2Id + "/lessons/" + lessonId(same, 1)), 200);
        assertThat(versionNo(v3)).isEqualTo(3);
        assertThat(lessons(v3)).hasSize(4);
        assertThat(lessons(v3).stream().map(l -> l.getJsonNumber("lineageId").longValue()))
                .doesNotContain(removedLineage);
        assertThat(Db.count("select count(*) from curriculum_lesson where curriculum_id = ?", v2Id)).isEqualTo(5);
        v3 = ok(wuxi.post("api/v1/curricula/" + id(v3) + "/lessons", "{\"titleZh\":\"新增：网络安全\"}"), 200);
        JsonObject added = lessons(v3).get(4);
        assertThat(added.getJsonNumber("lineageId").longValue()).isEqualTo(added.getJsonNumber("id").longValue());
        assertThat(((JsonArray) wuxi.get("api/v1/projects/" + project + "/curriculum/versions").json()).stream()
                .map(v -> v.asJsonObject().getInt("versionNo"))).containsExactly(3, 2, 1);
        assertThat(Db.count("select count(*) from curriculum where project_id = ?", project)).isEqualTo(3);
    }

    @Test
    void aCoordinatorOfAnotherCountyNeitherSeesNorChangesAProjectsCurriculum() {
        Api yixing = api("yixing.coord");
        long project = newProject(yixing, "JS-WX-YX");
        JsonObject c = ok(yixing.post("api/v1/projects/" + project + "/curriculum", "{\"templateId\":"
                + shippedTemplate() + "}"), 201);
        long id = id(c);
        Api guiyang = api("guiyang.coord");
        for (Api.Reply reply : List.of(guiyang.get("api/v1/projects/" + project + "/curriculum"),
                guiyang.get("api/v1/projects/" + project + "/curriculum/versions"),
                guiyang.get("api/v1/curricula/" + id),
                guiyang.put("api/v1/curricula/" + id, "{\"nameZh\":\"越权\"}"),
                guiyang.post("api/v1/curricula/" + id + "/lessons", "{\"titleZh\":\"越权\"}"),
                guiyang.put("api/v1/curricula/" + id + "/segments/" + segmentId(c, 1, 1), segment("越权", 30, null)),
                guiyang.delete("api/v1/curricula/" + id + "/lessons/" + lessonId(c, 1)))) {
            assertProblem(reply, 403, "error.forbidden", null);
            assertThat(reply.body()).doesNotContain("青春");
        }
        assertThat(api("wuxi.coord").get("api/v1/curricula/" + id).status()).as("the city above sees it")
                .isEqualTo(200);
        assertThat(version(ok(yixing.get("api/v1/curricula/" + id), 200))).isEqualTo(version(c));
    }

    @Test
    void theManagementGroupEditsItsProjectsCurriculumAndLecturersReadIt() {
        Api wuxi = api("wuxi.coord");
        long project = wuxiProjectAtBaodong(wuxi);
        JsonObject c = ok(wuxi.post("api/v1/projects/" + project + "/curriculum", "{\"templateId\":"
                + shippedTemplate() + "}"), 201);
        long id = id(c);
        Api manager = api("baodong.manager");
        Api trainer = api("baodong.trainer");
        assertProblem(manager.get("api/v1/curricula/" + id), 403, "error.forbidden", null);

        assertThat(addMember(wuxi, project, groupId(wuxi, project, "MANAGEMENT"), "baodong.manager").status())
                .isEqualTo(201);
        assertThat(addMember(wuxi, project, groupId(wuxi, project, "LECTURER"), "baodong.trainer").status())
                .isEqualTo(201);

        JsonObject read = ok(trainer.get("api/v1/projects/" + project + "/curriculum"), 200);
        assertThat(read.getBoolean("editable")).as("lecturers read").isFalse();
        assertProblem(trainer.put("api/v1/curricula/" + id + "/segments/" + segmentId(c, 2, 1),
                segment("讲师改的", 30, null)), 403, "error.forbidden", null);
        assertProblem(trainer.post("api/v1/projects/" + project + "/curriculum", "{\"templateId\":"
                + shippedTemplate() + "}"), 403, "error.forbidden", null);

        assertThat(ok(manager.get("api/v1/curricula/" + id), 200).getBoolean("editable")).isTrue();
        JsonObject edited = ok(manager.put("api/v1/curricula/" + id + "/segments/" + segmentId(c, 2, 1),
                segment("倾听与共情（管理组定稿）", 45, version(c))), 200);
        assertThat(segments(edited).get(3).getString("titleZh")).isEqualTo("倾听与共情（管理组定稿）");
        assertProblem(manager.post("api/v1/curricula", "{\"nameZh\":\"管理组模板\"}"), 403, "error.forbidden", null);
    }

    @Test
    void theDemoParentTrainingFollowsTheShippedTemplate() {
        long parent = demoProject("WX-2026-PARENT");
        JsonObject c = ok(api("baodong.trainer").get("api/v1/projects/" + parent + "/curriculum"), 200);
        assertThat(c.getJsonObject("summary").getJsonNumber("adoptedFromId").longValue()).isEqualTo(shippedTemplate());
        assertThat(c.getJsonObject("summary").getInt("segmentCount")).isEqualTo(12);
        assertThat(lessons(c)).hasSize(5);
        assertThat(c.getJsonObject("summary").getString("nameZh")).isEqualTo("宝东社区青春健康家长培训课程");
    }
}
