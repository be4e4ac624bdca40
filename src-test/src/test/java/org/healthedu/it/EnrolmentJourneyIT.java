package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.it.EnrolmentFixtures.baodongBatch;
import static org.healthedu.it.EnrolmentFixtures.uniqueName;
import static org.healthedu.it.EnrolmentFixtures.wuxiProject;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** What a coordinator does with participants and batches in the browser, in Chinese. */
class EnrolmentJourneyIT extends BrowserIT {

    /** The preview table's row for one line of the file. */
    private static By previewLine(int line) {
        return By.xpath("//tbody[contains(@id,'importForm:rows')]/tr[td[1][normalize-space(text())='" + line + "']]");
    }

    @Test
    void aCoordinatorImportsParentsSeesTheBadRowAndEnrolsTheValidOnes() throws Exception {
        Api wuxi = api("wuxi.coord");
        long project = wuxiProject(wuxi);
        long batch = baodongBatch(wuxi, project, 30);
        String s = uniqueName("");
        Path dir = Files.createDirectories(Path.of(System.getProperty("healthedu.test.work", "target/browser")));
        Path file = dir.resolve("parents-" + s + ".csv");
        Files.writeString(file, "姓名,性别,出生年份,手机号\n"
                + "王秀英" + s + ",女,,13800001111\n"
                + "李小红" + s + ",女,20x2,\n"
                + "黄振华" + s + ",男,,13900002222\n", StandardCharsets.UTF_8);

        logIn("wuxi.coord");
        browser.open(base() + "project/batches.xhtml?project=" + project);
        browser.waitForText(By.id("batchesForm:batches"), "第一批家长");
        assertThat(browser.text(By.id("batchesForm:batches"))).contains("0 / 30");
        browser.click(By.xpath("//*[contains(@id,':import')]"));
        browser.waitForText(By.id("batchName"), "第一批家长");

        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        browser.waitForText(By.id("importForm:previewCard"), "共 3 行，1 行有错误");
        assertThat(browser.text(previewLine(3))).as("the bad row, by its line in the file")
                .contains("李小红" + s).contains("出生年份：“20x2”不是出生年份，请填写四位数年份，如 2012。");
        assertThat(browser.text(previewLine(2))).contains("可以导入");
        assertThat(browser.find(By.id("importForm:applyAll")).isEnabled()).as("all-or-nothing needs a clean file")
                .isFalse();

        browser.click(By.id("importForm:applyValid"));
        browser.waitForText(By.id("growl_container"), "已导入 2 名学员并报名到“第一批家长”");
        browser.click(By.id("importForm:toRoster"));
        browser.waitForText(By.id("batchesForm:roster"), "王秀英" + s);
        String roster = browser.text(By.id("batchesForm:roster"));
        assertThat(roster).contains("黄振华" + s).doesNotContain("李小红" + s);
        assertThat(browser.text(By.id("rosterTitle"))).contains("已占用 2/30 个名额");
        assertThat(Db.count("select count(*) from enrolment where batch_id = ? and status = 'ACTIVE'", batch))
                .isEqualTo(2);
    }

    @Test
    void aCoordinatorRegistersAChildWithTheGuardiansConsent() {
        String name = uniqueName("李小兰");
        int child = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 12;
        logIn("yixing.coord");
        browser.open(base() + "participant/participants.xhtml");
        browser.click(By.id("participantsForm:newParticipant"));
        browser.type(By.id("participantForm:displayName"), name);
        browser.choose("participantForm:kind", "学生");
        browser.find(By.id("participantForm:school"));
        browser.type(By.id("participantForm:birthYear"), String.valueOf(child));
        browser.click(By.id("participantForm:school"));
        browser.waitForText(By.id("participantForm:consent"), "报名前须登记监护人同意");
        browser.type(By.id("participantForm:school"), "民丰小学");
        browser.type(By.id("participantForm:phone"), "13800001111");
        browser.type(By.id("participantForm:guardianName"), "李建国");
        browser.click(By.id("participantForm:save"));
        browser.waitForText(By.id("participantForm"), "可能未满18周岁的人不得登记手机号");

        browser.find(By.id("participantForm:phone")).clear();
        browser.click(By.id("participantForm:save"));
        browser.waitForText(By.id("participantForm"), "此项为必填项");
        browser.type(By.id("participantForm:guardianRelation"), "父亲");
        browser.type(By.id("participantForm:consentDate_input"),
                LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        // Escape closes the date picker's pop-up, which would take the keyboard and cover the save button.
        browser.find(By.id("participantForm:consentDate_input")).sendKeys(Keys.ESCAPE);
        assertThat(browser.find(By.id("participantForm:consentTextVersion")).getAttribute("value"))
                .as("the current consent text by default").isEqualTo("2026-1");
        browser.click(By.id("participantForm:save"));
        browser.waitForText(By.id("growl_container"), "已登记学员“" + name + "”");
        assertThat(Db.rows("select c.guardian_name, c.relation from guardian_consent c join participant p"
                + " on p.id = c.participant_id where p.display_name = ?", name).get(0)).containsExactly("李建国", "父亲");

        browser.type(By.id("participantsForm:searchText"), name);
        // Enter searches (the confirmation growl sits over the search button for a few seconds).
        browser.find(By.id("participantsForm:searchText")).sendKeys(Keys.ENTER);
        browser.settle();
        browser.waitForText(By.id("participantsForm:participants"), name);
        assertThat(browser.text(By.id("participantsForm:participants"))).contains("学生").contains("宜兴")
                .doesNotContain("缺监护人同意");
    }
}
