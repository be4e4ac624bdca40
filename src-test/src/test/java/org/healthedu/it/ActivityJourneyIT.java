package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/**
 * A coordinator on a phone-sized window logs a lecture to 350 girls at a school with a breakdown by sex and by age
 * band and a photo: a breakdown that does not add up is shown next to it and nothing is stored; fixed, the lecture
 * is saved with its photo and shows in the list; the reach page shows the three figures apart.
 */
class ActivityJourneyIT extends BrowserIT {

    @Test
    void aCoordinatorLogsALectureWithABreakdownAndAPhoto() throws Exception {
        String topic = "女孩青春期讲座" + uniqueCode("J");
        logIn("wuxi.coord");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open(base() + "activity/activity.xhtml");
        browser.choose("activityForm:siteId", "民丰小学（民丰小学计生协）");
        browser.type(By.id("activityForm:topic"), topic);
        browser.choose("activityForm:audience", "女生");
        browser.type(By.id("activityForm:headcount"), "350");
        browser.type(By.id("activityForm:female"), "340");
        browser.type(By.id("activityForm:ageUnder14"), "350");
        browser.find(By.id("activityForm:ageUnder14")).sendKeys(Keys.TAB);
        browser.settle();
        browser.waitForText(By.id("activityForm:sexSum"), "合计 340 / 总人数 350");

        Path photo = Files.createTempFile("lecture", ".png");
        Files.write(photo, ActivityFixture.png());
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(photo.toString());
        browser.settle();
        browser.waitForText(By.id("activityForm:evidence"), photo.getFileName().toString());

        browser.click(By.id("activityForm:save"));
        browser.waitForText(By.id("activityForm:sexBox"), "按性别分的人数合计 340，与总人数 350 不符");
        assertThat(ActivityFixture.countByTopic(topic)).as("nothing stored").isZero();

        browser.type(By.id("activityForm:male"), "10");
        browser.click(By.id("activityForm:save"));
        browser.waitForText(By.id("activitiesForm:activities"), topic);
        assertThat(browser.text(By.xpath("//tr[.//a[normalize-space(.)='" + topic + "']]"))).contains("350")
                .contains("民丰小学");
        assertThat(Db.rows("select a.headcount, a.female, a.male, a.age_under14, count(e.id) from activity a "
                + "left join activity_evidence e on e.activity_id = a.id where a.topic = ? "
                + "group by a.id", topic)).hasSize(1).first().asString().isEqualTo("[350, 340, 10, 350, 1]");

        // The reach page names the three figures apart, each with what it counts.
        browser.click(By.id("activitiesForm:reachLink"));
        String figures = browser.text(By.id("reachForm:figures"));
        assertThat(figures).contains("培训人数（去重）", "培训人次", "活动覆盖人次", "同一人参加五次计五人次");
        assertThat(browser.text(By.id("reachForm:children"))).contains("北塘区计划生育协会");

        // The photo was the wrong one: removed from the activity's page, the activity stays.
        long activityId = ((Number) Db.value("select id from activity where topic = ?", topic)).longValue();
        browser.open(base() + "activity/activity.xhtml?id=" + activityId);
        browser.click(By.xpath("//*[contains(@id,':removeEvidence')]"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("activityForm:pageMessages"), photo.getFileName().toString());
        assertThat(browser.driver().findElements(By.xpath("//*[contains(@id,':removeEvidence')]")))
                .as("no evidence left on the page").isEmpty();
        assertThat(Db.count("select count(*) from activity_evidence where activity_id = ?", activityId)).isZero();
        assertThat(ActivityFixture.countByTopic(topic)).isOne();
    }
}
