package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Projects through the REST API: rules, the status workflow, scope and project sites, on real PostgreSQL. */
class ProjectApiIT extends AppIT {

    private static final String START = "2026-07-11";
    private static final String END = "2026-12-31";

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    private static String project(String code, String nameZh, Long funderUnitId, Long ownerUnitId, String start,
            String end, String budget) {
        return "{\"code\":" + quoted(code) + ",\"nameZh\":" + quoted(nameZh) + ",\"nameEn\":\"Parent training\""
                + ",\"funderUnitId\":" + funderUnitId + ",\"ownerUnitId\":" + ownerUnitId + ",\"startDate\":"
                + quoted(start) + ",\"endDate\":" + quoted(end) + ",\"description\":\"项目文本\",\"budgetCny\":" + budget
                + "}";
    }

    private static String wuxiProject(String code) {
        return project(code, "青春健康家长培训项目（测试）", Db.unitId("CFPA"), Db.unitId("JS-WX"), START, END, "80000");
    }

    private static String changes(String code, String nameZh, Long expectedVersion) {
        return "{\"code\":" + quoted(code) + ",\"nameZh\":" + quoted(nameZh) + ",\"startDate\":\"" + START
                + "\",\"endDate\":\"" + END + "\",\"budgetCny\":90000.5,\"expectedVersion\":" + expectedVersion + "}";
    }

    /** A new draft project of Wuxi, funded by the national association, created by the Wuxi coordinator. */
    private long createWuxiProject(String code) {
        Api.Reply reply = api("wuxi.coord").post("api/v1/projects", wuxiProject(code));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    private static long projectCount() {
        return Db.count("select count(*) from project");
    }

    private static long siteId(String unitCode, String siteNameZh) {
        return ((Number) Db.value("select s.id from site s join organisation_unit u on u.id = s.unit_id"
                + " where u.code = ? and s.name_zh = ?", unitCode, siteNameZh)).longValue();
    }

    private static List<String> codesOf(Api.Reply page) {
        return page.object().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("code")).toList();
    }

    @Test
    void aCoordinatorCreatesADraftProjectFundedFromAbove() {
        Api wuxi = api("wuxi.coord");
        String code = uniqueCode("pj");
        Api.Reply created = wuxi.post("api/v1/projects", project(code.toLowerCase(), "  青春健康家长培训项目（测试） ",
                Db.unitId("CFPA"), Db.unitId("JS-WX"), START, END, "80000.5"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.id();
        assertThat(created.header("Location")).endsWith("/api/v1/projects/" + id);
        JsonObject body = created.object();
        assertThat(body.getString("code")).as("codes are kept in upper case").isEqualTo(code);
        assertThat(body.getString("nameZh")).isEqualTo("青春健康家长培训项目（测试）");
        assertThat(body.getString("status")).isEqualTo("DRAFT");
        assertThat(body.getString("funderCode")).isEqualTo("CFPA");
        assertThat(body.getString("funderNameZh")).isEqualTo("中国计划生育协会");
        assertThat(body.getString("ownerCode")).isEqualTo("JS-WX");
        assertThat(body.getJsonNumber("ownerUnitId").longValue()).isEqualTo(Db.unitId("JS-WX"));
        assertThat(body.getString("startDate")).isEqualTo(START);
        assertThat(body.getString("endDate")).isEqualTo(END);
        assertThat(body.getJsonNumber("budgetCny").bigDecimalValue()).isEqualByComparingTo("80000.50");
        assertThat(body.getInt("siteCount")).isZero();

        JsonObject read = wuxi.get("api/v1/projects/" + id).object();
        assertThat(read.getString("code")).isEqualTo(code);
        assertThat(read.getJsonNumber("version").longValue()).isEqualTo(body.getJsonNumber("version").longValue());
        assertThat(Db.rows("select status, start_date, budget_cny from project where id = ?", id).get(0))
                .containsExactly("DRAFT", java.sql.Date.valueOf(LocalDate.parse(START)), new BigDecimal("80000.50"));
        assertThat(codesOf(wuxi.get("api/v1/projects?q=" + code))).containsExactly(code);
    }

    @Test
    void everyBrokenRuleIsRefusedWithItsMessageAndCreatesNothing() {
        Api wuxi = api("wuxi.coord");
        long cfpa = Db.unitId("CFPA");
        long city = Db.unitId("JS-WX");
        long yixing = Db.unitId("JS-WX-YX");
        long hunan = Db.unitId("HN");
        String taken = uniqueCode("pj-t");
        createWuxiProject(taken);
        record Case(String body, int status, String code, String field) {
        }
        List<Case> cases = List.of(
                new Case(project(null, "无编码", cfpa, city, START, END, "0"), 400, "error.required", "code"),
                new Case(project("x", "编码太短", cfpa, city, START, END, "0"), 400, "unit.code.format", "code"),
                new Case(project("BAD CODE", "编码有空格", cfpa, city, START, END, "0"), 400, "unit.code.format", "code"),
                new Case(project(uniqueCode("r"), null, cfpa, city, START, END, "0"), 400, "error.required", "nameZh"),
                new Case(project(uniqueCode("r"), "长".repeat(201), cfpa, city, START, END, "0"), 400, "error.tooLong",
                        "nameZh"),
                new Case(project(uniqueCode("r"), "没有开始", cfpa, city, null, END, "0"), 400, "error.required",
                        "startDate"),
                new Case(project(uniqueCode("r"), "没有结束", cfpa, city, START, null, "0"), 400, "error.required",
                        "endDate"),
                new Case(project(uniqueCode("r"), "结束早于开始", cfpa, city, END, START, "0"), 400,
                        "project.period.invalid", "period"),
                new Case(project(uniqueCode("r"), "负预算", cfpa, city, START, END, "-1"), 400,
                        "project.budget.invalid", "budgetCny"),
                new Case(project(uniqueCode("r"), "三位小数", cfpa, city, START, END, "100.005"), 400,
                        "project.budget.invalid", "budgetCny"),
                new Case(project(uniqueCode("r"), "预算太大", cfpa, city, START, END, "1000000000000"), 400,
                        "project.budget.invalid", "budgetCny"),
                new Case(project(uniqueCode("r"), "下级资助", yixing, city, START, END, "0"), 400,
                        "project.funder.notAbove", "funderUnitId"),
                new Case(project(uniqueCode("r"), "外省资助", hunan, city, START, END, "0"), 400,
                        "project.funder.notAbove", "funderUnitId"),
                new Case(project(uniqueCode("r"), "没有资助单位", null, city, START, END, "0"), 400, "error.required",
                        "funderUnitId"),
                new Case(project(uniqueCode("r"), "没有承担单位", cfpa, null, START, END, "0"), 400, "error.required",
                        "ownerUnitId"),
                new Case(project(taken, "重复编码", cfpa, city, START, END, "0"), 409, "project.code.taken", "code"));
        long before = projectCount();
        for (Case c : cases) {
            assertProblem(wuxi.post("api/v1/projects", c.body()), c.status(), c.code(), c.field());
        }
        Api.Reply longText = wuxi.post("api/v1/projects", wuxiProject(uniqueCode("r"))
                .replace("项目文本", "文".repeat(4001)));
        assertProblem(longText, 400, "error.tooLong", "description");
        assertThat(projectCount()).as("no rule-breaking request created anything").isEqualTo(before);

        Api.Reply english = wuxi.inEnglish().post("api/v1/projects",
                project(uniqueCode("r"), "下级资助", yixing, city, START, END, "0"));
        assertThat(english.string("detail"))
                .isEqualTo("The funding unit must be the owning unit itself or a unit above it.");
        assertThat(wuxi.post("api/v1/projects", wuxiProject(uniqueCode("r")).replace(START, "2026-13-01")).status())
                .as("a malformed date").isEqualTo(400);
        assertThat(wuxi.post("api/v1/projects", "{not json").string("code")).isEqualTo("error.malformedBody");
        assertThat(wuxi.get("api/v1/projects/987654321").string("code")).isEqualTo("project.notFound");
        assertThat(wuxi.get("api/v1/projects/987654321").status()).isEqualTo(404);
        assertThat(projectCount()).isEqualTo(before);
    }

    @Test
    void anInactiveUnitTakesOnNoNewProject() {
        Api wuxi = api("wuxi.coord");
        Api.Reply county = wuxi.post("api/v1/units", "{\"code\":\"" + uniqueCode("pj-de")
                + "\",\"nameZh\":\"停用区\",\"kind\":\"COUNTY\",\"parentId\":" + Db.unitId("JS-WX") + "}");
        assertThat(county.status()).as(county.toString()).isEqualTo(201);
        assertThat(wuxi.post("api/v1/units/" + county.id() + "/deactivate", "").status()).isEqualTo(200);
        long before = projectCount();
        assertProblem(wuxi.post("api/v1/projects", project(uniqueCode("pj"), "停用单位的项目", Db.unitId("CFPA"),
                county.id(), START, END, "0")), 400, "project.owner.inactive", "ownerUnitId");
        assertThat(projectCount()).isEqualTo(before);
    }

    @Test
    void aProjectGoesFromDraftToActiveToClosedAndIsThenReadOnly() {
        Api wuxi = api("wuxi.coord");
        String code = uniqueCode("pj-w");
        long id = createWuxiProject(code);
        assertProblem(wuxi.post("api/v1/projects/" + id + "/close", ""), 400, "project.status.illegal", "status");

        Api.Reply edited = wuxi.put("api/v1/projects/" + id, changes(code, "草稿阶段修改", null));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.object().getJsonNumber("budgetCny").bigDecimalValue()).isEqualByComparingTo("90000.50");

        Api.Reply active = wuxi.post("api/v1/projects/" + id + "/activate", "");
        assertThat(active.status()).as(active.toString()).isEqualTo(200);
        assertThat(active.string("status")).isEqualTo("ACTIVE");
        assertProblem(wuxi.post("api/v1/projects/" + id + "/activate", ""), 400, "project.status.illegal", "status");
        assertThat(wuxi.put("api/v1/projects/" + id, changes(code, "实施阶段修改", null)).status()).isEqualTo(200);

        Api.Reply closed = wuxi.post("api/v1/projects/" + id + "/close", "");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.string("status")).isEqualTo("CLOSED");
        long version = closed.object().getJsonNumber("version").longValue();

        assertProblem(wuxi.put("api/v1/projects/" + id, changes(code, "结项后修改", version)), 409, "project.closed",
                null);
        assertProblem(wuxi.put("api/v1/projects/" + id, changes(code, "结项后修改", null)), 409, "project.closed", null);
        Api.Reply reopen = wuxi.post("api/v1/projects/" + id + "/activate", "");
        assertProblem(reopen, 400, "project.status.illegal", "status");
        assertThat(reopen.string("detail")).isEqualTo("项目状态不能从“已结项”变为“实施中”。");
        assertThat(wuxi.inEnglish().post("api/v1/projects/" + id + "/activate", "").string("detail"))
                .isEqualTo("A project cannot go from \u201cClosed\u201d to \u201cActive\u201d.");
        assertProblem(wuxi.post("api/v1/projects/" + id + "/sites",
                "{\"siteId\":" + siteId("JS-WX-YX-YC-BD", "宝东社区居民活动中心") + "}"), 409, "project.closed", null);

        assertThat(Db.rows("select status, name_zh from project where id = ?", id).get(0))
                .containsExactly("CLOSED", "实施阶段修改");
        assertThat(Db.count("select count(*) from project_site where project_id = ?", id)).isZero();
        assertThat(wuxi.get("api/v1/projects/" + id).string("status")).as("still readable").isEqualTo("CLOSED");
    }

    @Test
    void aStaleEditIsRefusedRatherThanLost() {
        Api wuxi = api("wuxi.coord");
        String code = uniqueCode("pj-s");
        long id = createWuxiProject(code);
        long version = wuxi.get("api/v1/projects/" + id).object().getJsonNumber("version").longValue();
        assertThat(wuxi.put("api/v1/projects/" + id, changes(code, "第一次修改", version)).status()).isEqualTo(200);
        assertProblem(wuxi.put("api/v1/projects/" + id, changes(code, "第二次修改", version)), 409, "error.staleEdit",
                null);
        assertThat(Db.value("select name_zh from project where id = ?", id)).isEqualTo("第一次修改");
    }

    @Test
    void aCodeChangeToATakenCodeIsAConflict() {
        Api wuxi = api("wuxi.coord");
        String first = uniqueCode("pj-a");
        String second = uniqueCode("pj-b");
        createWuxiProject(first);
        long id = createWuxiProject(second);
        assertProblem(wuxi.put("api/v1/projects/" + id, changes(first, "改成已有编码", null)), 409,
                "project.code.taken", "code");
        assertThat(Db.value("select code from project where id = ?", id)).isEqualTo(second);
    }

    @Test
    void onlyThoseCoveringTheOwnerOrTheFunderSeeAProjectAndOnlyTheOwnersCoordinatorsManageIt() {
        String code = uniqueCode("pj-sc");
        long id = createWuxiProject(code);
        Api guiyang = api("guiyang.coord");
        Api yixing = api("yixing.coord");
        long version = api("wuxi.coord").get("api/v1/projects/" + id).object().getJsonNumber("version").longValue();

        for (Api outsider : List.of(guiyang, yixing)) {
            for (Api.Reply reply : List.of(outsider.get("api/v1/projects/" + id),
                    outsider.get("api/v1/projects/" + id + "/sites"),
                    outsider.put("api/v1/projects/" + id, changes(code, "越权修改", null)),
                    outsider.post("api/v1/projects/" + id + "/activate", ""),
                    outsider.post("api/v1/projects/" + id + "/close", ""),
                    outsider.post("api/v1/projects/" + id + "/sites",
                            "{\"siteId\":" + siteId("JS-WX-YX-YC-BD", "宝东社区居民活动中心") + "}"))) {
                assertProblem(reply, 403, "error.forbidden", null);
                assertThat(reply.body()).as("leaks nothing about the project").doesNotContain("青春健康");
            }
            assertThat(outsider.get("api/v1/projects?q=" + code).object().getInt("total")).isZero();
        }
        assertThat(api("guiyang.coord").delete("api/v1/projects/" + id + "/sites/1").status()).isEqualTo(403);

        Api observer = api("wuxi.observer");
        assertThat(observer.get("api/v1/projects/" + id).status()).as("observers read").isEqualTo(200);
        assertThat(codesOf(observer.get("api/v1/projects?q=" + code))).containsExactly(code);
        assertProblem(observer.post("api/v1/projects/" + id + "/activate", ""), 403, "error.forbidden", null);
        assertProblem(observer.put("api/v1/projects/" + id, changes(code, "指导组修改", null)), 403, "error.forbidden",
                null);

        Api admin = api("admin");
        assertThat(admin.get("api/v1/projects/" + id).status()).isEqualTo(200);
        assertThat(codesOf(admin.get("api/v1/projects?q=" + code))).containsExactly(code);

        assertThat(Db.rows("select status, name_zh, version from project where id = ?", id).get(0))
                .containsExactly("DRAFT", "青春健康家长培训项目（测试）", version);

        long before = projectCount();
        assertProblem(guiyang.post("api/v1/projects", wuxiProject(uniqueCode("pj-x"))), 403, "error.forbidden", null);
        assertProblem(yixing.post("api/v1/projects", wuxiProject(uniqueCode("pj-x"))), 403, "error.forbidden", null);
        assertProblem(api("wuxi.coord").post("api/v1/projects", project(uniqueCode("pj-x"), "外省的项目",
                Db.unitId("CFPA"), Db.unitId("HN-CZ-GY"), START, END, "0")), 403, "error.forbidden", null);
        assertProblem(api("baodong.trainer").post("api/v1/projects", wuxiProject(uniqueCode("pj-x"))), 403,
                "error.forbidden", null);
        assertProblem(observer.post("api/v1/projects", wuxiProject(uniqueCode("pj-x"))), 403, "error.forbidden", null);
        assertThat(projectCount()).isEqualTo(before);

        Api.Reply ownCounty = yixing.post("api/v1/projects", project(uniqueCode("pj-yx"), "宜兴市家长课堂",
                Db.unitId("JS-WX"), Db.unitId("JS-WX-YX"), START, END, "5000"));
        assertThat(ownCounty.status()).as("a county funded by its city, " + ownCounty).isEqualTo(201);
        assertThat(api("wuxi.coord").get("api/v1/projects/" + ownCounty.id()).status())
                .as("the city above sees it").isEqualTo(200);
        assertProblem(guiyang.get("api/v1/projects/" + ownCounty.id()), 403, "error.forbidden", null);
    }

    @Test
    void sitesOfTheOwnersSubtreeTakePartOnceEach() {
        Api wuxi = api("wuxi.coord");
        long id = createWuxiProject(uniqueCode("pj-st"));
        long baodongSite = siteId("JS-WX-YX-YC-BD", "宝东社区居民活动中心");
        long baodongUnit = Db.unitId("JS-WX-YX-YC-BD");

        Api.Reply added = wuxi.post("api/v1/projects/" + id + "/sites", "{\"siteId\":" + baodongSite + "}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.header("Location")).endsWith("/api/v1/projects/" + id + "/sites/" + baodongSite);
        JsonObject site = added.object();
        assertThat(site.getJsonNumber("siteId").longValue()).isEqualTo(baodongSite);
        assertThat(site.getString("siteNameZh")).isEqualTo("宝东社区居民活动中心");
        assertThat(site.getString("siteKind")).isEqualTo("COMMUNITY");
        assertThat(site.getJsonNumber("responsibleUnitId").longValue()).as("the site's unit by default")
                .isEqualTo(baodongUnit);
        assertThat(site.getString("responsibleUnitNameZh")).isEqualTo("宝东社区计划生育协会");
        assertThat(wuxi.get("api/v1/projects/" + id + "/sites/" + baodongSite).status()).isEqualTo(200);

        long before = Db.count("select count(*) from project_site");
        assertProblem(wuxi.post("api/v1/projects/" + id + "/sites", "{\"siteId\":" + baodongSite + "}"), 409,
                "project.site.duplicate", "siteId");
        long dongguanSite = siteId("HN-CZ-GY-F-DG", "东莞桂阳商会服务点");
        assertProblem(wuxi.post("api/v1/projects/" + id + "/sites", "{\"siteId\":" + dongguanSite + "}"), 400,
                "project.site.outOfScope", "siteId");
        long universitySite = siteId("JS-WX-U-JN", "江南大学蠡湖校区");
        assertProblem(wuxi.post("api/v1/projects/" + id + "/sites", "{\"siteId\":" + universitySite
                + ",\"responsibleUnitId\":" + Db.unitId("HN-CZ-GY") + "}"), 400,
                "project.site.responsibleOutOfScope", "responsibleUnitId");
        assertProblem(wuxi.post("api/v1/projects/" + id + "/sites", "{\"siteId\":" + universitySite
                + ",\"responsibleUnitId\":" + Db.unitId("JS") + "}"), 400,
                "project.site.responsibleOutOfScope", "responsibleUnitId");
        assertProblem(wuxi.post("api/v1/projects/" + id + "/sites", "{}"), 400, "error.required", "siteId");
        assertProblem(wuxi.post("api/v1/projects/" + id + "/sites", "{\"siteId\":987654321}"), 404, "site.notFound",
                null);

        Api.Reply inactive = wuxi.post("api/v1/sites", "{\"unitId\":" + Db.unitId("JS-WX")
                + ",\"kind\":\"COMMUNITY\",\"nameZh\":\"已停用活动中心\"}");
        assertThat(inactive.status()).as(inactive.toString()).isEqualTo(201);
        assertThat(wuxi.post("api/v1/sites/" + inactive.id() + "/deactivate", "").status()).isEqualTo(200);
        assertProblem(wuxi.post("api/v1/projects/" + id + "/sites", "{\"siteId\":" + inactive.id() + "}"), 400,
                "project.site.inactive", "siteId");
        assertThat(Db.count("select count(*) from project_site")).as("refusals added nothing").isEqualTo(before);

        Api.Reply withResponsible = wuxi.post("api/v1/projects/" + id + "/sites", "{\"siteId\":" + universitySite
                + ",\"responsibleUnitId\":" + Db.unitId("JS-WX") + "}");
        assertThat(withResponsible.status()).as(withResponsible.toString()).isEqualTo(201);
        assertThat(withResponsible.string("responsibleUnitNameZh")).isEqualTo("无锡市计划生育协会");
        assertThat(withResponsible.string("siteUnitNameZh")).isEqualTo("江南大学计生协");

        JsonArray sites = (JsonArray) wuxi.get("api/v1/projects/" + id + "/sites").json();
        assertThat(sites.stream().map(v -> v.asJsonObject().getJsonNumber("siteId").longValue()))
                .containsExactlyInAnyOrder(baodongSite, universitySite);
        assertThat(wuxi.get("api/v1/projects/" + id).object().getInt("siteCount")).isEqualTo(2);
        assertThat(api("wuxi.observer").get("api/v1/projects/" + id + "/sites").status()).isEqualTo(200);

        assertThat(api("yixing.coord").delete("api/v1/projects/" + id + "/sites/" + baodongSite).status())
                .as("only the owner's coordinators manage the sites").isEqualTo(403);
        Api.Reply removed = api("wuxi.coord").delete("api/v1/projects/" + id + "/sites/" + baodongSite);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertProblem(api("wuxi.coord").delete("api/v1/projects/" + id + "/sites/" + baodongSite), 404,
                "project.site.notFound", null);
        assertThat(Db.count("select count(*) from project_site where project_id = ?", id)).isEqualTo(1);
        assertThat(wuxi.get("api/v1/projects/" + id).object().getInt("siteCount")).isEqualTo(1);
    }

    @Test
    void theDemoProjectsAreWuxisAndListedLatestFirst() {
        Api wuxi = api("wuxi.coord");
        Api.Reply page = wuxi.get("api/v1/projects?limit=200");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<JsonObject> items = page.object().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertThat(items).extracting(p -> p.getString("nameZh")).contains("青春健康家长培训项目",
                "无锡市青少年性与生殖健康及预防艾滋病项目", "流动人口计划生育服务管理项目");
        for (int i = 1; i < items.size(); i++) {
            LocalDate previous = LocalDate.parse(items.get(i - 1).getString("startDate"));
            LocalDate current = LocalDate.parse(items.get(i).getString("startDate"));
            assertThat(current).as("latest start first").isBeforeOrEqualTo(previous);
        }

        JsonObject parents = items.stream().filter(p -> p.getString("code").equals("WX-2026-PARENT")).findFirst()
                .orElseThrow();
        assertThat(parents.getString("status")).isEqualTo("ACTIVE");
        assertThat(parents.getString("funderCode")).isEqualTo("CFPA");
        assertThat(parents.getInt("siteCount")).isEqualTo(1);
        JsonArray parentSites = (JsonArray) wuxi.get("api/v1/projects/" + parents.getJsonNumber("id") + "/sites")
                .json();
        assertThat(parentSites.getJsonObject(0).getString("siteNameZh")).isEqualTo("宝东社区居民活动中心");
        assertThat(parentSites.getJsonObject(0).getString("responsibleUnitNameZh")).isEqualTo("宝东社区计划生育协会");

        assertThat(codesOf(wuxi.get("api/v1/projects?q=wx-2026-&status=active")))
                .contains("WX-2026-PARENT", "WX-2026-ASRH").doesNotContain("WX-2026-FLOAT");
        assertThat(codesOf(wuxi.get("api/v1/projects?q=流动人口&status=DRAFT"))).contains("WX-2026-FLOAT");
        assertThat(wuxi.get("api/v1/projects?q=WX-2026-ASRH").object().getJsonArray("items").getJsonObject(0)
                .getInt("siteCount")).isEqualTo(2);
        assertProblem(wuxi.get("api/v1/projects?status=FINISHED"), 400, "project.status.unknown", "status");

        Api.Reply paged = wuxi.get("api/v1/projects?q=WX-2026-&limit=1&offset=1");
        assertThat(paged.object().getJsonArray("items")).hasSize(1);
        assertThat(paged.object().getInt("total")).isGreaterThanOrEqualTo(3);

        assertThat(api("guiyang.coord").get("api/v1/projects?q=WX-2026-").object().getInt("total")).isZero();
        assertThat(api("yixing.coord").get("api/v1/projects?q=WX-2026-").object().getInt("total"))
                .as("below the owner is not enough").isZero();
        assertThat(api("admin").get("api/v1/projects?q=WX-2026-").object().getInt("total")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theOpenApiDescriptionListsTheProjects() {
        assertThat(anonymous().get("openapi").body()).contains("/api/v1/projects");
    }
}
