package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The organisation hierarchy through the REST API: rules, moves, scope, sites and import, on real PostgreSQL. */
class OrganisationApiIT extends AppIT {

    private static String unit(String code, String nameZh, String kind, Long parentId) {
        return "{\"code\":" + (code == null ? "null" : "\"" + code + "\"") + ",\"nameZh\":"
                + (nameZh == null ? "null" : "\"" + nameZh + "\"") + ",\"kind\":"
                + (kind == null ? "null" : "\"" + kind + "\"") + ",\"parentId\":" + parentId + "}";
    }

    private long create(Api api, String code, String nameZh, String kind, long parentId) {
        Api.Reply reply = api.post("api/v1/units", unit(code, nameZh, kind, parentId));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    private static long unitCount() {
        return Db.count("select count(*) from organisation_unit");
    }

    @Test
    void aCoordinatorCreatesACountyAndATownshipUnderTheirCity() {
        Api wuxi = api("wuxi.coord");
        long city = Db.unitId("JS-WX");
        String countyCode = uniqueCode("wx-c");
        Api.Reply created = wuxi.post("api/v1/units", unit(countyCode.toLowerCase(), "新吴区计划生育协会", "COUNTY", city));
        assertThat(created.status()).isEqualTo(201);
        long county = created.id();
        assertThat(created.header("Location")).endsWith("/api/v1/units/" + county);
        assertThat(created.string("code")).as("codes are kept in upper case").isEqualTo(countyCode);
        assertThat(created.string("parentCode")).isEqualTo("JS-WX");

        long township = create(wuxi, uniqueCode("wx-t"), "旺庄街道计划生育协会", "TOWNSHIP", county);

        Api.Reply children = wuxi.get("api/v1/units/" + county + "/children");
        assertThat(children.status()).isEqualTo(200);
        JsonArray list = (JsonArray) children.json();
        assertThat(list).hasSize(1);
        assertThat(list.getJsonObject(0).getString("nameZh")).isEqualTo("旺庄街道计划生育协会");
        assertThat(wuxi.get("api/v1/units/" + county).object().getInt("childCount")).isEqualTo(1);

        String cityPath = (String) Db.value("select path from organisation_unit where id = ?", city);
        assertThat(Db.value("select path from organisation_unit where id = ?", township))
                .isEqualTo(cityPath + county + "/" + township + "/");
    }

    @Test
    void everyBrokenRuleIsRefusedWithItsMessageAndChangesNothing() {
        Api admin = api("admin");
        long city = Db.unitId("JS-WX");
        long township = Db.unitId("JS-WX-YX-YC");
        long university = Db.unitId("JS-WX-U-JN");
        String longName = "长".repeat(101);
        record Case(String body, String code, String field) {
        }
        List<Case> cases = List.of(
                new Case(unit(null, "无编码", "COUNTY", city), "error.required", "code"),
                new Case(unit("x", "编码太短", "COUNTY", city), "unit.code.format", "code"),
                new Case(unit("BAD CODE", "编码有空格", "COUNTY", city), "unit.code.format", "code"),
                new Case(unit("A".repeat(33), "编码太长", "COUNTY", city), "unit.code.format", "code"),
                new Case(unit(uniqueCode("r"), null, "COUNTY", city), "error.required", "nameZh"),
                new Case(unit(uniqueCode("r"), "   ", "COUNTY", city), "error.required", "nameZh"),
                new Case(unit(uniqueCode("r"), longName, "COUNTY", city), "error.tooLong", "nameZh"),
                new Case(unit(uniqueCode("r"), "没有层级", null, city), "error.required", "kind"),
                new Case(unit(uniqueCode("r"), "县在乡镇下", "COUNTY", township), "unit.level.notBelowParent", "kind"),
                new Case(unit(uniqueCode("r"), "省在市下", "PROVINCE", city), "unit.level.notBelowParent", "kind"),
                new Case(unit(uniqueCode("r"), "学校在高校下", "SCHOOL", university), "unit.parent.notTerritorial",
                        "parent"),
                new Case(unit(uniqueCode("r"), "第二个全国", "NATIONAL", city), "unit.national.noParent", "parent"),
                new Case(unit(uniqueCode("r"), "没有上级", "COUNTY", null), "unit.parent.required", "parent"),
                new Case(unit("JS-WX", "重复编码", "COUNTY", city), "unit.code.taken", "code"));
        long before = unitCount();
        for (Case c : cases) {
            Api.Reply reply = admin.post("api/v1/units", c.body());
            int expected = "unit.code.taken".equals(c.code()) ? 409 : 400;
            assertThat(reply.status()).as(c.body() + " → " + reply).isEqualTo(expected);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.string("code")).as(c.body()).isEqualTo(c.code());
            assertThat(reply.string("field")).as(c.body()).isEqualTo(c.field());
            assertThat(reply.string("detail")).as("translated, not a key").isNotBlank().doesNotContain(c.code());
        }
        assertThat(unitCount()).as("no rule-breaking request created anything").isEqualTo(before);

        Api.Reply english = admin.inEnglish().post("api/v1/units", unit(uniqueCode("r"), "县在乡镇下", "COUNTY",
                township));
        assertThat(english.string("detail"))
                .isEqualTo("A County / district unit must be below its parent\u2019s level (Township / street).");
        Api.Reply unknownKind = admin.post("api/v1/units", unit(uniqueCode("r"), "未知层级", "GALAXY", city));
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(api("admin").get("api/v1/units/987654321").status()).isEqualTo(404);
    }

    @Test
    void aMoveTakesTheWholeSubtreeAlongAndRefusesCycles() {
        Api wuxi = api("wuxi.coord");
        long city = Db.unitId("JS-WX");
        long oldCounty = create(wuxi, uniqueCode("mv-a"), "原区", "COUNTY", city);
        long township = create(wuxi, uniqueCode("mv-b"), "搬迁街道", "TOWNSHIP", oldCounty);
        long community = create(wuxi, uniqueCode("mv-c"), "搬迁社区", "COMMUNITY", township);
        long newCounty = create(wuxi, uniqueCode("mv-d"), "新区", "COUNTY", city);

        Api.Reply cycle = wuxi.post("api/v1/units/" + oldCounty + "/move", "{\"parentId\":" + community + "}");
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.string("code")).isEqualTo("unit.move.cycle");

        Api.Reply moved = wuxi.post("api/v1/units/" + township + "/move", "{\"parentId\":" + newCounty + "}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.object().getJsonNumber("parentId").longValue()).isEqualTo(newCounty);

        String newCountyPath = (String) Db.value("select path from organisation_unit where id = ?", newCounty);
        assertThat(Db.rows("select path, depth from organisation_unit where id = ?", township).get(0))
                .containsExactly(newCountyPath + township + "/", 4);
        assertThat(Db.rows("select path, depth from organisation_unit where id = ?", community).get(0))
                .containsExactly(newCountyPath + township + "/" + community + "/", 5);
        assertThat((JsonArray) wuxi.get("api/v1/units/" + oldCounty + "/children").json()).isEmpty();
        assertThat((JsonArray) wuxi.get("api/v1/units/" + newCounty + "/children").json()).hasSize(1);
        assertThat(Db.count("select count(*) from organisation_unit u join organisation_unit p on p.id = u.parent_id"
                + " where u.path <> p.path || u.id || '/' or u.depth <> p.depth + 1")).as("every path matches its parent")
                .isZero();

        Api.Reply skippingLevels = wuxi.post("api/v1/units/" + community + "/move", "{\"parentId\":" + city + "}");
        assertThat(skippingLevels.status()).as("a community may sit directly under a city").isEqualTo(200);
        Api.Reply townshipUnderCommunity = wuxi.post("api/v1/units/" + township + "/move",
                "{\"parentId\":" + community + "}");
        assertThat(townshipUnderCommunity.string("code")).isEqualTo("unit.level.notBelowParent");
    }

    @Test
    void deactivationKeepsTheUnitAndGuardsItsChildren() {
        Api wuxi = api("wuxi.coord");
        long county = create(wuxi, uniqueCode("de-a"), "待停用区", "COUNTY", Db.unitId("JS-WX"));
        long township = create(wuxi, uniqueCode("de-b"), "待停用街道", "TOWNSHIP", county);

        Api.Reply refused = wuxi.post("api/v1/units/" + county + "/deactivate", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.string("code")).isEqualTo("unit.deactivate.activeChildren");
        assertThat(Db.value("select active from organisation_unit where id = ?", county)).isEqualTo(true);

        assertThat(wuxi.post("api/v1/units/" + township + "/deactivate", "").object().getBoolean("active")).isFalse();
        Api.Reply underInactive = wuxi.post("api/v1/units", unit(uniqueCode("de-c"), "停用下新建", "COMMUNITY", township));
        assertThat(underInactive.string("code")).isEqualTo("unit.parent.inactive");
        assertThat(wuxi.post("api/v1/units/" + county + "/deactivate", "").status()).isEqualTo(200);
        assertThat(Db.count("select count(*) from organisation_unit where id in (?, ?)", county, township))
                .as("never hard-deleted").isEqualTo(2);
    }

    @Test
    void rulesThatReadTheParentHoldWhenTheParentIsLoadedLazily() {
        Api wuxi = api("wuxi.coord");
        long county = create(wuxi, uniqueCode("lz-a"), "懒加载区", "COUNTY", Db.unitId("JS-WX"));
        String townshipCode = uniqueCode("lz-b");
        long township = create(wuxi, townshipCode, "懒加载街道", "TOWNSHIP", county);

        Api.Reply kindChanged = wuxi.put("api/v1/units/" + township, "{\"code\":\"" + townshipCode
                + "\",\"nameZh\":\"懒加载社区\",\"kind\":\"COMMUNITY\"}");
        assertThat(kindChanged.status()).as(kindChanged.toString()).isEqualTo(200);
        assertThat(kindChanged.string("kind")).isEqualTo("COMMUNITY");

        Api.Reply samePlace = wuxi.post("api/v1/units/" + township + "/move", "{\"parentId\":" + county + "}");
        assertThat(samePlace.status()).as(samePlace.toString()).isEqualTo(200);

        assertThat(wuxi.post("api/v1/units/" + township + "/deactivate", "").status()).isEqualTo(200);
        assertThat(wuxi.post("api/v1/units/" + county + "/deactivate", "").status()).isEqualTo(200);
        Api.Reply underInactive = wuxi.post("api/v1/units/" + township + "/reactivate", "");
        assertThat(underInactive.status()).isEqualTo(400);
        assertThat(underInactive.string("code")).isEqualTo("unit.parent.inactive");
        assertThat(Db.value("select active from organisation_unit where id = ?", township)).isEqualTo(false);
    }

    @Test
    void aStaleEditIsRefusedRatherThanLost() {
        Api wuxi = api("wuxi.coord");
        long county = create(wuxi, uniqueCode("st"), "并发区", "COUNTY", Db.unitId("JS-WX"));
        JsonObject read = wuxi.get("api/v1/units/" + county).object();
        long version = read.getJsonNumber("version").longValue();
        String code = read.getString("code");
        assertThat(wuxi.put("api/v1/units/" + county, "{\"code\":\"" + code
                + "\",\"nameZh\":\"第一次修改\",\"kind\":\"COUNTY\",\"expectedVersion\":" + version + "}").status())
                .isEqualTo(200);
        Api.Reply second = wuxi.put("api/v1/units/" + county, "{\"code\":\"" + code
                + "\",\"nameZh\":\"第二次修改\",\"kind\":\"COUNTY\",\"expectedVersion\":" + version + "}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.string("code")).isEqualTo("error.staleEdit");
        assertThat(Db.value("select name_zh from organisation_unit where id = ?", county)).isEqualTo("第一次修改");
    }

    @Test
    void aCountyCoordinatorCannotReadOrChangeAnotherCounty() {
        Api guiyang = api("guiyang.coord");
        long yixing = Db.unitId("JS-WX-YX");
        long yicheng = Db.unitId("JS-WX-YX-YC");
        long lufeng = Db.unitId("HN-CZ-GY-LF");
        long before = unitCount();

        for (Api.Reply reply : List.of(guiyang.get("api/v1/units/" + yixing),
                guiyang.get("api/v1/units/" + yixing + "/children"),
                guiyang.get("api/v1/units/" + yixing + "/sites"),
                guiyang.put("api/v1/units/" + yicheng, "{\"code\":\"JS-WX-YX-YC\",\"nameZh\":\"越权\",\"kind\":\"TOWNSHIP\"}"),
                guiyang.post("api/v1/units", unit(uniqueCode("x"), "越权新建", "TOWNSHIP", yixing)),
                guiyang.post("api/v1/units/" + lufeng + "/move", "{\"parentId\":" + yixing + "}"),
                guiyang.post("api/v1/units/" + yicheng + "/deactivate", ""))) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.string("code")).isEqualTo("error.forbidden");
            assertThat(reply.body()).as("leaks nothing about the unit").doesNotContain("宜");
        }
        assertThat(unitCount()).isEqualTo(before);
        assertThat(Db.value("select name_zh from organisation_unit where id = ?", yicheng)).isEqualTo("宜城街道计划生育协会");
        assertThat(Db.value("select parent_id from organisation_unit where id = ?", lufeng))
                .isEqualTo(Db.unitId("HN-CZ-GY"));
        assertThat(Db.value("select active from organisation_unit where id = ?", yicheng)).isEqualTo(true);

        assertThat(guiyang.get("api/v1/units?q=宜兴").object().getInt("total")).isZero();
        assertThat(api("yixing.coord").get("api/v1/units?q=宜兴").object().getInt("total")).isEqualTo(1);
        JsonArray roots = (JsonArray) guiyang.get("api/v1/units/roots").json();
        assertThat(roots).hasSize(1);
        assertThat(roots.getJsonObject(0).getString("code")).isEqualTo("HN-CZ-GY");

        Api.Reply ownUnit = api("yixing.coord").post("api/v1/units/" + yixing + "/move",
                "{\"parentId\":" + Db.unitId("JS-WX") + "}");
        assertThat(ownUnit.status()).as("a coordinator cannot move their own scope").isEqualTo(403);
    }

    @Test
    void sitesBelongToAUnitAndFollowItsScope() {
        Api wuxi = api("wuxi.coord");
        long city = Db.unitId("JS-WX");
        Api.Reply created = wuxi.post("api/v1/sites", "{\"unitId\":" + city + ",\"kind\":\"COMMUNITY\","
                + "\"nameZh\":\"梁溪社区活动中心\",\"address\":\"无锡市梁溪区\",\"contactPhone\":\"0510-8000 0002\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long site = created.id();
        assertThat(created.header("Location")).endsWith("/api/v1/sites/" + site);

        JsonObject page = wuxi.get("api/v1/units/" + city + "/sites?limit=200").object();
        assertThat(page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("nameZh")))
                .contains("梁溪社区活动中心");

        long before = Db.count("select count(*) from site");
        Api.Reply badPhone = wuxi.post("api/v1/sites", "{\"unitId\":" + city
                + ",\"kind\":\"SCHOOL\",\"nameZh\":\"电话错误\",\"contactPhone\":\"call me\"}");
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.string("code")).isEqualTo("site.phone.format");
        assertThat(badPhone.string("field")).isEqualTo("contactPhone");
        Api.Reply noName = wuxi.post("api/v1/sites", "{\"unitId\":" + city + ",\"kind\":\"SCHOOL\"}");
        assertThat(noName.string("field")).isEqualTo("nameZh");
        assertThat(Db.count("select count(*) from site")).isEqualTo(before);

        assertThat(api("guiyang.coord").get("api/v1/sites/" + site).status()).isEqualTo(403);
        assertThat(api("wuxi.observer").get("api/v1/sites/" + site).status()).as("observers read").isEqualTo(200);
    }

    @Test
    void anImportIsPreviewedRowByRowAndAppliedAllOrNothing() {
        Api guiyang = api("guiyang.coord");
        String township = uniqueCode("IM-T");
        String village = uniqueCode("IM-V");
        String good = "编码,上级编码,层级,名称,英文名称\n"
                + village + "," + township + ",村,新村计生协,\n"
                + township + ",HN-CZ-GY,乡镇,新乡镇计生协,New Township FPA\n";
        String bad = good + uniqueCode("IM-X") + ",JS-WX-YX,乡镇,越权乡镇,\n";
        long before = unitCount();

        Api.Reply preview = guiyang.postBytes("api/v1/unit-imports/preview?filename=units.csv", "text/csv",
                bad.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.object().getInt("errorRows")).isEqualTo(1);
        assertThat(preview.object().getBoolean("canApply")).isFalse();
        JsonObject badRow = preview.object().getJsonArray("rows").getJsonObject(2);
        assertThat(badRow.getInt("line")).isEqualTo(4);
        assertThat(badRow.getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("error.forbidden");

        Api.Reply refused = guiyang.postBytes("api/v1/unit-imports/apply?filename=units.csv", "text/csv",
                bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.string("code")).isEqualTo("import.hasErrors");
        assertThat(unitCount()).isEqualTo(before);

        Api.Reply applied = guiyang.postBytes("api/v1/unit-imports/apply?filename=units.csv", "text/csv",
                good.getBytes(StandardCharsets.UTF_8));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.object().getInt("created")).isEqualTo(2);
        assertThat(unitCount()).isEqualTo(before + 2);
        long townshipId = Db.unitId(township);
        assertThat(Db.value("select parent_id from organisation_unit where code = ?", village)).isEqualTo(townshipId);
        assertThat(Db.value("select kind from organisation_unit where code = ?", village)).isEqualTo("COMMUNITY");

        Api.Reply trainer = api("baodong.trainer").postBytes("api/v1/unit-imports/preview", "text/csv",
                good.getBytes(StandardCharsets.UTF_8));
        assertThat(trainer.status()).isEqualTo(403);
        Api.Reply garbage = guiyang.postBytes("api/v1/unit-imports/preview?filename=units.xlsx",
                "application/octet-stream", new byte[] {1, 2, 3, 4});
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.string("code")).isEqualTo("import.file.unreadable");
    }
}
