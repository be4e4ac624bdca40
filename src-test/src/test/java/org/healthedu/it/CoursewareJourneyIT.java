package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Courseware in the browser, as the people of the Baodong site work on it: a lecturer uploads the slides and puts
 * them before the lecturer group, the leader sends them to the management group, whose leader returns them with a
 * comment; the lecturer revises them in a new version, which the management leader approves.
 */
class CoursewareJourneyIT extends BrowserIT {

    private void openCourseware(CoursewareFixture fixture, long coursewareId) {
        browser.open(base() + "project/courseware.xhtml?project=" + fixture.projectId()
                + (coursewareId > 0 ? "&courseware=" + coursewareId : ""));
    }

    private static final By STATUS = By.id("coursewareForm:detailStatus");
    private static final By HISTORY = By.id("coursewareForm:history");
    private static final By GROWL = By.id("growl_container");

    @Test
    void aLecturerUploadsTheManagementLeaderReturnsItWithACommentThenApprovesTheNextVersion() throws Exception {
        CoursewareFixture fixture = CoursewareFixture.create(this);
        Path dir = Files.createDirectories(Path.of(System.getProperty("healthedu.test.work", "target/browser")));
        Path slides = dir.resolve("第1课-青春期身心发展.pdf");
        Files.write(slides, CoursewareFixture.pdf("Lesson 1: adolescent development"));
        Path fake = dir.resolve("伪装的课件.pdf");
        Files.writeString(fake, "this is not a PDF, whatever its name says");

        // The lecturer starts the first lesson's courseware and uploads the slides.
        logIn("baodong.lecturer2");
        openCourseware(fixture, 0);
        browser.waitForText(By.id("coursewareForm:lessons"), "尚无课件");
        browser.click(By.id("coursewareForm:lessons:0:start"));
        browser.waitForText(GROWL, "已为第 1 课新建课件");
        browser.waitForText(STATUS, "v1 · 草稿");
        long coursewareId = ((Number) Db.value("select id from courseware c where c.lesson_id = ?",
                fixture.lesson(1))).longValue();

        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(fake.toString());
        browser.waitForText(By.id("coursewareForm"), "此处不接受这种文件");
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(slides.toString());
        browser.waitForText(GROWL, "已上传“第1课-青春期身心发展.pdf”");
        browser.waitForText(By.id("coursewareForm:items"), "第1课-青春期身心发展.pdf");
        assertThat(Db.count("select count(*) from courseware_item i join courseware_version v on v.id = i.version_id"
                + " where v.courseware_id = ?", coursewareId)).as("only the real PDF was kept").isEqualTo(1);
        Files.deleteIfExists(dir.resolve("Downloads").resolve("第1课-青春期身心发展.pdf"));
        browser.click(By.id("coursewareForm:items:0:download"));
        assertThat(downloaded(dir.resolve("Downloads"), "第1课-青春期身心发展.pdf"))
                .as("the file comes back as uploaded").isEqualTo(Files.readAllBytes(slides));

        assertThat(browser.driver().findElements(By.id("coursewareForm:submit"))).as("not the leader's button")
                .isEmpty();
        browser.snapshot("courseware-draft-with-slides");
        browser.click(By.id("coursewareForm:submitForReview"));
        browser.waitForText(STATUS, "v1 · 讲师组讨论中");

        // The lecturer-group leader sends it to the management group.
        logIn("baodong.trainer");
        openCourseware(fixture, coursewareId);
        browser.waitForText(STATUS, "v1 · 讲师组讨论中");
        browser.click(By.id("coursewareForm:submit"));
        browser.waitForText(STATUS, "v1 · 已报管理组");
        assertThat(browser.driver().findElements(By.id("coursewareForm:approve"))).as("lecturers do not approve")
                .isEmpty();

        // The management leader returns it: first without saying why (refused), then with a comment.
        logIn("baodong.manager");
        openCourseware(fixture, coursewareId);
        browser.waitForText(STATUS, "v1 · 已报管理组");
        browser.click(By.id("coursewareForm:returnVersion"));
        browser.waitForText(By.id("coursewareForm"), "退回时请写明修改意见");
        assertThat(browser.text(STATUS)).contains("已报管理组");
        browser.type(By.id("coursewareForm:comment"), "请补充一个家长与孩子沟通的示例对话。");
        browser.click(By.id("coursewareForm:returnVersion"));
        browser.waitForText(STATUS, "v1 · 已退回");
        browser.waitForText(HISTORY, "请补充一个家长与孩子沟通的示例对话。");
        browser.snapshot("courseware-returned");

        // The lecturer reads the comment in the history and starts the next version from the returned one.
        logIn("baodong.lecturer2");
        openCourseware(fixture, coursewareId);
        browser.waitForText(STATUS, "v1 · 已退回");
        assertThat(browser.text(HISTORY)).contains("宜城项目管理组长").contains("退回修改")
                .contains("请补充一个家长与孩子沟通的示例对话。").contains("已报管理组 → 已退回");
        browser.click(By.id("coursewareForm:newVersion"));
        browser.waitForText(STATUS, "v2 · 草稿");
        assertThat(browser.text(By.id("coursewareForm:items"))).as("copied from version 1")
                .contains("第1课-青春期身心发展.pdf");
        browser.type(By.id("coursewareForm:link-title"), "家长沟通示例视频");
        browser.type(By.id("coursewareForm:link-url"), "https://video.example.org/parents/talk");
        browser.click(By.id("coursewareForm:addLink"));
        browser.waitForText(By.id("coursewareForm:items"), "家长沟通示例视频");
        browser.click(By.id("coursewareForm:submitForReview"));
        browser.waitForText(STATUS, "v2 · 讲师组讨论中");

        logIn("baodong.trainer");
        openCourseware(fixture, coursewareId);
        browser.click(By.id("coursewareForm:submit"));
        browser.waitForText(STATUS, "v2 · 已报管理组");

        // The management leader approves version 2: final, and the lesson's current courseware.
        logIn("baodong.manager");
        openCourseware(fixture, coursewareId);
        browser.waitForText(STATUS, "v2 · 已报管理组");
        browser.click(By.id("coursewareForm:approve"));
        browser.click(By.id("confirmYes"));
        browser.waitForText(GROWL, "第 2 版已审核通过并定稿");
        browser.waitForText(STATUS, "v2 · 已定稿");
        assertThat(browser.text(By.id("coursewareForm:lessons"))).contains("v2 · 已定稿");
        assertThat(browser.text(By.id("coursewareForm:versions"))).contains("已定稿").contains("已退回")
                .contains("当前定稿");
        assertThat(browser.text(HISTORY)).contains("审核通过，定稿").contains("请补充一个家长与孩子沟通的示例对话。");
        assertThat(browser.driver().findElements(By.id("coursewareForm:approve"))).isEmpty();
        assertThat(Db.value("select v.number from courseware c join courseware_version v"
                + " on v.id = c.current_version_id where c.id = ?", coursewareId)).isEqualTo(2);
    }

    /** The bytes of a file the browser saved (into $HOME/Downloads), once it has finished saving it. */
    private static byte[] downloaded(Path downloads, String name) throws Exception {
        Path file = downloads.resolve(name);
        try {
            new FluentWait<>(file).withTimeout(Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200))
                    .until(Files::isRegularFile);
        } catch (TimeoutException e) {
            // the assertion below says what is missing
        }
        assertThat(file).as("downloaded to " + downloads).isRegularFile();
        return Files.readAllBytes(file);
    }

    @Test
    void someoneOutsideTheProjectGetsTheForbiddenPage() {
        long project = ((Number) Db.value("select id from project where code = 'WX-2026-PARENT'")).longValue();
        logIn("guiyang.coord");
        browser.open(base() + "project/courseware.xhtml?project=" + project);
        assertThat(browser.text(By.id("errorTitle"))).isEqualTo("无权访问");

        logIn("wuxi.observer");
        browser.open(base() + "project/courseware.xhtml?project=" + project);
        browser.waitForText(By.id("coursewareForm:lessons"), "已定稿");
        assertThat(browser.text(By.id("coursewareForm:lessons"))).contains("已报管理组").contains("讲师组讨论中")
                .contains("尚无课件");
        assertThat(browser.driver().findElements(By.cssSelector("[id$=':start']"))).as("guidance starts nothing")
                .isEmpty();
    }
}
