package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A coordinator's work on one project's page, in Chinese, as they would do it. */
class ProjectJourneyIT extends BrowserIT {

    private static By tab(String title) {
        return By.xpath("//ul[@role='tablist']//a[contains(., '" + title + "')]");
    }

    @Test
    void aCoordinatorCreatesAProjectSetsATargetAndBreaksItDownToTwoCounties() {
        logIn("wuxi.coord");
        browser.open(base() + "project/projects.xhtml");
        String code = uniqueCode("UI-T");
        browser.click(By.id("projectsForm:newProject"));
        browser.type(By.id("projectForm:code"), code);
        browser.type(By.id("projectForm:nameZh"), "无锡市家长课堂推广项目");
        browser.click(By.id("projectForm:save"));
        browser.waitForText(By.id("growl_container"), "已新建项目“无锡市家长课堂推广项目”");

        browser.click(By.xpath("//a[normalize-space(.)='无锡市家长课堂推广项目']"));
        browser.waitForText(By.cssSelector("h1.page-title"), "无锡市家长课堂推广项目");
        assertThat(browser.text(By.id("headForm"))).contains(code).contains("草稿").contains("无锡市计划生育协会");

        // a target of 500 parents trained
        browser.click(tab("目标与分解"));
        browser.click(By.id("tabsForm:tabs:setTarget"));
        browser.type(By.id("targetForm:plannedValue_input"), "500");
        browser.click(By.id("targetForm:saveTarget"));
        browser.waitForText(By.id("growl_container"), "目标“培训家长”现为 500");

        // broken down: 300 to Yixing, then 250 to Nanchang is refused (550 > 500), 150 is accepted
        browser.click(By.xpath("//tr[contains(., '培训家长')]//button[contains(@id, ':breakdown')]"));
        browser.waitForText(By.id("tabsForm:tabs:breakdownPanel"), "该目标尚未分解");
        shareTo("宜兴", "宜兴市计划生育协会", "300");
        browser.waitForText(By.id("growl_container"), "“宜兴市计划生育协会”的分解数现为 300");

        shareTo("南长", "南长区计划生育协会", "250");
        browser.waitForText(By.id("allocationForm"), "分解合计 550 超过了上一级的数值 500");
        browser.type(By.id("allocationForm:value_input"), "150");
        browser.click(By.id("allocationForm:saveAllocation"));
        browser.waitForText(By.id("growl_container"), "“南长区计划生育协会”的分解数现为 150");

        String tree = browser.text(By.id("tabsForm:tabs:allocations"));
        assertThat(tree).contains("宜兴市计划生育协会").contains("300").contains("南长区计划生育协会").contains("150");
        assertThat(browser.text(By.id("tabsForm:tabs:targets"))).contains("450").contains("尚有 50 未分解");
        assertThat(Db.count("select count(*) from target_allocation a join target t on t.id = a.target_id"
                + " join project p on p.id = t.project_id where p.code = ?", code)).isEqualTo(2);
        assertThat(Db.value("select sum(a.value) from target_allocation a join target t on t.id = a.target_id"
                + " join project p on p.id = t.project_id where p.code = ?", code).toString()).isEqualTo("450");
    }

    private void shareTo(String search, String unitName, String value) {
        browser.click(By.id("tabsForm:tabs:allocateTop"));
        browser.pick(By.id("allocationForm:unit_input"), search, unitName);
        browser.type(By.id("allocationForm:value_input"), value);
        browser.click(By.id("allocationForm:saveAllocation"));
    }

    @Test
    void aCoordinatorRecordsSpendingAgainstTheBudgetAndSeesWhatIsLeft() {
        String code = uniqueCode("UI-F");
        Api.Reply created = api("wuxi.coord").post("api/v1/projects", "{\"code\":\"" + code
                + "\",\"nameZh\":\"经费测试项目\",\"funderUnitId\":" + Db.unitId("CFPA") + ",\"ownerUnitId\":"
                + Db.unitId("JS-WX") + ",\"startDate\":\"2026-01-01\",\"endDate\":\"2099-12-31\",\"budgetCny\":10000}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        logIn("wuxi.coord");
        browser.open(base() + "project/project.xhtml?id=" + created.id());
        browser.waitForText(By.cssSelector("h1.page-title"), "经费测试项目");
        browser.click(tab("经费使用"));
        assertThat(browser.text(By.id("tabsForm:tabs:fundSummary"))).contains("10,000.00");
        assertThat(browser.text(By.id("tabsForm:tabs:fundEntries"))).contains("尚无支出记录");

        browser.click(By.id("tabsForm:tabs:addFundUse"));
        browser.type(By.id("fundForm:amountCny_input"), "0");
        browser.click(By.id("fundForm:saveFundUse"));
        browser.waitForText(By.id("fundForm"), "金额须大于 0");
        assertThat(Db.count("select count(*) from fund_use where project_id = ?", created.id())).isZero();

        browser.type(By.id("fundForm:amountCny_input"), "2100.50");
        browser.type(By.id("fundForm:note"), "家长签到表印刷");
        browser.click(By.id("fundForm:saveFundUse"));
        browser.waitForText(By.id("growl_container"), "已记录支出 2100.50 元");
        assertThat(browser.text(By.id("tabsForm:tabs:fundEntries"))).contains("家长签到表印刷").contains("无票据");
        String summary = browser.text(By.id("tabsForm:tabs:fundSummary"));
        assertThat(summary).contains("2,100.50").contains("7,899.50").contains("有 1 条记录尚无票据");
    }

    @Test
    void aCoordinatorAddsASiteWithTheUnitResponsibleForIt() {
        String code = uniqueCode("UI-S");
        Api.Reply created = api("wuxi.coord").post("api/v1/projects", "{\"code\":\"" + code
                + "\",\"nameZh\":\"项目点测试项目\",\"funderUnitId\":" + Db.unitId("CFPA") + ",\"ownerUnitId\":"
                + Db.unitId("JS-WX") + ",\"startDate\":\"2026-01-01\",\"endDate\":\"2026-12-31\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String siteName = "宝东社区家长学校" + code.substring(code.length() - 4);
        Api.Reply site = api("wuxi.coord").post("api/v1/sites", "{\"unitId\":" + Db.unitId("JS-WX-YX-YC-BD")
                + ",\"kind\":\"COMMUNITY\",\"nameZh\":\"" + siteName + "\"}");
        assertThat(site.status()).as(site.toString()).isEqualTo(201);

        logIn("wuxi.coord");
        browser.open(base() + "project/project.xhtml?id=" + created.id());
        browser.click(tab("项目点"));
        browser.click(By.id("tabsForm:tabs:addSite"));
        browser.pick(By.id("siteForm:unit_input"), "宝东", "宝东社区计划生育协会");
        browser.choose("siteForm:siteId", siteName);
        browser.pick(By.id("siteForm:responsibleUnitId_input"), "宜城", "宜城街道计划生育协会");
        browser.click(By.id("siteForm:saveSite"));
        browser.waitForText(By.id("growl_container"), "项目点“" + siteName + "”已加入项目");
        assertThat(browser.text(By.id("tabsForm:tabs:sites"))).contains(siteName)
                .contains("宜城街道计划生育协会");
        assertThat(Db.value("select r.code from project_site ps join organisation_unit r on r.id = ps.responsible_unit_id"
                + " join project p on p.id = ps.project_id where p.code = ?", code)).isEqualTo("JS-WX-YX-YC");
    }

    @Test
    void theDemoProjectShowsItsTextAndReceipts() {
        logIn("wuxi.coord");
        long projectId = ((Number) Db.value("select id from project where code = 'WX-2026-PARENT'")).longValue();
        browser.open(base() + "project/project.xhtml?id=" + projectId);
        assertThat(browser.text(By.id("tabsForm:tabs:textVersions"))).contains("v1").contains("青春健康家长培训项目文本.pdf");
        browser.click(tab("经费使用"));
        assertThat(browser.text(By.id("tabsForm:tabs:fundEntries"))).contains("讲义印刷票据.pdf").contains("家长手册印刷");
    }

    @Test
    void someoneOutOfScopeCannotOpenTheProjectPage() {
        logIn("guiyang.coord");
        long projectId = ((Number) Db.value("select id from project where code = 'WX-2026-PARENT'")).longValue();
        browser.open(base() + "project/project.xhtml?id=" + projectId);
        assertThat(browser.text(By.id("errorTitle"))).isEqualTo("无权访问");
        browser.open(base() + "project/project.xhtml?id=999999999");
        assertThat(browser.text(By.id("errorTitle"))).isNotEqualTo("无权访问");
    }
}
