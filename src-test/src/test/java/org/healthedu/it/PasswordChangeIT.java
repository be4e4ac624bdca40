package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The owner changes their password through the API; an administrator's reset forces it before anything else. */
class PasswordChangeIT extends AppIT {

    private static String change(String current, String next) {
        return "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}";
    }

    @Test
    void aNewPasswordMustBeLongUncommonAndNotTheUsername() {
        String user = AuthFixture.account("policy");
        Api api = Api.as(base(), user, AuthFixture.PASSWORD);
        assertProblem(api.post("api/v1/me/password", change(AuthFixture.PASSWORD, "eleven char")), 400,
                "auth.password.tooShort", "newPassword");
        assertThat(api.post("api/v1/me/password", change(AuthFixture.PASSWORD, "eleven char")).string("detail"))
                .isEqualTo("新密码太短：至少需要 12 个字符。");
        assertProblem(api.post("api/v1/me/password", change(AuthFixture.PASSWORD, "MotherFucker")), 400,
                "auth.password.common", "newPassword");
        assertProblem(api.post("api/v1/me/password", change(AuthFixture.PASSWORD, user.toUpperCase())), 400,
                "auth.password.sameAsUsername", "newPassword");
        assertProblem(api.post("api/v1/me/password", change(AuthFixture.PASSWORD, "x".repeat(129))), 400,
                "auth.password.tooLong", "newPassword");
        assertProblem(api.inEnglish().post("api/v1/me/password", change(AuthFixture.PASSWORD,
                AuthFixture.PASSWORD)), 400, "auth.password.sameAsCurrent", "newPassword");
        assertThat(AuthFixture.count("PASSWORD_CHANGE_FAILED", user)).isEqualTo(6);
        assertThat(api.get("api/v1/me").status()).as("nothing changed").isEqualTo(200);
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndCountsTowardTheSignInLimit() {
        String user = AuthFixture.account("wrongcurrent");
        Api api = Api.as(base(), user, AuthFixture.PASSWORD);
        assertProblem(api.post("api/v1/me/password", change("not my password", "a perfectly long password")), 400,
                "auth.password.wrongCurrent", "currentPassword");
        assertThat(Db.value("select count from rate_limit where key = ?", "login:pair:" + user + ":127.0.0.1"))
                .isEqualTo(1);
        assertThat(AuthFixture.count("PASSWORD_CHANGE_FAILED", user)).isEqualTo(1);
        assertThat(AuthFixture.count("LOGIN_FAILED", user)).isEqualTo(1);
        assertThat(api.get("api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void theOwnerChangesThePasswordAndTheOldOneStopsWorking() {
        String user = AuthFixture.account("changes");
        Object before = Db.value("select credentials_changed_at from account where username = ?", user);
        Api.Reply changed = Api.as(base(), user, AuthFixture.PASSWORD).post("api/v1/me/password",
                change(AuthFixture.PASSWORD, "correct horse battery staple"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(Api.as(base(), user, AuthFixture.PASSWORD).get("api/v1/me").status()).isEqualTo(401);
        assertThat(Api.as(base(), user, "correct horse battery staple").get("api/v1/me").status()).isEqualTo(200);
        assertThat((java.sql.Timestamp) Db.value("select credentials_changed_at from account where username = ?",
                user)).isAfter((java.sql.Timestamp) before);
        assertThat(Db.value("select password_hash from account where username = ?", user).toString())
                .startsWith("PBKDF2WithHmacSHA512:210000:");
        assertThat(AuthFixture.count("PASSWORD_CHANGED", user, "127.0.0.1")).isEqualTo(1);
    }

    @Test
    void aForcedChangeLeavesTheApiOnlyMeAndThePasswordChange() {
        String user = AuthFixture.account("apiforced");
        Db.update("update account set must_change_password = true where username = ?", user);
        Api api = Api.as(base(), user, AuthFixture.PASSWORD);
        assertProblem(api.get("api/v1/projects"), 403, "auth.password.mustChange");
        assertProblem(api.get("api/v1/units/roots"), 403, "auth.password.mustChange");
        assertThat(api.get("api/v1/me").status()).isEqualTo(200);
        assertThat(api.post("api/v1/me/password", change(AuthFixture.PASSWORD, "a sentence I will remember"))
                .status()).isEqualTo(204);
        Api renewed = Api.as(base(), user, "a sentence I will remember");
        assertThat(renewed.get("api/v1/projects").status()).isEqualTo(200);
        assertThat(Db.value("select must_change_password from account where username = ?", user)).isEqualTo(false);
    }
}
