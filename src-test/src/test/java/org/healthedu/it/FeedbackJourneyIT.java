package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.interactions.Actions;

/**
 * A parent opens the session's feedback link on a phone-sized window (as the QR code would open it), answers in
 * Chinese, forgets a required question and is told so next to it without losing what was typed, double-clicks send,
 * sees the thank-you page, and exactly one response is stored; the same phone cannot answer twice, and the form
 * switches to English without losing what was typed. Then the session's trainer sees the response in the results and
 * records an adjustment.
 */
class FeedbackJourneyIT extends BrowserIT {

    private static final String TEXT = "希望多讲一些案例 <b>谢谢</b>";

    @Test
    void aParentAnswersOnAPhoneAndADoubleClickStoresOneResponse() {
        Db.update("delete from rate_limit where key like 'feedback:%'");
        FeedbackFixture f = FeedbackFixture.create(this);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        String url = base() + "feedback.xhtml?s=" + f.token();
        browser.open(url);
        assertThat(browser.text(By.id("feedbackForm:session"))).contains(CheckInFixture.LESSON_TITLE);
        assertThat(browser.text(By.tagName("h1"))).contains("课后反馈");

        answerAllBut(f, "RATING10");
        browser.click(By.id("feedbackForm:submit"));
        By ratingQuestion = question(f.question("RATING10"));
        browser.waitForText(ratingQuestion, "这道题必须回答");
        assertThat(browser.text(By.id("feedbackForm:messages"))).contains("还有题目需要修改");
        assertThat(browser.find(textArea(f)).getAttribute("value")).as("what was typed is kept").isEqualTo(TEXT);
        assertThat(f.responses()).isZero();

        browser.click(By.xpath(xpath(f.question("RATING10"))
                + "//div[contains(@class,'ui-button')][normalize-space(.)='9']"));
        new Actions(browser.driver()).doubleClick(browser.find(By.id("feedbackForm:submit"))).perform();
        browser.settle();
        browser.waitForText(By.id("thanksMessage"), "谢谢您的反馈");
        assertThat(f.responses()).isEqualTo(1);
        assertThat(Db.rows("select r.audience, r.participant_id, r.locale from feedback_response r"
                + " where r.session_id = ?", f.sessionId()))
                .containsExactly(java.util.Arrays.asList("PARENT", null, "zh-CN"));
        assertThat(Db.value("select a.text_value from feedback_answer a join feedback_response r"
                + " on r.id = a.response_id where r.session_id = ? and a.text_value is not null", f.sessionId()))
                .isEqualTo(TEXT);
        assertThat(((Number) Db.value("select a.number_value from feedback_answer a join feedback_response r"
                + " on r.id = a.response_id where r.session_id = ? and a.question_id = ?", f.sessionId(),
                f.question("RATING10").getJsonNumber("id").longValue())).intValue()).isEqualTo(9);

        // The same phone (its cookie) opens the link again: a second response is refused.
        browser.open(url);
        answerAllBut(f, null);
        browser.click(By.id("feedbackForm:submit"));
        browser.waitForText(By.id("feedbackForm:messages"), "已经提交过");
        assertThat(f.responses()).isEqualTo(1);

        // The English switch keeps the answers on the page and translates the form's own words.
        browser.click(By.id("feedbackForm:langEn"));
        browser.waitForText(By.tagName("h1"), "Session feedback");
        assertThat(browser.text(By.id("feedbackForm:questions"))).contains("Strongly agree", "Send feedback");
        assertThat(browser.find(textArea(f)).getAttribute("value")).isEqualTo(TEXT);

        // The loop closes: the trainer who led the session sees the new response in its results (the text as typed,
        // as text) and records what they will change in the next sessions.
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        logIn("baodong.trainer");
        browser.open(base() + "feedback/session-results.xhtml?sessionId=" + f.sessionId());
        browser.waitForText(By.id("textAnswers"), TEXT);
        assertThat(browser.text(By.id("responseCount"))).isEqualTo("1");
        String change = "下次课开场先讨论两个案例 " + System.nanoTime();
        browser.type(By.id("adjustmentForm:description"), change);
        browser.click(By.id("adjustmentForm:addAdjustment"));
        browser.waitForText(By.id("adjustmentForm:adjustments"), change);
        assertThat(Db.count("select count(*) from feedback_adjustment where session_id = ? and description = ?",
                f.sessionId(), change)).isEqualTo(1);
    }

    private void answerAllBut(FeedbackFixture f, String skippedKind) {
        for (JsonObject q : f.questions()) {
            String kind = q.getString("kind");
            if (kind.equals(skippedKind)) {
                continue;
            }
            String in = xpath(q);
            switch (kind) {
                case "LIKERT5" -> browser.click(By.xpath(in + "//label[normalize-space(.)='同意']"));
                case "RATING10" -> browser.click(By.xpath(in
                        + "//div[contains(@class,'ui-button')][normalize-space(.)='8']"));
                case "SINGLE_CHOICE" -> browser.click(By.xpath(in + "//label[normalize-space(.)='合适']"));
                case "MULTIPLE_CHOICE" -> browser.click(By.xpath(in + "//label[normalize-space(.)='亲子沟通技巧']"));
                default -> browser.type(textArea(f), TEXT);
            }
        }
    }

    private static String xpath(JsonObject question) {
        return "//div[@data-question='" + question.getJsonNumber("id").longValue() + "']";
    }

    private static By question(JsonObject question) {
        return By.xpath(xpath(question));
    }

    private static By textArea(FeedbackFixture f) {
        return By.xpath(xpath(f.question("LONG_TEXT")) + "//textarea");
    }
}
