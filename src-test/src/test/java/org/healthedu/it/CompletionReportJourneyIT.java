package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * In the Chinese UI: Yixing's coordinator starts the county's quarterly report on a phone-sized window and finds it
 * blocked by a held session without a roll; the site's trainer takes the roll from the check's link and the county
 * submits; Wuxi's coordinator returns it with a comment, which the county sees; the county submits again and the city
 * accepts it, then prepares and submits the city's own report, which the national administrator finds waiting for
 * review and accepts.
 */
class CompletionReportJourneyIT extends BrowserIT {

    @Test
    void aCountyReportGoesUpIsReturnedWithACommentAndIsAccepted() {
        SessionFixture fixture = SessionFixture.create(this, 2);
        RollCallFixture.enrolledInJuly(fixture);
        long held = ReportFixture.heldWithoutRoll(this, fixture, RollCallFixture.today());
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
        assertThat(browser.text(By.id("reportForm:checksCard")))
                .contains("必须处理", "有 1 个已开展的场次没有考勤记录，请先完成点名。", "去处理");
        assertThat(browser.find(By.id("reportForm:submit")).isEnabled()).as("submit while blocked").isFalse();
        assertThat(ReportFixture.status(reportId)).isEqualTo("DRAFT");
        String fix = browser.find(By.cssSelector("#reportForm\\:checksCard a.check-link")).getAttribute("href");
        assertThat(fix).endsWith("/session/roll-call.xhtml?id=" + held);

        // County coordinators do not take rolls of the city's project: the site's trainer does, from the same link.
        logIn("baodong.trainer");
        browser.open(fix);
        browser.click(By.id("rollCallForm:allPresent"));
        browser.click(By.id("rollCallForm:save"));
        browser.waitForText(By.id("rollCallForm:saved"), "出勤 2");

        logIn("yixing.coord");
        browser.open(base() + "reporting/report.xhtml?id=" + reportId);
        assertThat(browser.text(By.id("reportForm:checksCard"))).doesNotContain("必须处理");
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

        // The city's own report goes up to the national association.
        String wuxiName = (String) Db.value("select name_zh from organisation_unit where code = ?", ReportFixture.WUXI);
        browser.open(base() + "reporting/reports.xhtml");
        browser.click(By.id("reportsForm:newReport"));
        browser.choose("newForm:newProject", code + " 课件测试项目");
        browser.choose("newForm:newUnit", wuxiName);
        browser.type(By.id("newForm:newPeriod"), period);
        browser.click(By.id("newForm:create"));
        browser.waitForText(By.id("reportForm:statusBadge"), "草稿");
        long cityReport = ((Number) Db.value("select r.id from completion_report r join organisation_unit u"
                + " on u.id = r.unit_id where r.project_id = ? and u.code = ?", fixture.projectId(),
                ReportFixture.WUXI)).longValue();
        browser.type(By.id("reportForm:sections:0:section"), "无锡市本季度完成家长培训并通过宜兴市报告。");
        browser.click(By.id("reportForm:saveSections"));
        browser.waitForText(By.id("reportForm:pageMessages"), "已保存");
        browser.click(By.id("reportForm:submit"));
        browser.waitForText(By.id("reportForm:statusBadge"), "已上报");

        logIn("admin");
        browser.open(base() + "reporting/reports.xhtml?toReview=true");
        browser.waitForText(By.id("reportsForm:reports"), wuxiName);
        browser.open(base() + "reporting/report.xhtml?id=" + cityReport);
        assertThat(browser.text(By.id("sectionsCard"))).contains("无锡市本季度完成家长培训并通过宜兴市报告。");
        browser.click(By.id("reportForm:accept"));
        browser.click(By.id("stepForm:confirm"));
        browser.waitForText(By.id("reportForm:statusBadge"), "已通过");
        assertThat(ReportFixture.status(cityReport)).isEqualTo("ACCEPTED");
    }
}
