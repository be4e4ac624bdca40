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
}
