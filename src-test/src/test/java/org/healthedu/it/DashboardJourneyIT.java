package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A coordinator watches the attendance rate on the dashboard change as marks change. */
class DashboardJourneyIT extends BrowserIT {

    @Test
    void aCoordinatorSeesTheAttendanceRateChange() {
        DashboardFixture f = DashboardFixture.create(this);
        logIn("wuxi.coord");
        browser.open(base() + "session/dashboard.xhtml?projectId=" + f.projectId());
        browser.waitForText(By.id("dashForm:rate"), "50.0%");
        assertThat(browser.text(By.id("dashForm:marks"))).contains("7").contains("14");
        assertThat(browser.find(By.id("dashForm:rateChart")).isDisplayed()).isTrue();

        // The person at risk is behind the count.
        browser.click(By.id("dashForm:atRiskCount"));
        browser.waitForText(By.id("dashForm:atRisk"), "家长4号");

        // The roll of the unrecorded session is taken: all four present.
        f.baodong().participantIds().forEach(id -> Marks.mark(f.baodongSessions().get(2), id, "PRESENT"));
        browser.open(base() + "session/dashboard.xhtml?projectId=" + f.projectId());
        browser.waitForText(By.id("dashForm:rate"), "78.6%");
        assertThat(browser.text(By.id("dashForm:unrecordedCount"))).isEqualTo("0");

        // A site narrows the page to its figures.
        browser.click(By.xpath("//a[contains(@id,':site') and normalize-space(text())='"
                + DashboardFixture.JIANGNAN_SITE + "']"));
        browser.waitForText(By.id("dashForm:rate"), "100.0%");
    }

    @Test
    void anObserverLeavesAGuidanceNoteThatTheLecturersRead() {
        SessionFixture fixture = SessionFixture.create(this, 0);
        long session = Marks.session(fixture, 2, "2026-09-12", "HELD");
        logIn("wuxi.observer");
        browser.open(base() + "session/guidance.xhtml?id=" + session);
        browser.waitForText(By.id("sessionTitle"), "与青春期孩子沟通");
        browser.waitForText(By.id("guidanceForm:guidanceNotes"), "暂无督导记录");
        browser.type(By.id("guidanceForm:observed"), "角色扮演效果很好");
        browser.type(By.id("guidanceForm:suggestions"), "更新课件数据");
        browser.click(By.id("guidanceForm:addNote"));
        browser.waitForText(By.id("guidanceForm:guidanceNotes"), "角色扮演效果很好");

        logIn("baodong.lecturer2");
        browser.open(base() + "session/guidance.xhtml?id=" + session);
        browser.waitForText(By.id("guidanceForm:guidanceNotes"), "更新课件数据");
        assertThat(browser.driver().findElements(By.id("guidanceForm:observed"))).as("lecturers read only").isEmpty();
    }
}
