package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trainer groups and trainer profiles through the REST API: the three groups of every project site, who may join
 * which group, leaders, scope, what group members see, and a closed project's groups; on real PostgreSQL.
 */
class TrainerGroupApiIT extends AppIT {

    private static final String BAODONG_SITE = "宝东社区居民活动中心";

    static long accountId(String username) {
        return ((Number) Db.value("select id from account where username = ?", username)).longValue();
    }

    static long siteId(String unitCode, String siteNameZh) {
        return ((Number) Db.value("select s.id from site s join organisation_unit u on u.id = s.unit_id"
                + " where u.code = ? and s.name_zh = ?", unitCode, siteNameZh)).longValue();
    }

    static long demoProject(String code) {
        return ((Number) Db.value("select id from project where code = ?", code)).longValue();
    }

    /** A new draft project owned by {@code ownerCode}, funded by the national association, made by {@code as}. */
    static long newProject(Api as, String ownerCode) {
        String code = uniqueCode("tg");
        Api.Reply reply = as.post("api/v1/projects", "{\"code\":\"" + code + "\",\"nameZh\":\"工作组测试项目" + code
                + "\",\"funderUnitId\":" + Db.unitId("CFPA") + ",\"ownerUnitId\":" + Db.unitId(ownerCode)
                + ",\"startDate\":\"2026-07-11\",\"endDate\":\"2026-12-31\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    static void addSite(Api as, long projectId, long siteId) {
        Api.Reply reply = as.post("api/v1/projects/" + projectId + "/sites", "{\"siteId\":" + siteId + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    /** A Wuxi project with the Baodong community site taking part. */
    static long wuxiProjectAtBaodong(Api wuxi) {
        long project = newProject(wuxi, "JS-WX");
        addSite(wuxi, project, siteId("JS-WX-YX-YC-BD", BAODONG_SITE));
        return project;
    }

    static List<JsonObject> groups(Api as, long projectId) {
        Api.Reply reply = as.get("api/v1/projects/" + projectId + "/groups");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return ((JsonArray) reply.json()).stream().map(JsonValue::asJsonObject).toList();
    }

    /** The id of the group of {@code kind} at the project's (only) site. */
    static long groupId(Api as, long projectId, String kind) {
        return groups(as, projectId).stream().filter(g -> g.getString("kind").equals(kind)).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    static Api.Reply addMember(Api as, long projectId, long groupId, String username) {
        return as.post("api/v1/projects/" + projectId + "/groups/" + groupId + "/members",
                "{\"accountId\":" + accountId(username) + "}");
    }

    static List<String> members(JsonObject group) {
        return group.getJsonArray("members").stream().map(m -> m.asJsonObject().getString("username")).toList();
    }

    /** JSON-B leaves null fields out. */
    static boolean isNull(JsonObject object, String field) {
        return !object.containsKey(field) || object.isNull(field);
    }

    private static List<String> codesOf(Api.Reply page) {
        return page.object().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("code")).toList();
    }

    private static long memberCount(long groupId) {
        return Db.count("select count(*) from trainer_group_member where group_id = ?", groupId);
    }

    static void assertProblem(Api.Reply reply, int status, String code, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.string("code")).as(reply.toString()).isEqualTo(code);
        assertThat(reply.string("field")).as(reply.toString()).isEqualTo(field);
        assertThat(reply.string("detail")).as("translated, not a key").isNotBlank().doesNotContain(code);
    }

    @Test
    void aSiteJoiningAProjectGetsItsThreeEmptyGroupsAndTakesThemWhenItLeaves() {
        Api wuxi = api("wuxi.coord");
        long project = wuxiProjectAtBaodong(wuxi);
        long university = siteId("JS-WX-U-JN", "江南大学蠡湖校区");
        addSite(wuxi, project, university);

        List<JsonObject> groups = groups(wuxi, project);
        assertThat(groups).hasSize(6);
        assertThat(groups.stream().map(g -> g.getString("siteNameZh") + " " + g.getString("kind")))
                .as("sites by name, each with management, lecturers, guidance")
                .containsExactly("宝东社区居民活动中心 MANAGEMENT", "宝东社区居民活动中心 LECTURER",
                        "宝东社区居民活动中心 GUIDANCE", "江南大学蠡湖校区 MANAGEMENT", "江南大学蠡湖校区 LECTURER",
                        "江南大学蠡湖校区 GUIDANCE");
        for (JsonObject group : groups) {
            assertThat(group.getJsonArray("members")).isEmpty();
            assertThat(isNull(group, "leaderAccountId")).isTrue();
            assertThat(group.getJsonNumber("projectId").longValue()).isEqualTo(project);
        }
        long lecturers = groupId(wuxi, project, "LECTURER");
        assertThat(addMember(wuxi, project, lecturers, "baodong.trainer").status()).isEqualTo(201);

        assertThat(wuxi.delete("api/v1/projects/" + project + "/sites/" + siteId("JS-WX-YX-YC-BD", BAODONG_SITE))
                .status()).isEqualTo(204);
        assertThat(groups(wuxi, project)).hasSize(3).allMatch(g -> g.getString("siteNameZh").equals("江南大学蠡湖校区"));
        assertThat(Db.count("select count(*) from trainer_group_member where group_id = ?", lecturers))
                .as("the memberships went with the site").isZero();
    }

    @Test
    void eachGroupAdmitsItsRolesFromTheOwnersSubtreeOnceEach() {
        Api wuxi = api("wuxi.coord");
        long project = wuxiProjectAtBaodong(wuxi);
        long management = groupId(wuxi, project, "MANAGEMENT");
        long lecturers = groupId(wuxi, project, "LECTURER");
        long guidance = groupId(wuxi, project, "GUIDANCE");

        Api.Reply added = addMember(wuxi, project, lecturers, "baodong.trainer");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.header("Location")).endsWith("/groups/" + lecturers + "/members/"
                + accountId("baodong.trainer"));
        assertThat(members(added.object())).containsExactly("baodong.trainer");
        JsonObject member = added.object().getJsonArray("members").getJsonObject(0);
        assertThat(member.getString("displayName")).isEqualTo("宝东讲师");
        assertThat(member.getString("role")).isEqualTo("TRAINER");
        assertThat(member.getString("unitNameZh")).isEqualTo("宝东社区计划生育协会");
        assertThat(member.getBoolean("leader")).isFalse();

        assertThat(addMember(wuxi, project, lecturers, "baodong.lecturer2").status()).isEqualTo(201);
        assertThat(addMember(wuxi, project, lecturers, "yixing.coord").status())
                .as("a coordinator may also teach").isEqualTo(201);
        assertThat(addMember(wuxi, project, management, "baodong.trainer").status())
                .as("one person in several groups").isEqualTo(201);
        assertThat(addMember(wuxi, project, management, "yixing.coord").status()).isEqualTo(201);
        assertThat(addMember(wuxi, project, guidance, "wuxi.observer").status()).isEqualTo(201);
        assertThat(addMember(wuxi, project, guidance, "wuxi.coord").status()).isEqualTo(201);

        long before = memberCount(lecturers) + memberCount(management) + memberCount(guidance);
        assertProblem(addMember(wuxi, project, lecturers, "baodong.trainer"), 409, "trainerGroup.member.duplicate",
                "accountId");
        assertProblem(addMember(wuxi, project, lecturers, "wuxi.observer"), 400, "trainerGroup.member.role",
                "accountId");
        assertThat(addMember(wuxi, project, lecturers, "wuxi.observer").string("detail"))
                .isEqualTo("指导组成员不能成为讲师组的成员。");
        assertThat(addMember(wuxi.inEnglish(), project, management, "wuxi.observer").string("detail"))
                .isEqualTo("A Guidance group member cannot be a member of the Management group.");
        assertProblem(addMember(wuxi, project, guidance, "baodong.trainer"), 400, "trainerGroup.member.role",
                "accountId");
        assertProblem(addMember(wuxi, project, lecturers, "admin"), 400, "trainerGroup.member.role", "accountId");
        assertProblem(addMember(wuxi, project, lecturers, "guiyang.coord"), 400, "trainerGroup.member.outOfScope",
                "accountId");
        assertProblem(wuxi.post("api/v1/projects/" + project + "/groups/" + lecturers + "/members",
                "{\"accountId\":987654321}"), 404, "account.notFound", null);
        assertProblem(wuxi.post("api/v1/projects/" + project + "/groups/" + lecturers + "/members", "{}"), 400,
                "error.required", "accountId");
        assertProblem(wuxi.post("api/v1/projects/" + project + "/groups/987654321/members",
                "{\"accountId\":" + accountId("baodong.trainer") + "}"), 404, "trainerGroup.notFound", null);
        long otherProject = wuxiProjectAtBaodong(wuxi);
        assertProblem(addMember(wuxi, otherProject, lecturers, "baodong.lecturer2"), 404, "trainerGroup.notFound",
                null);
        assertThat(memberCount(lecturers) + memberCount(management) + memberCount(guidance))
                .as("no refused request changed anything").isEqualTo(before);

        assertThat(addMember(wuxi, otherProject, groupId(wuxi, otherProject, "LECTURER"), "baodong.trainer").status())
                .as("one person in several projects").isEqualTo(201);

        JsonObject lecturerGroup = wuxi.get("api/v1/projects/" + project + "/groups/" + lecturers).object();
        assertThat(members(lecturerGroup)).containsExactlyInAnyOrder("baodong.trainer", "baodong.lecturer2",
                "yixing.coord");
    }

    @Test
    void theLeaderIsAMemberAndStaysUntilReplacedOrCleared() {
        Api wuxi = api("wuxi.coord");
        long project = wuxiProjectAtBaodong(wuxi);
        long lecturers = groupId(wuxi, project, "LECTURER");
        String leaderPath = "api/v1/projects/" + project + "/groups/" + lecturers + "/leader";
        addMember(wuxi, project, lecturers, "baodong.lecturer2");
        long version = wuxi.get("api/v1/projects/" + project + "/groups/" + lecturers).object()
                .getJsonNumber("version").longValue();

        assertProblem(wuxi.put(leaderPath, "{\"accountId\":" + accountId("baodong.trainer") + "}"), 400,
                "trainerGroup.leader.notMember", "accountId");
        assertThat(addMember(wuxi, project, lecturers, "baodong.trainer").status()).isEqualTo(201);
        assertProblem(wuxi.put(leaderPath, "{\"accountId\":" + accountId("baodong.trainer") + ",\"expectedVersion\":"
                + version + "}"), 409, "error.staleEdit", null);

        long current = wuxi.get("api/v1/projects/" + project + "/groups/" + lecturers).object()
                .getJsonNumber("version").longValue();
        assertThat(current).as("membership changes move the group's version on").isGreaterThan(version);
        Api.Reply led = wuxi.put(leaderPath, "{\"accountId\":" + accountId("baodong.trainer") + ",\"expectedVersion\":"
                + current + "}");
        assertThat(led.status()).as(led.toString()).isEqualTo(200);
        assertThat(led.object().getJsonNumber("leaderAccountId").longValue()).isEqualTo(accountId("baodong.trainer"));
        assertThat(led.string("leaderDisplayName")).isEqualTo("宝东讲师");
        assertThat(members(led.object())).as("the leader first").startsWith("baodong.trainer");
        assertThat(led.object().getJsonArray("members").getJsonObject(0).getBoolean("leader")).isTrue();

        String trainerPath = "api/v1/projects/" + project + "/groups/" + lecturers + "/members/"
                + accountId("baodong.trainer");
        assertProblem(wuxi.delete(trainerPath), 409, "trainerGroup.member.isLeader", "accountId");
        assertThat(memberCount(lecturers)).isEqualTo(2);

        Api.Reply replaced = wuxi.put(leaderPath, "{\"accountId\":" + accountId("baodong.lecturer2") + "}");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(wuxi.delete(trainerPath).status()).as("no longer the leader").isEqualTo(204);
        assertProblem(wuxi.delete(trainerPath), 404, "trainerGroup.member.notFound", null);

        Api.Reply cleared = wuxi.put(leaderPath, "{\"accountId\":null}");
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(isNull(cleared.object(), "leaderAccountId")).isTrue();
        assertThat(Db.value("select leader_account_id from trainer_group where id = ?", lecturers)).isNull();
        assertThat(wuxi.delete("api/v1/projects/" + project + "/groups/" + lecturers + "/members/"
                + accountId("baodong.lecturer2")).status()).isEqualTo(204);
        assertThat(memberCount(lecturers)).isZero();
    }

    @Test
    void thePickerOffersOnlyWhoMayJoin() {
        Api wuxi = api("wuxi.coord");
        long project = wuxiProjectAtBaodong(wuxi);
        long lecturers = groupId(wuxi, project, "LECTURER");
        String path = "api/v1/projects/" + project + "/groups/" + lecturers + "/candidates";
        List<String> offered = wuxi.get(path + "?limit=200").object().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("username")).toList();
        assertThat(offered).contains("baodong.trainer", "baodong.lecturer2", "wuxi.coord", "yixing.coord")
                .doesNotContain("wuxi.observer", "admin", "guiyang.coord");

        addMember(wuxi, project, lecturers, "baodong.trainer");
        Api.Reply search = wuxi.get(path + "?q=baodong");
        assertThat(search.object().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("username")))
                .contains("baodong.lecturer2").doesNotContain("baodong.trainer", "wuxi.coord");
        assertThat(wuxi.get(path + "?q=%E5%AE%9D%E4%B8%9C%E8%AE%B2%E5%B8%88%E4%BA%8C").object().getJsonArray("items")
                .getJsonObject(0).getString("displayName")).as("by name too").isEqualTo("宝东讲师二");

        long guidance = groupId(wuxi, project, "GUIDANCE");
        assertThat(wuxi.get("api/v1/projects/" + project + "/groups/" + guidance + "/candidates?limit=200").object()
                .getJsonArray("items").stream().map(v -> v.asJsonObject().getString("username")))
                .contains("wuxi.observer", "wuxi.coord").doesNotContain("baodong.trainer");
        assertProblem(api("baodong.trainer").get(path), 403, "error.forbidden", null);
    }

    @Test
    void aCoordinatorOfAnotherCountyNeitherSeesNorChangesAProjectsGroups() {
        Api yixing = api("yixing.coord");
        long project = newProject(yixing, "JS-WX-YX");
        addSite(yixing, project, siteId("JS-WX-YX-YC-BD", BAODONG_SITE));
        long lecturers = groupId(yixing, project, "LECTURER");
        assertThat(addMember(yixing, project, lecturers, "baodong.trainer").status()).isEqualTo(201);
        String groupPath = "api/v1/projects/" + project + "/groups/" + lecturers;

        Api guiyang = api("guiyang.coord");
        for (Api.Reply reply : List.of(guiyang.get("api/v1/projects/" + project + "/groups"),
                guiyang.get(groupPath), guiyang.get(groupPath + "/candidates"),
                addMember(guiyang, project, lecturers, "baodong.lecturer2"),
                guiyang.put(groupPath + "/leader", "{\"accountId\":" + accountId("baodong.trainer") + "}"),
                guiyang.delete(groupPath + "/members/" + accountId("baodong.trainer")))) {
            assertProblem(reply, 403, "error.forbidden", null);
            assertThat(reply.body()).doesNotContain("宝东");
        }

        Api trainer = api("baodong.trainer");
        assertThat(trainer.get("api/v1/projects/" + project + "/groups").status()).as("a member reads")
                .isEqualTo(200);
        assertProblem(addMember(trainer, project, lecturers, "baodong.lecturer2"), 403, "error.forbidden", null);
        assertProblem(trainer.put(groupPath + "/leader", "{\"accountId\":" + accountId("baodong.trainer") + "}"),
                403, "error.forbidden", null);
        assertProblem(api("wuxi.observer").delete(groupPath + "/members/" + accountId("baodong.trainer")), 403,
                "error.forbidden", null);

        Api wuxi = api("wuxi.coord");
        assertThat(addMember(wuxi, project, lecturers, "baodong.lecturer2").status()).as("the city above manages")
                .isEqualTo(201);
        assertThat(memberCount(lecturers)).isEqualTo(2);
        assertThat(Db.value("select leader_account_id from trainer_group where id = ?", lecturers)).isNull();
    }

    @Test
    void groupMembersSeeTheirProjectAndNothingElse() {
        Api trainer = api("baodong.trainer");
        long parent = demoProject("WX-2026-PARENT");
        long asrh = demoProject("WX-2026-ASRH");
        assertThat(trainer.get("api/v1/projects/" + parent).status()).as("the Baodong lecturer sees the project")
                .isEqualTo(200);
        assertThat(codesOf(trainer.get("api/v1/projects?limit=200"))).contains("WX-2026-PARENT")
                .doesNotContain("WX-2026-ASRH", "WX-2026-FLOAT");
        assertThat(trainer.get("api/v1/projects/" + parent + "/sites").status()).isEqualTo(200);
        assertThat(trainer.get("api/v1/projects/" + parent + "/targets").status()).isEqualTo(200);
        assertProblem(trainer.get("api/v1/projects/" + asrh), 403, "error.forbidden", null);
        assertThat(codesOf(api("jiangnan.lecturer").get("api/v1/projects?limit=200")))
                .containsExactly("WX-2026-ASRH");

        Api wuxi = api("wuxi.coord");
        long project = wuxiProjectAtBaodong(wuxi);
        String code = wuxi.get("api/v1/projects/" + project).string("code");
        assertProblem(trainer.get("api/v1/projects/" + project), 403, "error.forbidden", null);
        assertThat(trainer.get("api/v1/projects?q=" + code).object().getInt("total")).isZero();

        long lecturers = groupId(wuxi, project, "LECTURER");
        addMember(wuxi, project, lecturers, "baodong.trainer");
        assertThat(trainer.get("api/v1/projects/" + project).status()).isEqualTo(200);
        assertThat(codesOf(trainer.get("api/v1/projects?q=" + code))).containsExactly(code);
        assertProblem(trainer.post("api/v1/projects/" + project + "/activate", ""), 403, "error.forbidden", null);

        wuxi.delete("api/v1/projects/" + project + "/groups/" + lecturers + "/members/"
                + accountId("baodong.trainer"));
        assertProblem(trainer.get("api/v1/projects/" + project), 403, "error.forbidden", null);
        assertThat(trainer.get("api/v1/projects?q=" + code).object().getInt("total")).isZero();
    }

    @Test
    void aClosedProjectsGroupsCanOnlyBeRead() {
        Api wuxi = api("wuxi.coord");
        long project = wuxiProjectAtBaodong(wuxi);
        long lecturers = groupId(wuxi, project, "LECTURER");
        addMember(wuxi, project, lecturers, "baodong.trainer");
        assertThat(wuxi.post("api/v1/projects/" + project + "/activate", "").status()).isEqualTo(200);
        assertThat(wuxi.post("api/v1/projects/" + project + "/close", "").status()).isEqualTo(200);
        String groupPath = "api/v1/projects/" + project + "/groups/" + lecturers;

        assertProblem(addMember(wuxi, project, lecturers, "baodong.lecturer2"), 409, "project.closed", null);
        assertProblem(wuxi.put(groupPath + "/leader", "{\"accountId\":" + accountId("baodong.trainer") + "}"), 409,
                "project.closed", null);
        assertProblem(wuxi.delete(groupPath + "/members/" + accountId("baodong.trainer")), 409, "project.closed",
                null);
        assertThat(members(wuxi.get(groupPath).object())).containsExactly("baodong.trainer");
        assertThat(api("baodong.trainer").get("api/v1/projects/" + project).status()).as("members still read")
                .isEqualTo(200);
    }

    @Test
    void theDemoParentTrainingHasItsThreeGroupsWithLeaders() {
        List<JsonObject> groups = groups(api("wuxi.coord"), demoProject("WX-2026-PARENT"));
        assertThat(groups.stream().map(g -> g.getString("kind") + ":" + g.getString("leaderDisplayName") + ":"
                + members(g))).containsExactly(
                        "MANAGEMENT:宜城项目管理组长:[baodong.manager]",
                        "LECTURER:宝东讲师:[baodong.trainer, baodong.lecturer2]",
                        "GUIDANCE:无锡指导组:[wuxi.observer]");
        assertThat(groups(api("wuxi.coord"), demoProject("WX-2026-ASRH")).stream()
                .filter(g -> g.getString("kind").equals("LECTURER")).map(TrainerGroupApiIT::members))
                .containsExactlyInAnyOrder(List.of("jiangnan.lecturer"), List.of("wxit.lecturer"));

        JsonArray mine = (JsonArray) api("wuxi.observer").get("api/v1/trainers/me/groups").json();
        assertThat(mine.stream().map(v -> v.asJsonObject().getString("projectCode") + ":"
                + v.asJsonObject().getString("kind") + ":" + v.asJsonObject().getBoolean("leader")))
                .contains("WX-2026-PARENT:GUIDANCE:true", "WX-2026-ASRH:GUIDANCE:false");
    }

    @Test
    void everyoneKeepsTheirOwnProfileAndCoordinatorsInScopeReadIt() {
        Api lecturer = api("baodong.lecturer2");
        JsonObject mine = lecturer.get("api/v1/trainers/me").object();
        assertThat(mine.getString("displayName")).isEqualTo("宝东讲师二");
        assertThat(mine.getString("unitNameZh")).isEqualTo("宝东社区计划生育协会");
        Long version = isNull(mine, "version") ? null : mine.getJsonNumber("version").longValue();

        Api.Reply saved = lecturer.put("api/v1/trainers/me", "{\"phone\":\" 139 0510 0002 \",\"email\":"
                + "\"lecturer2@example.org\",\"qualifications\":\"心理咨询师\\n青春健康讲师\",\"expectedVersion\":"
                + version + "}");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.string("phone")).isEqualTo("139 0510 0002");
        assertThat(saved.string("qualifications")).isEqualTo("心理咨询师\n青春健康讲师");
        long savedVersion = saved.object().getJsonNumber("version").longValue();

        assertProblem(lecturer.put("api/v1/trainers/me", "{\"phone\":\"1\",\"expectedVersion\":" + savedVersion
                + "}"), 400, "site.phone.format", "phone");
        assertProblem(lecturer.put("api/v1/trainers/me", "{\"email\":\"no-at-sign\",\"expectedVersion\":"
                + savedVersion + "}"), 400, "trainerProfile.email.format", "email");
        if (version != null) {
            assertProblem(lecturer.put("api/v1/trainers/me", "{\"phone\":\"13905100002\",\"expectedVersion\":"
                    + version + "}"), 409, "error.staleEdit", null);
        }
        assertProblem(lecturer.put("api/v1/trainers/me", "{\"phone\":\"13905100002\",\"expectedVersion\":"
                + (savedVersion + 7) + "}"), 409, "error.staleEdit", null);
        assertThat(Db.value("select phone from trainer_profile where account_id = ?", accountId("baodong.lecturer2")))
                .as("refusals changed nothing").isEqualTo("139 0510 0002");

        long id = accountId("baodong.lecturer2");
        assertThat(api("yixing.coord").get("api/v1/trainers/" + id).string("email")).isEqualTo("lecturer2@example.org");
        assertThat(api("admin").get("api/v1/trainers/" + id).status()).isEqualTo(200);
        assertThat(lecturer.get("api/v1/trainers/" + id).status()).isEqualTo(200);
        assertProblem(api("guiyang.coord").get("api/v1/trainers/" + id), 403, "error.forbidden", null);
        assertProblem(api("baodong.trainer").get("api/v1/trainers/" + id), 403, "error.forbidden", null);
        assertProblem(api("yixing.coord").get("api/v1/trainers/987654321"), 404, "account.notFound", null);
        assertThat(api("baodong.trainer").get("api/v1/trainers/me").string("qualifications"))
                .as("the demo trainer has a profile").contains("青春健康教育讲师");
    }
}
