package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.healthedu.account.PasswordHashes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An administrator creates a trainer's account and is shown its temporary password once, to copy. */
class AccountAdminJourneyIT extends BrowserIT {

    @Test
    void anAdminCreatesATrainerAndSeesTheTemporaryPasswordOnce() {
        String name = uniqueCode("jt").toLowerCase(Locale.ROOT);
        logIn("admin");
        browser.click(By.id("navForm:navAccounts"));
        browser.find(By.id("accountsForm:accounts"));
        browser.click(By.id("accountsForm:newAccount"));
        browser.type(By.id("createForm:username"), name);
        browser.type(By.id("createForm:displayName"), "旅程讲师");
        browser.choose("createForm:role", "讲师");
        browser.pick(By.id("createForm:unitId_input"), "JS-WX-YX", "(JS-WX-YX)");
        browser.click(By.id("createForm:create"));

        String shown = browser.find(By.id("passwordForm:temporaryPassword")).getAttribute("value");
        assertThat(shown).hasSize(16);
        assertThat(browser.text(By.id("issuedUsername"))).isEqualTo(name);
        assertThat(browser.find(By.id("passwordForm:copy")).isDisplayed()).isTrue();
        String stored = (String) Db.value("select password_hash from account where username = ?", name);
        assertThat(PasswordHashes.matches(shown.toCharArray(), stored)).as("the password shown is the one set")
                .isTrue();
        assertThat(Db.value("select role from account where username = ?", name)).isEqualTo("TRAINER");
        assertThat(Db.value("select must_change_password from account where username = ?", name)).isEqualTo(true);

        browser.click(By.id("passwordForm:done"));
        assertThat(browser.driver().findElements(By.id("passwordForm:temporaryPassword")))
                .as("shown once: gone when the dialog is closed").isEmpty();
        browser.type(By.id("accountsForm:searchText"), name);
        browser.click(By.id("accountsForm:searchButton"));
        browser.waitForText(By.id("accountsForm:accounts"), name);
        assertThat(browser.text(By.id("accountsForm:accounts"))).contains("旅程讲师").contains("须修改密码")
                .doesNotContain(shown);
    }
}
