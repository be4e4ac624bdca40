package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Every page works under the Content-Security-Policy: an admin and a trainer open every page of their sidebar, a
 * stranger the public pages, and PrimeFaces' scripts (select menus, dialogs, AJAX buttons) still run, with not one
 * refusal recorded by the browser. Also: a session from a page login opens no door to the API.
 */
class CspJourneyIT extends BrowserIT {

    private final List<String> violations = new ArrayList<>();

    private void visit(String url) {
        browser.open(url);
        assertThat(browser.driver().findElements(By.tagName("body"))).as(url).isNotEmpty();
        violations.addAll(browser.cspViolations());
    }

    /** The sidebar's pages for whoever is signed in (only what the role is shown). */
    private Set<String> sidebar() {
        Set<String> pages = new LinkedHashSet<>();
        for (WebElement link : browser.driver().findElements(By.xpath("//nav[contains(@class,'sidebar')]//a[@href]"))) {
            String href = link.getAttribute("href");
            if (href != null && href.contains(".xhtml")) {
                pages.add(href);
            }
        }
        return pages;
    }

    @Test
    void theAdminOpensEveryPageAndPrimeFacesScriptsRun() throws Exception {
        logIn("admin");
        violations.addAll(browser.cspViolations());
        Set<String> pages = sidebar();
        assertThat(pages).as("the admin's sidebar").hasSizeGreaterThanOrEqualTo(10);
        for (String page : pages) {
            visit(page);
        }

        // A select menu and a dialog opened by an AJAX button's oncomplete: PrimeFaces' own scripts under the nonce.
        visit(base() + "project/projects.xhtml");
        browser.click(By.id("projectsForm:status"));
        browser.find(By.id("projectsForm:status_panel"));
        browser.click(By.id("projectsForm:searchButton"));
        browser.click(By.id("projectsForm:newProject"));
        browser.find(By.xpath("//div[contains(@class,'ui-dialog') and @id='projectDialog']"));
        violations.addAll(browser.cspViolations());
        browser.open(base() + "project/projects.xhtml");
        browser.click(By.id("projectsForm:projects:0:open"));
        browser.find(By.id("main"));
        violations.addAll(browser.cspViolations());

        assertThat(violations).as("Content-Security-Policy refusals").isEmpty();

        // The detector works and the policy is enforced: a script injected without the nonce is refused and seen.
        ((JavascriptExecutor) browser.driver()).executeScript("var s = document.createElement('script');"
                + " s.textContent = 'window.injected = true'; document.body.appendChild(s);");
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.injected === true"))
                .isEqualTo(false);
        assertThat(browser.cspViolations()).as("the injected script's refusal").isNotEmpty();

        // The page login's session cookie, sent alone to the API, is no login there (another site's request would
        // carry exactly that): only Basic credentials count.
        String session = browser.cookie("JSESSIONID");
        assertThat(session).isNotBlank();
        HttpResponse<String> cookieOnly = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                base().resolve("api/v1/me")).timeout(Duration.ofSeconds(30)).header("Cookie", "JSESSIONID=" + session)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(cookieOnly.statusCode()).as(cookieOnly.body()).isEqualTo(401);
        HttpResponse<String> postWithCookie = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                base().resolve("api/v1/units")).timeout(Duration.ofSeconds(30)).header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + uniqueCode("CS") + "\",\"nameZh\":\"跨站\","
                        + "\"kind\":\"COUNTY\",\"parentId\":" + Db.unitId("JS-WX") + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(postWithCookie.statusCode()).isEqualTo(401);
        assertThat(Db.count("select count(*) from organisation_unit where name_zh = '跨站'")).isZero();
    }

    @Test
    void aTrainerOpensEveryPageOfTheSidebar() {
        logIn("baodong.trainer");
        violations.addAll(browser.cspViolations());
        Set<String> pages = sidebar();
        assertThat(pages).as("the trainer's sidebar").hasSizeGreaterThanOrEqualTo(5);
        for (String page : pages) {
            visit(page);
        }
        assertThat(violations).as("Content-Security-Policy refusals").isEmpty();
    }

    @Test
    void thePublicPagesWorkForAStranger() {
        FeedbackFixture feedback = FeedbackFixture.create(this);
        visit(base() + "login.xhtml");
        visit(base() + "checkin.xhtml");
        browser.type(By.id("checkinForm:code"), "000000");
        browser.click(By.id("checkinForm:lookUp"));
        browser.find(By.cssSelector("#checkinForm\\:messages .ui-messages-error"));
        violations.addAll(browser.cspViolations());
        visit(base() + "feedback.xhtml?s=" + feedback.token());
        browser.find(By.id("feedbackForm:session"));
        violations.addAll(browser.cspViolations());
        assertThat(violations).as("Content-Security-Policy refusals").isEmpty();
    }
}
