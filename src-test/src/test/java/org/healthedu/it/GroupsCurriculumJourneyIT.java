package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.it.TrainerGroupApiIT.siteId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A coordinator forms a site's lecturer group and gives the project its curriculum; the lecturer then sees it. */
class GroupsCurriculumJourneyIT extends AppIT {

    private Browser browser;

    @BeforeEach
    void startBrowser() throws Exception {
        String reason = Browser.unavailableBecause();
        if (reason != null) {
            System.out.println("SKIPPING browser journeys: " + reason);
        }
        Assumptions.assumeTrue(reason == null, () -> "browser journeys skipped: " + reason);
        browser = new Browser();
    }

    @AfterEach
    void stopBrowser(org.junit.jupiter.api.TestInfo test) {
        if (browser != null) {
            browser.snapshot(test.getTestMethod().map(m -> m.getName()).orElse("journey"));
            browser.close();
        }
    }

    private void logIn(String username) {
        browser.open(base() + "login.xhtml");
        browser.driver().manage().deleteAllCookies();
        browser.open(base().toString());
        browser.type(By.id("loginForm:username"), username);
        browser.type(By.id("loginForm:password"), DEMO_PASSWORD);
        browser.click(By.id("loginForm:submit"));
        browser.waitForText(By.id("welcome"), "您好");
    }

    /** Replaces a field's text the way a person does (select all, type): a number input ignores a plain clear. */
    private void retype(By by, String text) {
        WebElement input = browser.find(by);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private static By inGroup(String kind, String xpath) {
        return By.xpath("//div[contains(@class,'group-" + kind + "')]" + xpath);
    }

    @Test
    void aCoordinatorFormsTheLecturerGroupAndAdoptsTheTemplateAndTheLecturerSeesTheProject() {
        String code = uniqueCode("UI-G");
        String name = "宝东家长课堂第二期" + code.substring(code.length() - 4);
        Api wuxi = api("wuxi.coord");
        Api.Reply created = wuxi.post("api/v1/projects", "{\"code\":\"" + code + "\",\"nameZh\":\"" + name
                + "\",\"funderUnitId\":" + Db.unitId("CFPA") + ",\"ownerUnitId\":" + Db.unitId("JS-WX")
                + ",\"startDate\":\"2026-09-01\",\"endDate\":\"2027-06-30\"}");
        long project = created.id();
        assertThat(wuxi.post("api/v1/projects/" + project + "/sites", "{\"siteId\":"
                + siteId("JS-WX-YX-YC-BD", "宝东社区居民活动中心") + "}").status()).isEqualTo(201);

        logIn("wuxi.coord");
        browser.open(base() + "project/groups.xhtml?project=" + project);
        assertThat(browser.text(By.cssSelector("h1.page-title"))).isEqualTo("工作组");
        assertThat(browser.text(By.id("groupsForm"))).contains("宝东社区居民活动中心", "项目管理组", "讲师组", "指导组",
                "暂无成员");

        browser.click(inGroup("LECTURER", "//button[contains(@id,'addMember')]"));
        browser.find(By.id("pickerForm:pickerText"));
        assertThat(browser.text(By.id("pickerForm:candidates"))).contains("baodong.trainer")
                .doesNotContain("wuxi.observer").doesNotContain("guiyang.coord");
        browser.type(By.id("pickerForm:pickerText"), "讲师二");
        browser.click(By.id("pickerForm:pickerSearch"));
        browser.waitForText(By.id("pickerForm:candidates"), "baodong.lecturer2");
        assertThat(browser.text(By.id("pickerForm:candidates"))).doesNotContain("baodong.trainer");
        browser.click(By.xpath("//tr[contains(., 'baodong.lecturer2')]//button[contains(@id,':add')]"));
        browser.waitForText(By.id("growl_container"), "已把“宝东讲师二”加入讲师组。");
        browser.click(By.xpath("//div[@id='pickerDialog']//button[contains(@class,'ui-button-secondary')]"));

        browser.click(inGroup("LECTURER", "//li[contains(., '宝东讲师二')]//button[contains(@id,'makeLeader')]"));
        browser.waitForText(By.id("growl_container"), "“宝东讲师二”现为讲师组组长。");
        assertThat(browser.text(inGroup("LECTURER", "//div[contains(@class,'leader')]"))).contains("宝东讲师二");
        assertThat(Db.count("select count(*) from trainer_group g join trainer_group_member m on m.group_id = g.id"
                + " join project_site ps on ps.id = g.project_site_id join account a on a.id = g.leader_account_id"
                + " where ps.project_id = ? and g.kind = 'LECTURER' and a.username = 'baodong.lecturer2'", project))
                .isEqualTo(1);

        browser.open(base() + "project/curriculum.xhtml?project=" + project);
        assertThat(browser.text(By.id("noCurriculum"))).contains("还没有自己的课程方案");
        assertThat(browser.text(By.id("adoptForm:templateId"))).contains("青春健康家长培训课程（示例）");
        browser.click(By.id("adoptForm:adopt"));
        browser.waitForText(By.id("editorForm"), "第 1 课 认识青春期");
        assertThat(browser.text(By.id("curriculumTotal"))).contains("5 节课，12 个环节");
        assertThat(browser.text(By.id("editorForm"))).contains("第 5 课 健康关系与家庭支持", "家庭行动计划与结业分享")
                .contains("第 1 版");

        browser.click(By.xpath("(//button[contains(@id,':editSegment')])[1]"));
        browser.type(By.id("segmentForm:titleZh"), "开班破冰：第二期家长的期待");
        retype(By.id("segmentForm:durationMinutes_input"), "0");
        browser.click(By.id("segmentForm:save"));
        browser.waitForText(By.id("segmentForm"), "时长须为 1 到 480 之间的整数分钟。");
        retype(By.id("segmentForm:durationMinutes_input"), "35");
        browser.click(By.id("segmentForm:save"));
        browser.waitForText(By.id("growl_container"), "已保存。");
        browser.waitForText(By.id("editorForm"), "开班破冰：第二期家长的期待");
        assertThat(Db.value("select s.duration_minutes from curriculum_segment s join curriculum_lesson l"
                + " on l.id = s.lesson_id join curriculum c on c.id = l.curriculum_id where c.project_id = ?"
                + " and s.title_zh = '开班破冰：第二期家长的期待'", project)).isEqualTo(35);

        logIn("baodong.lecturer2");
        browser.open(base() + "project/projects.xhtml");
        browser.waitForText(By.id("projectsForm:projects"), name);
        browser.open(base() + "project/curriculum.xhtml?project=" + project);
        assertThat(browser.text(By.id("editorForm"))).contains("开班破冰：第二期家长的期待");
        assertThat(browser.driver().findElements(By.id("editorForm:addLesson"))).as("lecturers read only").isEmpty();
        browser.open(base() + "account/profile.xhtml");
        assertThat(browser.text(By.id("myGroups"))).contains(name).contains("讲师组").contains("组长");

        logIn("guiyang.coord");
        browser.open(base() + "project/groups.xhtml?project=" + project);
        assertThat(browser.text(By.id("errorTitle"))).isEqualTo("无权访问");
        assertThat(browser.driver().getPageSource()).doesNotContain("宝东讲师二");
    }

    @Test
    void aTrainerKeepsTheirProfileInEnglishToo() {
        logIn("baodong.manager");
        browser.open(base() + "account/profile.xhtml");
        browser.type(By.id("profileForm:email"), "not an address");
        browser.click(By.id("profileForm:save"));
        browser.waitForText(By.id("profileForm"), "请输入有效的电子邮箱");
        browser.type(By.id("profileForm:email"), "manager@example.org");
        browser.type(By.id("profileForm:phone"), "0510-87000010");
        browser.click(By.id("profileForm:save"));
        browser.waitForText(By.id("growl_container"), "已保存您的资料。");
        assertThat(Db.value("select email from trainer_profile p join account a on a.id = p.account_id"
                + " where a.username = 'baodong.manager'")).isEqualTo("manager@example.org");
        assertThat(browser.text(By.id("myGroups"))).contains("青春健康家长培训项目").contains("项目管理组");

        browser.click(By.id("topbarForm:langEn"));
        browser.waitForText(By.cssSelector("h1.page-title"), "My trainer profile");
        assertThat(browser.text(By.id("navForm:sideMenu"))).contains("Curriculum templates", "My profile");
        browser.click(By.id("topbarForm:langZh"));
        browser.waitForText(By.cssSelector("h1.page-title"), "我的讲师资料");
        browser.click(By.id("navForm:navTemplates"));
        browser.waitForText(By.id("templatesForm:templates"), "青春健康家长培训课程（示例）");
        assertThat(browser.text(By.id("templatesForm:templates"))).contains("5 节课，12 个环节").contains("系统自带");
        assertThat(browser.driver().findElements(By.id("templatesForm:newTemplate"))).as("trainers create none")
                .isEmpty();
    }
}
