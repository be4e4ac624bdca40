package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A trainer acts on feedback in the browser: opens a demo session's results from the session page, reads the
 * response count and the bars with means, records an adjustment and sees it listed; free text with a script is
 * shown as text.
 */
class FeedbackResultsJourneyIT extends BrowserIT {

    @Test
    void theLeadTrainerReadsTheResultsOfTheDipAndRecordsAnAdjustment() {
        // Batch 1's lesson 3 in the demo: the lesson whose satisfaction dipped.
        long session = ((Number) Db.value("""
                select s.id from training_session s join batch b on b.id = s.batch_id
                  join project p on p.id = s.project_id join curriculum_lesson l on l.id = s.lesson_id
                 where p.code = 'WX-2026-PARENT' and b.number = 1 and l.position = 3 and s.status = 'HELD'"""))
                .longValue();
        long responses = Db.count("select count(*) from feedback_response where session_id = ?", session);
        assertThat(responses).isGreaterThanOrEqualTo(5);

        logIn("baodong.trainer");
        browser.open(base() + "session/session.xhtml?id=" + session);
        assertThat(browser.text(By.id("feedbackSummary"))).contains("收到 " + responses + " 份反馈");
        browser.click(By.id("feedbackResultsLink"));
        browser.waitForText(By.id("resultsHeading"), "青春期的生理变化");
        assertThat(browser.text(By.id("responseCount"))).isEqualTo(String.valueOf(responses));
        assertThat(browser.driver().findElements(By.cssSelector(".bar-fill"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".feedback-stats .mean"))).hasSize(3);
        assertThat(browser.text(By.id("questions"))).contains("您对本次课程的总体评分", "平均", "中位数");
        // The demo's adjustments on this session are listed.
        assertThat(browser.text(By.id("adjustmentForm:adjustments"))).contains("第四课开场用10分钟回顾第三课要点");

        String mine = "第四课增加一段看图讨论 " + System.nanoTime();
        browser.type(By.id("adjustmentForm:description"), mine);
        browser.click(By.id("adjustmentForm:addAdjustment"));
        browser.waitForText(By.id("adjustmentForm:adjustments"), mine);
        assertThat(browser.text(By.id("adjustmentForm:adjustmentMessages"))).contains("调整记录已保存");

        // Changing it: the newest is listed first, and only the trainer's own list has the edit buttons.
        browser.click(By.id("adjustmentForm:adjustments:0:edit"));
        browser.waitForText(By.id("adjustmentForm:cancelEdit"), "取消修改");
        String changed = mine + "（改为15分钟）";
        browser.type(By.id("adjustmentForm:description"), changed);
        browser.click(By.id("adjustmentForm:addAdjustment"));
        browser.waitForText(By.id("adjustmentForm:adjustments"), changed);
        assertThat(Db.count("select count(*) from feedback_adjustment where description = ?", changed)).isEqualTo(1);
        assertThat(Db.count("select count(*) from feedback_adjustment where description = ?", mine)).isZero();
    }

    @Test
    void aCoordinatorComparesLessonsBatchesAndTrainersWhereALecturerSeesNoTrainers() {
        long project = ((Number) Db.value("select id from project where code = 'WX-2026-PARENT'")).longValue();
        logIn("wuxi.coord");
        browser.open(base() + "feedback/results.xhtml?projectId=" + project + "&lesson=3");
        browser.waitForText(By.id("lessonChart"), "青春期的生理变化");
        assertThat(browser.driver().findElements(By.cssSelector("#lessonChart .bar-row"))).hasSize(5);
        assertThat(new Select(browser.find(By.id("lessonFilter"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("3");
        assertThat(new Select(browser.find(By.id("batchFilter"))).getFirstSelectedOption().getAttribute("value"))
                .isEmpty();
        assertThat(browser.text(By.id("batchCompare"))).contains("第一批", "第二批");
        assertThat(browser.text(By.id("trainerCompare"))).contains("宝东讲师");
        assertThat(browser.text(By.id("adjustments"))).contains("第二批的第三课由120分钟调整为135分钟");
        // The parents' comments on lesson 3 across both batches, searchable.
        assertThat(browser.text(By.id("textAnswers"))).contains("讲得太快");
        browser.type(By.id("textsForm:search"), "角色扮演");
        browser.click(By.id("textsForm:searchButton"));
        browser.waitForText(By.id("textAnswers"), "希望多一些案例和角色扮演");
        assertThat(browser.text(By.id("textAnswers"))).doesNotContain("讲得太快");

        logIn("baodong.lecturer2");
        browser.open(base() + "feedback/results.xhtml?projectId=" + project);
        browser.waitForText(By.id("lessonChart"), "认识青春期");
        assertThat(browser.driver().findElements(By.id("trainerCompare"))).isEmpty();
        assertThat(browser.text(By.id("batchCompare"))).contains("第一批");
    }

    @Test
    void aScriptInAnAnswerIsShownAsText() throws Exception {
        FeedbackResultsApiIT.Answered a = FeedbackResultsApiIT.Answered.create(this, "2026-07-11");
        logIn("baodong.trainer");
        browser.open(base() + "feedback/session-results.xhtml?sessionId=" + a.sessionId());
        browser.waitForText(By.id("textAnswers"), FeedbackResultsApiIT.SCRIPT);
        assertThat(browser.driver().findElements(By.xpath("//script[contains(., 'alert(1)')]"))).isEmpty();

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base() + "feedback/session-results.xhtml?sessionId=" + a.sessionId()))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain(FeedbackResultsApiIT.SCRIPT);
        assertThat(page.body()).contains("id=\"responseCount\">6<");
    }
}
