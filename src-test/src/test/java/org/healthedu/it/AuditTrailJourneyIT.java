package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An admin filters the audit trail by actor and table and sees a coordinator's renaming of a project with the name
 * before → after; the project's own page shows the same change in its history panel once opened.
 */
class AuditTrailJourneyIT extends BrowserIT {

    @Test
    void anAdminFindsAProjectRenamingInTheTrailAndOnTheProjectPage() {
        String newName = "审计旅程项目" + uniqueCode("A");
        long project = CoursewareFixture.create(this).projectId();
        Api wuxi = api("wuxi.coord");
        JsonObject shown = wuxi.get("api/v1/projects/" + project).object();
        Api.Reply renamed = wuxi.put("api/v1/projects/" + project, "{\"code\":\"" + shown.getString("code")
                + "\",\"nameZh\":\"" + newName + "\",\"startDate\":\"2026-07-11\",\"endDate\":\"2026-12-31\","
                + "\"budgetCny\":0,\"expectedVersion\":null}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);

        logIn("admin");
        browser.open(base() + "audit/trail.xhtml");
        browser.type(By.id("trailForm:actor"), "wuxi.coord");
        browser.choose("trailForm:table", "项目");
        browser.click(By.id("trailForm:filter"));
        browser.waitForText(By.id("trailForm:tabs:changes"), newName);
        String row = browser.text(By.xpath("//tbody[@id='trailForm:tabs:changes_data']/tr[contains(., '"
                + newName + "')]"));
        assertThat(row).contains("wuxi.coord", "修改 · 项目 · " + project, "name_zh: 课件测试项目 → " + newName);

        browser.open(base() + "project/project.xhtml?id=" + project);
        assertThat(browser.driver().findElements(By.id("historyForm:history"))).as("collapsed, not loaded").isEmpty();
        browser.click(By.id("historyForm:historyPanel_toggler"));
        browser.settle();
        browser.waitForText(By.id("historyForm:history"), newName);
        assertThat(browser.text(By.id("historyForm:history"))).contains("课件测试项目 → " + newName, "wuxi.coord",
                "新增 · 项目");
    }
}
