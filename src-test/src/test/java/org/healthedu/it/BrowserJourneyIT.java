package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** What a coordinator does in the browser, in Chinese first, as they would do it. */
class BrowserJourneyIT extends BrowserIT {

    @Test
    void aCoordinatorLogsInInChineseAndBuildsACountyAndASiteUnderTheCity() {
        browser.open(base().toString());
        assertThat(browser.text(By.cssSelector("label[for='loginForm:username']"))).contains("用户名");
        String sessionBefore = browser.cookie("JSESSIONID");

        browser.type(By.id("loginForm:username"), "wuxi.coord");
        browser.type(By.id("loginForm:password"), "wrong-password");
        browser.click(By.id("loginForm:submit"));
        browser.waitForText(By.id("loginForm:messages"), "用户名或密码不正确");

        browser.type(By.id("loginForm:password"), DEMO_PASSWORD);
        browser.click(By.id("loginForm:submit"));
        browser.waitForText(By.id("welcome"), "您好");
        assertThat(browser.text(By.id("welcome"))).contains("无锡协调员").contains("无锡市计划生育协会");
        assertThat(browser.cookie("JSESSIONID")).as("a new session id at login").isNotEqualTo(sessionBefore);

        browser.open(base() + "organisation/units.xhtml");
        browser.find(row("无锡市计划生育协会"));
        String county = uniqueCode("UI-C");
        browser.click(inRow("无锡市计划生育协会", "addChild"));
        browser.type(By.id("unitForm:code"), county);
        browser.type(By.id("unitForm:nameZh"), "滨湖区计划生育协会");
        browser.click(By.id("unitForm:save"));
        browser.waitForText(By.id("growl_container"), "已新建“滨湖区计划生育协会”");

        browser.find(row("滨湖区计划生育协会"));
        assertThat(browser.text(row("滨湖区计划生育协会"))).as("the city opens on its new county")
                .contains(county).contains("县（市、区）");

        browser.click(inRow("滨湖区计划生育协会", "addChild"));
        browser.type(By.id("unitForm:code"), county + "-T");
        browser.type(By.id("unitForm:nameZh"), "蠡园街道计划生育协会");
        browser.click(By.id("unitForm:save"));
        browser.find(row("蠡园街道计划生育协会"));
        assertThat(browser.text(row("蠡园街道计划生育协会"))).contains("乡镇（街道）");

        browser.click(inRow("蠡园街道计划生育协会", "move"));
        browser.type(By.id("moveForm:target_input"), "宜兴");
        browser.click(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '宜兴市计划生育协会')]"));
        browser.click(By.id("moveForm:confirmMove"));
        browser.waitForText(By.id("growl_container"), "已将“蠡园街道计划生育协会”移动到“宜兴市计划生育协会”之下");
        assertThat(Db.value("select p.code from organisation_unit u join organisation_unit p on p.id = u.parent_id"
                + " where u.code = ?", county + "-T")).isEqualTo("JS-WX-YX");

        browser.click(inRow("无锡市计划生育协会", "showSites"));
        browser.waitForText(By.id("sitesTitle"), "无锡市计划生育协会");
        browser.click(By.id("sitesForm:newSite"));
        browser.type(By.id("siteForm:nameZh"), "蠡湖社区家长学校");
        browser.type(By.id("siteForm:contactPhone"), "not a phone");
        browser.click(By.id("siteForm:saveSite"));
        browser.waitForText(By.id("siteForm"), "联系电话只能包含数字");
        browser.type(By.id("siteForm:contactPhone"), "0510-85000000");
        browser.click(By.id("siteForm:saveSite"));
        browser.waitForText(By.id("sitesForm:sites"), "蠡湖社区家长学校");
        assertThat(Db.count("select count(*) from site s join organisation_unit u on u.id = s.unit_id"
                + " where u.code = 'JS-WX' and s.name_zh = '蠡湖社区家长学校'")).isEqualTo(1);
    }

    @Test
    void aCoordinatorImportsUnitsFromAFileAfterSeeingEveryRowChecked() throws Exception {
        String township = uniqueCode("UI-IMP");
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(
                java.nio.file.Path.of(System.getProperty("healthedu.test.work", "target/browser")));
        java.nio.file.Path bad = dir.resolve("bad-units.csv");
        java.nio.file.Files.writeString(bad, "编码,上级编码,层级,名称\n"
                + township + ",JS-WX-YX,乡镇,新建镇计生协\n"
                + township + "-1," + township + ",外星,未知层级村\n", java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Path good = dir.resolve("good-units.csv");
        java.nio.file.Files.writeString(good, "编码,上级编码,层级,名称\n"
                + township + ",JS-WX-YX,乡镇,新建镇计生协\n"
                + township + "-1," + township + ",社区,新建社区计生协\n", java.nio.charset.StandardCharsets.UTF_8);

        logIn("yixing.coord");
        browser.open(base() + "organisation/import.xhtml");
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(bad.toString());
        browser.waitForText(By.id("importForm:previewCard"), "共 2 行，1 行有错误");
        assertThat(browser.text(By.id("importForm:rows"))).contains("无法识别的层级“外星”");
        assertThat(browser.find(By.id("importForm:apply")).isEnabled()).as("nothing to apply while rows fail")
                .isFalse();

        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(good.toString());
        browser.waitForText(By.id("importForm:previewCard"), "共 2 行，0 行有错误");
        browser.click(By.id("importForm:apply"));
        browser.waitForText(By.id("growl_container"), "已导入 2 个组织单位");
        assertThat(Db.value("select p.code from organisation_unit u join organisation_unit p on p.id = u.parent_id"
                + " where u.code = ?", township + "-1")).isEqualTo(township);

        logIn("baodong.trainer");
        browser.open(base() + "organisation/import.xhtml");
        assertThat(browser.text(By.id("errorTitle"))).as("trainers do not import").isEqualTo("无权访问");
    }

    /** Searches the projects list with Enter (the growl in the corner may cover the search button). */
    private void search(String text) {
        browser.type(By.id("projectsForm:searchText"), text);
        browser.find(By.id("projectsForm:searchText")).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.settle();
    }

    @Test
    void aCoordinatorCreatesAProjectAndStartsIt() {
        logIn("wuxi.coord");
        browser.open(base() + "project/projects.xhtml");
        // Other tests add projects to Wuxi: the demo project is found by searching, not on the first page.
        search("青春健康家长");
        browser.waitForText(By.id("projectsForm:projects"), "青春健康家长培训项目");

        String code = uniqueCode("UI-P");
        browser.click(By.id("projectsForm:newProject"));
        browser.type(By.id("projectForm:code"), code);
        browser.click(By.id("projectForm:save"));
        browser.waitForText(By.id("projectForm"), "此项为必填项");

        browser.type(By.id("projectForm:nameZh"), "惠山区家长课堂试点项目");
        browser.click(By.id("projectForm:save"));
        browser.waitForText(By.id("growl_container"), "已新建项目“惠山区家长课堂试点项目”");
        search(code);
        browser.waitForText(By.id("projectsForm:projects"), "惠山区家长课堂试点项目");
        assertThat(browser.text(By.id("projectsForm:projects"))).contains("草稿");
        assertThat(Db.value("select f.code from project p join organisation_unit f on f.id = p.funder_unit_id"
                + " where p.code = ?", code)).as("funded by the national association by default").isEqualTo("CFPA");

        browser.click(By.xpath("//tr[contains(., '" + code + "')]//button[contains(@id, ':activate')]"));
        browser.click(By.id("confirmYes"));
        browser.waitForText(By.id("growl_container"), "已启动实施");
        assertThat(Db.value("select status from project where code = ?", code)).isEqualTo("ACTIVE");

        logIn("guiyang.coord");
        browser.open(base() + "project/projects.xhtml");
        assertThat(browser.text(By.id("projectsForm:projects"))).doesNotContain("惠山区家长课堂试点项目")
                .doesNotContain("青春健康家长培训项目");
    }

    @Test
    void switchingToEnglishChangesTheLabelsAndIsRemembered() {
        logIn("yixing.coord");
        browser.open(base() + "organisation/units.xhtml");
        assertThat(browser.text(By.cssSelector("h1.page-title"))).isEqualTo("组织单位");

        browser.click(By.id("topbarForm:langEn"));
        browser.waitForText(By.cssSelector("h1.page-title"), "Organisation units");
        assertThat(browser.text(By.id("navForm:sideMenu"))).contains("Home").doesNotContain("首页");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(Db.value("select locale from account where username = 'yixing.coord'")).isEqualTo("en");

        browser.open(base() + "index.xhtml");
        assertThat(browser.text(By.id("welcome"))).contains("Welcome");

        browser.click(By.id("topbarForm:langZh"));
        browser.waitForText(By.id("welcome"), "您好");
        assertThat(Db.value("select locale from account where username = 'yixing.coord'")).isEqualTo("zh_CN");
    }

    @Test
    void aCoordinatorOutOfScopeIsRefusedAndLoggingOutEndsTheSession() {
        long yixing = Db.unitId("JS-WX-YX");
        logIn("guiyang.coord");
        browser.waitForText(By.id("welcome"), "桂阳");

        browser.open(base() + "organisation/units.xhtml?unit=" + yixing);
        assertThat(browser.text(By.id("errorTitle"))).isEqualTo("无权访问");
        assertThat(browser.driver().getPageSource()).doesNotContain("宜兴市计划生育协会");

        browser.open(base() + "organisation/units.xhtml");
        browser.find(row("桂阳县计划生育协会"));
        assertThat(browser.driver().getPageSource()).doesNotContain("无锡市计划生育协会");

        browser.click(By.id("topbarForm:userMenu_button"));
        browser.click(By.id("topbarForm:logout"));
        browser.waitForText(By.id("loginForm:loggedOut"), "您已安全退出");
        browser.open(base() + "organisation/units.xhtml");
        assertThat(browser.driver().getCurrentUrl()).as("back to login after logout").contains("/login.xhtml");
    }
}
