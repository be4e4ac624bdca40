package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Sessions in the browser, in Chinese: the calendar's dialog, and a trainer's sessions of today on the home page. */
class ScheduleJourneyIT extends BrowserIT {

    @Test
    void aCoordinatorFindsAGeneratedSessionInTheCalendarAndReschedulesItThroughTheDialog() {
        SessionFixture fixture = SessionFixture.create(this, 0);
        Api.Reply generated = api("wuxi.coord").post("api/v1/batches/" + fixture.batchId() + "/sessions/generate",
                "{\"firstDate\":\"2026-12-01\",\"weekdays\":[\"TUESDAY\"],\"startTime\":\"15:00\","
                        + "\"durationMinutes\":60,\"room\":\"一楼大厅\",\"leadTrainerId\":"
                        + CoursewareFixture.accountId("baodong.trainer") + "}");
        assertThat(generated.status()).as(generated.toString()).isEqualTo(201);
        long first = generated.object().getJsonArray("sessions").getJsonObject(0).getJsonNumber("sessionId")
                .longValue();

        logIn("wuxi.coord");
        browser.click(By.id("navForm:navCalendar"));
        browser.find(By.id("calendarForm:calendar"));
        browser.open(base() + "session/calendar.xhtml?batch=" + fixture.batchId());
        By lesson1 = By.xpath("//*[contains(@class,'fc-event') and contains(., '第1课')]");
        browser.find(lesson1);
        assertThat(browser.driver().findElements(By.xpath("//*[contains(@class,'fc-event')"
                + " and contains(@class,'session-planned')]"))).hasSize(5);

        browser.click(lesson1);
        browser.waitForText(By.id("sessionForm:sessionTitle"), "第1课");
        assertThat(browser.text(By.id("sessionForm:sessionTitle"))).contains("计划中");
        browser.type(By.id("sessionForm:startsAt_input"), "2026-12-02 15:30");
        browser.type(By.id("sessionForm:endsAt_input"), "2026-12-02 16:30");
        browser.type(By.id("sessionForm:room"), "三楼会议室");
        browser.click(By.id("sessionForm:saveSession"));
        browser.waitForText(By.id("growl_container"), "已保存：第1课");
        assertThat(Db.value("select to_char(starts_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') || ' '"
                + " || room from training_session where id = ?", first)).isEqualTo("2026-12-02 15:30 三楼会议室");
        browser.find(By.xpath("//td[@data-date='2026-12-02']//*[contains(@class,'fc-event')]"));

        // Onto the lead trainer's next session: refused, naming it, and nothing changes.
        browser.click(lesson1);
        browser.waitForText(By.id("sessionForm:sessionTitle"), "第1课");
        browser.type(By.id("sessionForm:startsAt_input"), "2026-12-08 15:30");
        browser.type(By.id("sessionForm:endsAt_input"), "2026-12-08 16:30");
        browser.click(By.id("sessionForm:saveSession"));
        browser.waitForText(By.id("sessionForm"), "在该时段已有场次");
        assertThat(browser.text(By.id("sessionForm"))).contains("第2课").contains("2026-12-08 15:00");
        assertThat(Db.value("select to_char(starts_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') from"
                + " training_session where id = ?", first)).isEqualTo("2026-12-02");
    }

    @Test
    void aTrainerSeesTodaysSessionOnTheHomePageWithOneTapToTheRollCall() {
        SessionFixture fixture = SessionFixture.create(this, 0);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String json = fixture.sessionJson(3, today + "T23:10", today + "T23:50", "活动室").replace(
                "\"leadTrainerId\":" + CoursewareFixture.accountId("baodong.trainer"),
                "\"leadTrainerId\":" + CoursewareFixture.accountId("baodong.lecturer2"));
        Api.Reply planned = fixture.tryPlan(api("wuxi.coord"), json);
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);

        logIn("baodong.lecturer2");
        browser.waitForText(By.id("mySessions"), "我的场次");
        By line = By.xpath("//*[@id='mySessions']//div[contains(@class,'session-line')"
                + " and .//a[contains(@href,'roll-call.xhtml?id=" + planned.id() + "')]]");
        assertThat(browser.text(line)).contains("23:10").contains("第3课").contains("场次测试批次").contains("点名");
        assertThat(browser.find(By.xpath("//*[@id='mySessions']//a[contains(@href,'session/roll-call.xhtml?id="
                + planned.id() + "')]")).getText()).contains("点名");

        browser.click(By.xpath("//*[@id='mySessions']//a[contains(@href,'session.xhtml?id=" + planned.id() + "')]"));
        browser.waitForText(By.id("sessionHeading"), "第3课");
        assertThat(browser.text(By.id("facts"))).contains("活动室").contains("23:10");
        assertThat(browser.find(By.id("rollCallLink")).getAttribute("href")).contains("roll-call.xhtml?id="
                + planned.id());
    }
}
