package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Page sessions: a new id at sign-in, ended by a password change elsewhere and after their absolute lifetime. */
class SessionSecurityIT extends AppIT {

    private static final String PAGE = "account/change-password.xhtml";

    @Test
    void signingInGivesTheSessionANewIdAndIsRecorded() {
        String user = AuthFixture.account("session");
        AuthFixture.PageSession browser = new AuthFixture.PageSession(base());
        assertThat(browser.get(PAGE).statusCode()).isEqualTo(302); // to the login page, with a session
        String before = browser.sessionId();
        assertThat(before).isNotNull();
        HttpResponse<String> signedIn = browser.signIn(user, AuthFixture.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/" + PAGE);
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(browser.get(PAGE).body()).contains("修改密码", "当前密码");
        assertThat(AuthFixture.count("LOGIN_SUCCEEDED", user, "127.0.0.1")).isEqualTo(1);
        assertThat(Db.count("select count(*) from login_source where username = ? and address = '127.0.0.1'", user))
                .isEqualTo(1);
    }

    @Test
    void aPasswordChangeEndsEveryOtherSessionButNotTheOneItWasMadeIn() {
        String user = AuthFixture.account("twojars");
        AuthFixture.PageSession phone = new AuthFixture.PageSession(base());
        AuthFixture.PageSession laptop = new AuthFixture.PageSession(base());
        assertThat(phone.signIn(user, AuthFixture.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(laptop.signIn(user, AuthFixture.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(phone.get(PAGE).statusCode()).isEqualTo(200);

        // Typed differently twice: refused, nothing changed.
        HttpResponse<String> mismatch = laptop.submit(PAGE, "passwordForm", "change", Map.of(
                "currentPassword", AuthFixture.PASSWORD, "newPassword", "a new long password one",
                "repeatPassword", "a new long password two"));
        assertThat(mismatch.body()).contains("两次输入的新密码不一致。");
        assertThat(phone.get(PAGE).statusCode()).isEqualTo(200);

        HttpResponse<String> changed = laptop.submit(PAGE, "passwordForm", "change", Map.of(
                "currentPassword", AuthFixture.PASSWORD, "newPassword", "a new long password one",
                "repeatPassword", "a new long password one"));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("密码已修改，其他设备上的登录已退出。");

        assertThat(laptop.get(PAGE).statusCode()).as("the session it was made in").isEqualTo(200);
        HttpResponse<String> ended = phone.get(PAGE);
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElseThrow()).endsWith("/login.xhtml?ended=credentials");
        assertThat(phone.get("login.xhtml?ended=credentials").body())
                .contains("您的账户密码已更改（或账户已停用），为安全起见已退出登录，请重新登录。");
        assertThat(phone.get(PAGE).statusCode()).as("stays signed out").isEqualTo(302);
        assertThat(AuthFixture.count("PASSWORD_CHANGED", user)).isEqualTo(1);
        assertThat(AuthFixture.count("PASSWORD_CHANGE_FAILED", user)).isZero(); // the mismatch never reached it
        assertThat(AuthFixture.count("SESSION_EXPIRED", user)).isEqualTo(1);

        assertThat(Api.as(base(), user, AuthFixture.PASSWORD).get("api/v1/me").status()).isEqualTo(401);
        assertThat(Api.as(base(), user, "a new long password one").get("api/v1/me").status()).isEqualTo(200);
        assertThat(phone.signIn(user, "a new long password one").statusCode()).isEqualTo(302);
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeHoweverBusy() throws InterruptedException {
        String user = AuthFixture.account("lifetime");
        AuthFixture.PageSession browser = new AuthFixture.PageSession(base());
        AuthFixture.serverProperty("healthedu.session.absolute-seconds", "10");
        try {
            assertThat(browser.signIn(user, AuthFixture.PASSWORD).statusCode()).isEqualTo(302);
            long signedInBy = System.nanoTime(); // the recorded sign-in time is before this
            assertThat(browser.get(PAGE).statusCode()).as("within the lifetime").isEqualTo(200);
            long waited = (System.nanoTime() - signedInBy) / 1_000_000;
            Thread.sleep(Math.max(0, 11_000 - waited));
            HttpResponse<String> ended = browser.get(PAGE);
            assertThat(ended.statusCode()).isEqualTo(302);
            assertThat(ended.headers().firstValue("Location").orElseThrow()).endsWith("/login.xhtml?ended=expired");
            assertThat(browser.get("login.xhtml?ended=expired").body())
                    .contains("登录已超过最长时限，为安全起见已退出登录，请重新登录。");
        } finally {
            AuthFixture.serverProperty("healthedu.session.absolute-seconds", null);
        }
        assertThat(browser.signIn(user, AuthFixture.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(browser.get(PAGE).statusCode()).as("the default lifetime again").isEqualTo(200);
    }

    @Test
    void anAccountThatMustChangeItsPasswordIsHeldOnTheChangePage() {
        String user = AuthFixture.account("forced");
        AuthFixture.PageSession browser = new AuthFixture.PageSession(base());
        assertThat(browser.signIn(user, AuthFixture.PASSWORD).statusCode()).isEqualTo(302);
        Db.update("update account set must_change_password = true where username = ?", user);
        for (String page : new String[] {"", "index.xhtml", "project/projects.xhtml", "account/profile.xhtml"}) {
            HttpResponse<String> held = browser.get(page);
            assertThat(held.statusCode()).as(page).isEqualTo(302);
            assertThat(held.headers().firstValue("Location").orElseThrow()).endsWith("/" + PAGE);
        }
        assertThat(browser.get(PAGE).body()).contains("管理员已重置您的密码：请先设置一个新密码，然后才能继续使用。");

        HttpResponse<String> common = browser.submit(PAGE, "passwordForm", "change", Map.of(
                "currentPassword", AuthFixture.PASSWORD, "newPassword", "Unbelievable", "repeatPassword",
                "Unbelievable"));
        assertThat(common.body()).contains("这个密码太常见，很容易被猜到，请换一个。");
        HttpResponse<String> changed = browser.submit(PAGE, "passwordForm", "change", Map.of(
                "currentPassword", AuthFixture.PASSWORD, "newPassword", "我选了一个很长很长的新密码", "repeatPassword",
                "我选了一个很长很长的新密码"));
        assertThat(changed.body()).contains("密码已修改");
        assertThat(browser.get("index.xhtml").statusCode()).isEqualTo(200);
        assertThat(Db.value("select must_change_password from account where username = ?", user)).isEqualTo(false);
    }
}
