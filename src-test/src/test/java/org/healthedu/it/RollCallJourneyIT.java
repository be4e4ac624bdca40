package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.Test;

/**
 * A trainer takes the roll of today's session on a phone: all present, then two exceptions (one late with a note, one
 * absent), save, and the saved confirmation; the API and the database show the same.
 */
class RollCallJourneyIT extends BrowserIT {

    @Test
    void aTrainerOnAPhoneMarksAllPresentExceptTwoAndSaves() {
        SessionFixture fixture = SessionFixture.create(this, 5);
        List<Long> people = fixture.participantIds();
        long session = RollCallFixture.session(this, fixture, RollCallFixture.today());
        long late = people.get(1);
        long absent = people.get(3);

        logIn("baodong.trainer");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open(base() + "session/roll-call.xhtml?id=" + session);
        browser.find(By.id("sessionTitle"));
        assertThat(browser.driver().findElements(By.cssSelector(".rollcall-row"))).hasSize(5);
        // Made for a phone: nothing wider than the screen, status buttons big enough for a thumb.
        assertThat(((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
        WebElement button = browser.find(statusButton(late, "迟"));
        assertThat(button.getSize().getHeight()).isGreaterThanOrEqualTo(44);
        assertThat(button.getSize().getWidth()).isGreaterThanOrEqualTo(44);

        browser.click(By.id("rollCallForm:allPresent"));
        browser.waitForText(By.id("counts"), "出勤 5");
        browser.click(statusButton(late, "迟"));
        browser.type(By.xpath(row(late) + "//input[contains(@id,':note')]"), "堵车，晚到十分钟");
        browser.click(statusButton(absent, "缺"));
        browser.click(By.id("rollCallForm:save"));
        browser.waitForText(By.id("rollCallForm:saved"), "已保存：出勤 3，迟到 1，请假 0，缺勤 1，未记录 0");
        assertThat(browser.text(By.id("rollCallForm:sessionStatus"))).isEqualTo("已举办");

        JsonObject roll = RollCallFixture.rollCall(api("wuxi.coord"), session);
        assertThat(roll.getJsonNumber("present").longValue()).isEqualTo(3);
        assertThat(RollCallFixture.entry(roll, late).getString("status")).isEqualTo("LATE");
        assertThat(RollCallFixture.entry(roll, late).getString("note")).isEqualTo("堵车，晚到十分钟");
        assertThat(RollCallFixture.entry(roll, absent).getString("status")).isEqualTo("ABSENT");
        assertThat(Db.value("select status from training_session where id = ?", session)).isEqualTo("HELD");
        assertThat(Db.count("select count(*) from attendance where session_id = ? and source = 'ROLL_CALL'"
                + " and recorded_by = (select id from account where username = 'baodong.trainer')", session))
                .isEqualTo(5);
    }

    private static String row(long participantId) {
        return "//div[@data-participant='" + participantId + "']";
    }

    private static By statusButton(long participantId, String label) {
        return By.xpath(row(participantId) + "//div[contains(concat(' ', normalize-space(@class), ' '), ' ui-button ')]"
                + "[.//span[normalize-space(.)='" + label + "']]");
    }
}
