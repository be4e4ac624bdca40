package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * In the Chinese UI: Yixing's coordinator starts the county's quarterly report on a phone-sized window, writes its
 * overview and submits it; Wuxi's coordinator returns it with a comment, which the county sees; the county submits
 * again and the city accepts it.
 */
class CompletionReportJourneyIT extends BrowserIT {

    @Test
    void aCountyReportGoesUpIsReturnedWithACommentAndIsAccepted() {
        SessionFixture fixture = SessionFixture.create(this, 0);
        String code = (String) Db.value("select code from project where id = ?", fixture.projectId());
        String yixingName = (String) Db.value("select name_zh from organisation_unit where code = ?",
                ReportFixture.YIXING);
        String period = ReportFixture.quarterOf(RollCallFixture.today());

        logIn("yixing.coord");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open(base() + "reporting/reports.xhtml");
        browser.click(By.id("reportsForm:newReport"));
        browser.choose("newForm:newProject", code + " 课件测试项目");
        browser.choose("newForm:newUnit", yixingName);
        browser.type(By.id("newForm:newPeriod"), period);
        browser.click(By.id("newForm:create"));
        browser.waitForText(By.id("reportForm:statusBadge"), "草稿");
        long reportId = ((Number) Db.value("select id from completion_report where project_id = ?",
                fixture.projectId())).longValue();

        browser.type(By.id("reportForm:sections:0:section"), "宝东社区家长培训按计划开展。");
        browser.click(By.id("reportForm:saveSections"));
        browser.waitForText(By.id("reportForm:pageMessages"), "已保存");
        browser.click(By.id("reportForm:submit"));
        browser.waitForText(By.id("reportForm:statusBadge"), "已上报");
        assertThat(browser.text(By.id("sectionsCard"))).contains("宝东社区家长培训按计划开展。");

        logIn("wuxi.coord");
        browser.open(base() + "reporting/report.xhtml?id=" + reportId);
        browser.click(By.id("reportForm:return"));
        browser.type(By.id("stepForm:comment"), "请补充家长反馈情况");
        browser.click(By.id("stepForm:confirm"));
        browser.waitForText(By.id("reportForm:statusBadge"), "已退回");

        logIn("yixing.coord");
        browser.open(base() + "reporting/report.xhtml?id=" + reportId);
        assertThat(browser.text(By.id("reportForm:reviewComment"))).contains("请补充家长反馈情况");
        browser.type(By.id("reportForm:sections:1:section"), "家长反馈收回率较高。");
        browser.click(By.id("reportForm:saveSections"));
        browser.click(By.id("reportForm:submit"));
        browser.waitForText(By.id("reportForm:statusBadge"), "已上报");

        logIn("wuxi.coord");
        browser.open(base() + "reporting/report.xhtml?id=" + reportId);
        browser.click(By.id("reportForm:accept"));
        browser.click(By.id("stepForm:confirm"));
        browser.waitForText(By.id("reportForm:statusBadge"), "已通过");
        assertThat(browser.text(By.id("historyCard"))).contains("退回", "请补充家长反馈情况", "通过");
        assertThat(ReportFixture.status(reportId)).isEqualTo("ACCEPTED");
    }
}
