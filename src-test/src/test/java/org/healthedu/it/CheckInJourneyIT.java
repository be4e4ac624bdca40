package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Self check-in in the browser: the trainer projects the session's code and QR code, prints the sign-in sheet from the
 * same signed-in browser, and participants check in on a phone-sized window without an account.
 */
class CheckInJourneyIT extends BrowserIT {

    @Test
    void participantsCheckInOnAPhoneWithTheCodeTheTrainerShows() throws Exception {
        Db.update("delete from rate_limit where key like 'checkin:ip%'");
        CheckInFixture f = CheckInFixture.create(this, -5);

        logIn("baodong.trainer");
        browser.open(base() + "session/checkin-code.xhtml?id=" + f.sessionId());
        String code = browser.text(By.id("bigCode")).strip();
        assertThat(code).matches("[A-Z2-9]{6}");
        assertThat(browser.text(By.id("lesson"))).contains(CheckInFixture.LESSON_TITLE);
        assertThat(browser.text(By.id("checkinUrl"))).endsWith("/checkin.xhtml?code=" + code);
        assertThat(browser.find(By.id("qr")).getAttribute("src")).startsWith("data:image/png;base64,");
        assertThat(browser.text(By.id("window"))).contains("之后签到记为迟到");

        // The sheet's link works with the browser's login (no Basic credentials).
        String href = browser.find(By.id("codeForm:sheet")).getAttribute("href");
        HttpResponse<byte[]> sheet = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(sheet.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(sheet.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(f.parent().name(), f.student().name(),
                    CheckInFixture.LESSON_TITLE, code);
        }

        // A parent, on a phone, with no account: types the code read off the screen.
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open(base() + "checkin.xhtml");
        browser.type(By.id("checkinForm:code"), code.toLowerCase());
        browser.click(By.id("checkinForm:lookUp"));
        browser.waitForText(By.id("checkinSession"), CheckInFixture.LESSON_TITLE);
        String names = browser.text(By.id("checkinForm:pickStep"));
        assertThat(names).contains(f.parent().masked(), f.student().masked(), f.noFactor().masked())
                .doesNotContain(f.parent().name(), f.student().name());
        browser.click(By.xpath("//button[normalize-space(.)='" + f.parent().masked() + "']"));
        browser.waitForText(By.id("chosenName"), f.parent().masked());
        assertThat(browser.text(By.id("checkinForm:factorStep"))).contains("手机号码后四位");
        browser.type(By.id("checkinForm:factor"), "0000");
        browser.click(By.id("checkinForm:submit"));
        browser.waitForText(By.id("checkinForm:messages"), "手机号码后四位不正确");
        browser.type(By.id("checkinForm:factor"), f.parent().factor());
        browser.click(By.id("checkinForm:submit"));
        browser.waitForText(By.id("doneMessage"), "签到成功");
        assertThat(browser.text(By.id("doneMessage"))).contains("出勤");
        assertThat(browser.text(By.id("feedbackLater"))).contains("反馈");

        // A student scans the QR code: the page opens on the names.
        browser.driver().manage().deleteAllCookies();
        browser.open(base() + "checkin.xhtml?code=" + code);
        browser.click(By.xpath("//button[normalize-space(.)='" + f.student().masked() + "']"));
        assertThat(browser.text(By.id("checkinForm:factorStep"))).contains("出生年份");
        browser.type(By.id("checkinForm:factor"), "2008");
        browser.click(By.id("checkinForm:submit"));
        browser.waitForText(By.id("doneMessage"), "签到成功");

        // The trainer's records show both present.
        assertThat(CheckInFixture.status(f.sessionId(), f.parent().id())).isEqualTo("PRESENT");
        assertThat(CheckInFixture.status(f.sessionId(), f.student().id())).isEqualTo("PRESENT");
    }
}
