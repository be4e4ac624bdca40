package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The cascade in a browser: a coordinator certifies a student leader who completed the host training, with a
 * supervisor, and hands over the invitation link; the host creates their account from it, signs in, plans a peer
 * session and shows its feedback QR code; the supervisor returns it with a comment, the host changes and resubmits it,
 * the supervisor approves it and reads its history; the host records the headcount, and the record counts the people
 * reached; the coordinator unticks "plans need approval" on the project page.
 */
class CascadeJourneyIT extends BrowserIT {

    private void signIn(String username, String password) {
        browser.open(base() + "login.xhtml");
        browser.driver().manage().deleteAllCookies();
        browser.open(base().toString());
        browser.type(By.id("loginForm:username"), username);
        browser.type(By.id("loginForm:password"), password);
        browser.click(By.id("loginForm:submit"));
        browser.find(By.id("welcome"));
    }

    @Test
    void aCoordinatorCertifiesTheHostPlansTheSupervisorApprovesTheHostRecords() {
        HostFixture training = HostFixture.create(this, 1);
        Db.update("update project set peer_approval_required = true where id = ?", training.projectId());
        String name = (String) Db.value("select display_name from participant where id = ?", training.person(0));
        String projectLabel = Db.value("select code from project where id = ?", training.projectId()) + " 课件测试项目";
        String supervisorLabel = Db.value("select display_name from account where username = 'baodong.trainer'")
                + " (baodong.trainer)";

        logIn("wuxi.coord");
        browser.open(base() + "cascade/hosts.xhtml");
        browser.choose("certifyForm:projectId", projectLabel);
        browser.choose("certifyForm:participantId", name);
        new Select(browser.find(By.id("certifyForm:supervisorAccountId"))).selectByVisibleText(supervisorLabel);
        browser.click(By.id("certifyForm:certify"));
        By hostRow = By.xpath("//tr[.//a[normalize-space(text())='" + name + "']]");
        browser.find(hostRow);
        browser.click(By.xpath("//tr[.//a[normalize-space(text())='" + name + "']]//*[contains(@id,':invite')]"));
        String link = browser.text(By.id("listForm:invitationUrl"));
        assertThat(link).contains("cascade/accept.xhtml?token=");

        String username = "jhost" + Long.toString(System.nanoTime(), 36);
        browser.driver().manage().deleteAllCookies();
        browser.open(link);
        browser.type(By.id("acceptForm:username"), username);
        browser.type(By.id("acceptForm:password"), HostFixture.PASSWORD);
        browser.click(By.id("acceptForm:accept"));
        browser.waitForText(By.id("created"), username);

        signIn(username, HostFixture.PASSWORD);
        assertThat(browser.driver().getCurrentUrl()).as("a host starts on their peer sessions")
                .contains("/cascade/peer-sessions.xhtml");
        assertThat(browser.driver().findElements(By.id("navForm:navProjects"))).as("no trainers' pages").isEmpty();
        String topic = "同伴交流" + Long.toString(System.nanoTime(), 36);
        browser.type(By.id("planForm:day"), "2026-10-15");
        browser.type(By.id("planForm:place"), "学生活动中心");
        browser.type(By.id("planForm:topic"), topic);
        browser.type(By.id("planForm:expectedAudience_input"), "30");
        browser.click(By.id("planForm:plan"));
        browser.find(row(topic));
        assertThat(browser.driver().findElements(inRow(topic, "record"))).as("awaiting approval").isEmpty();
        browser.click(inRow(topic, "feedback"));
        assertThat(browser.text(By.id("listForm:feedbackUrl"))).contains("?s=");
        assertThat(browser.find(By.id("feedbackQr")).getAttribute("src")).startsWith("data:image/png;base64,");

        signIn("baodong.trainer", DEMO_PASSWORD);
        browser.open(base() + "cascade/peer-sessions.xhtml");
        browser.click(inRow(topic, "return"));
        browser.type(By.id("listForm:comment"), "请写明活动流程");
        browser.click(By.id("listForm:sendReturn"));
        browser.waitForText(row(topic), "已退回");

        signIn(username, HostFixture.PASSWORD);
        browser.click(inRow(topic, "edit"));
        assertThat(browser.find(By.id("planForm:place")).getAttribute("value")).isEqualTo("学生活动中心");
        browser.type(By.id("planForm:place"), "图书馆报告厅");
        browser.click(By.id("planForm:plan"));
        browser.waitForText(row(topic), "图书馆报告厅");
        assertThat(browser.text(row(topic))).contains("已计划");

        signIn("baodong.trainer", DEMO_PASSWORD);
        browser.open(base() + "cascade/peer-sessions.xhtml");
        browser.click(inRow(topic, "approve"));
        browser.waitForText(row(topic), "已审核");
        browser.click(inRow(topic, "notes"));
        browser.waitForText(By.id("listForm:noteList"), "请写明活动流程");
        assertThat(browser.text(By.id("listForm:noteList"))).contains("已退回", "已重新提交", "已批准");

        signIn(username, HostFixture.PASSWORD);
        browser.click(inRow(topic, "record"));
        browser.type(By.id("listForm:total_input"), "25");
        browser.type(By.id("listForm:female_input"), "15");
        browser.type(By.id("listForm:male_input"), "9");
        browser.click(By.id("listForm:saveHeadcount"));
        browser.waitForText(By.id("listForm:listMessages"), "25");
        browser.type(By.id("listForm:male_input"), "10");
        browser.click(By.id("listForm:saveHeadcount"));
        browser.waitForText(row(topic), "已举办");
        assertThat(browser.text(row(topic))).contains("25");

        logIn("wuxi.coord");
        long hostId = ((Number) Db.value("select id from peer_host where participant_id = ?", training.person(0)))
                .longValue();
        browser.open(base() + "cascade/host.xhtml?id=" + hostId);
        assertThat(browser.text(By.id("peopleReached"))).isEqualTo("25");
        assertThat(browser.text(By.id("sessionsHeld"))).isEqualTo("1");
        assertThat(browser.text(By.id("feedbackResponses"))).isEqualTo("0");

        // The project's managers change the cascade settings on the project page.
        browser.open(base() + "project/project.xhtml?id=" + training.projectId());
        By approval = By.cssSelector("[id='tabsForm:tabs:peerApprovalRequired'] .ui-chkbox-box");
        browser.click(approval);
        browser.waitForText(By.id("growl_container"), "同伴教育设置已保存");
        assertThat(Db.value("select peer_approval_required from project where id = ?", training.projectId()))
                .isEqualTo(false);
    }
}
