package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A coordinator opens the project dashboard, sees its charts and goes from a month to the county behind it. */
class ProjectDashboardJourneyIT extends BrowserIT {

    @Test
    void aCoordinatorGoesFromAMonthToTheCountyBehindIt() {
        DashboardFixture f = DashboardFixture.create(this);
        logIn("wuxi.coord");
        browser.open(base() + "reporting/dashboard.xhtml?projectId=" + f.projectId());
        browser.waitForText(By.id("projectName"), "课件测试项目");
        assertThat(browser.text(By.id("scopeNote"))).contains("无锡市");
        for (String chart : new String[] {"progressChart", "attendanceChart", "completenessChart"}) {
            assertThat(browser.find(By.id("pdashForm:" + chart)).isDisplayed()).as(chart).isTrue();
            assertThat(browser.driver().findElements(By.xpath("//*[@id='pdashForm:" + chart
                    + "']/descendant-or-self::canvas"))).as(chart + " drawn").isNotEmpty();
        }
        assertThat(browser.text(By.id("pdashForm:noLessons"))).isEqualTo("还没有满意度反馈。");

        // September: the month's row opens the units behind it, and a county its own dashboard.
        browser.click(By.id("pdashForm:months:2:month"));
        browser.waitForText(By.id("drillTitle"), "2026-09");
        browser.waitForText(By.id("pdashForm:childRows"), "江南大学计生协");
        assertThat(browser.text(By.id("pdashForm:childRows"))).contains("宜兴市计划生育协会", "41.7% (5/12)");
        browser.click(By.xpath("//a[contains(@id,':childUnit') and normalize-space(text())='宜兴市计划生育协会']"));
        browser.waitForText(By.id("scopeNote"), "宜兴市计划生育协会");
        assertThat(browser.driver().findElements(By.id("pdashForm:upUnit"))).as("back up to Wuxi").isNotEmpty();
    }
}
