package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.healthedu.account.PasswordHashes;
import org.healthedu.account.Totp;
import org.junit.jupiter.api.Test;

/**
 * The TOTP second factor, end to end: switched on through the API with a code computed here from the key (as an
 * authenticator app would), then signing in through the pages: the password alone signs nobody in, the right code
 * does, a used code is refused, wrong codes are throttled per account; the API refuses the account.
 */
class SecondFactorIT extends AppIT {

    private static final String PASSWORD = "Second-Factor-2026";

    @Test
    void aSecondFactorGuardsTheSignIn() {
        String name = uniqueCode("tf").toLowerCase(Locale.ROOT);
        long id = api("admin").post("api/v1/accounts", "{\"username\":\"" + name + "\",\"displayName\":\"双重 "
                + name + "\",\"role\":\"COORDINATOR\",\"unitId\":" + Db.unitId("JS-WX-YX") + "}").object()
                .getJsonObject("account").getJsonNumber("id").longValue();
        // The owner chose their own password since (the forced change is another page's business).
        Db.update("update account set password_hash = ?, must_change_password = false where id = ?",
                PasswordHashes.hash(PASSWORD.toCharArray()), id);
        Api owner = anonymous().withPassword(name, PASSWORD);

        assertProblem(api("baodong.trainer").post("api/v1/me/second-factor/proposal", null), 403, "error.forbidden");
        JsonObject proposal = owner.post("api/v1/me/second-factor/proposal", null).object();
        String secret = proposal.getString("secret");
        byte[] key = Totp.fromBase32(secret);
        assertThat(key).hasSize(20);
        assertThat(proposal.getString("otpauthUri"))
                .startsWith("otpauth://totp/HealthEdu:" + name + "?secret=" + secret + "&issuer=HealthEdu");
        assertThat(Db.value("select totp_secret from account where id = ?", id)).as("not saved yet").isNull();

        long step = Totp.step(Instant.now());
        assertProblem(owner.put("api/v1/me/second-factor", confirmation(secret, wrongCode(key, step))), 400,
                "accounts.secondFactor.wrongCode", "code");
        assertThat(Db.value("select totp_secret from account where id = ?", id)).isNull();
        Api.Reply enabled = owner.put("api/v1/me/second-factor", confirmation(secret, Totp.code(key, step, 6)));
        assertThat(enabled.status()).as(enabled.toString()).isEqualTo(204);
        byte[] stored = (byte[]) Db.value("select totp_secret from account where id = ?", id);
        assertThat(stored).as("kept encrypted").isNotNull().isNotEqualTo(key);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        assertThat(Db.count("select count(*) from audit_event where kind = 'SECOND_FACTOR_ENABLED' and target_id = ?",
                id)).isEqualTo(1);

        // The API cannot take a code per request: the account is refused there, in words, and a refused request is
        // no sign-in: its address is not remembered as the account's (the requests above, before the second factor
        // was on, were).
        assertThat(knownSources(name)).as("remembered by the API requests before").isOne();
        Db.update("delete from login_source where username = ?", name);
        assertProblem(owner.get("api/v1/me"), 401, "accounts.secondFactor.apiRefused");
        assertThat(knownSources(name)).isZero();

        // Pages: the password alone leads to the code page, and signs nobody in.
        PageClient pages = new PageClient(base());
        HttpResponse<String> codePage = passwordStep(pages, name);
        assertThat(knownSources(name)).as("the password alone is no sign-in").isZero();
        assertThat(pages.get("").statusCode()).isEqualTo(302);
        assertThat(pages.get("").headers().firstValue("Location").orElse("")).contains("/login.xhtml");
        pages.get("login-code.xhtml");

        // The right code (the next step's: the current one was used to switch it on) signs in.
        String code = Totp.code(key, step + 1, 6);
        HttpResponse<String> signedIn = submitCode(pages, code);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        HttpResponse<String> home = pages.follow(signedIn);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"welcome\"");
        // Signed in with the code: the address is known from now on (exempt from the wider throttles for 30 days)
        // and the sign-in recorded, as after a password-only sign-in.
        assertThat(knownSources(name)).as("the address of a second-factor sign-in is remembered").isOne();
        assertThat(Db.count("select count(*) from login_source where username = ? and address = '127.0.0.1' "
                + "and last_success_at > now() - interval '1 minute'", name)).isOne();
        assertThat(Db.count("select count(*) from audit_event where kind = 'LOGIN_SUCCEEDED' and actor_username = ? "
                + "and details->>'secondFactor' = 'true'", name)).isOne();

        // The same code again, on another device: refused as used.
        PageClient other = new PageClient(base());
        passwordStep(other, name);
        HttpResponse<String> replayed = submitCode(other, code);
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(replayed.body()).containsAnyOf("该验证码已使用过", "already used");
        assertThat(other.get("").statusCode()).as("still not signed in").isEqualTo(302);

        // Wrong codes: refused, audited, and after five the account's codes are blocked, even the right one.
        for (int i = 0; i < 4; i++) {
            passwordStep(other, name);
            assertThat(submitCode(other, wrongCode(key, Totp.step(Instant.now()))).body())
                    .containsAnyOf("验证码不正确", "This code is not right");
        }
        passwordStep(other, name);
        assertThat(submitCode(other, wrongCode(key, Totp.step(Instant.now()))).body())
                .containsAnyOf("错误的验证码次数过多", "Too many wrong codes");
        passwordStep(other, name);
        assertThat(submitCode(other, Totp.code(key, Totp.step(Instant.now()) + 1, 6)).body())
                .containsAnyOf("错误的验证码次数过多", "Too many wrong codes");
        assertThat(other.get("").statusCode()).isEqualTo(302);
        assertThat(Db.count("select count(*) from audit_event where kind = 'SECOND_FACTOR_FAILED' and target_id = ?",
                id)).isGreaterThanOrEqualTo(6);
        assertThat(codePage.body()).doesNotContain(secret);
    }

    private static long knownSources(String username) {
        return Db.count("select count(*) from login_source where username = ?", username);
    }

    /** Password step: answered with a redirect to the code page, which is then read. */
    private HttpResponse<String> passwordStep(PageClient pages, String name) {
        pages.get("login.xhtml");
        HttpResponse<String> afterPassword = pages.submit("loginForm", "submit",
                Map.of("username", name, "password", PASSWORD));
        assertThat(afterPassword.statusCode()).as(afterPassword.body()).isEqualTo(302);
        assertThat(afterPassword.headers().firstValue("Location").orElse("")).contains("/login-code.xhtml");
        HttpResponse<String> codePage = pages.follow(afterPassword);
        assertThat(codePage.statusCode()).isEqualTo(200);
        assertThat(codePage.body()).contains("codeForm:code");
        return codePage;
    }

    private static HttpResponse<String> submitCode(PageClient pages, String code) {
        return pages.submit("codeForm", "submit", Map.of("code", code));
    }

    private static String confirmation(String secret, String code) {
        return "{\"secret\":\"" + secret + "\",\"code\":\"" + code + "\"}";
    }

    /** Six digits that are none of the codes around {@code step}. */
    private static String wrongCode(byte[] key, long step) {
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate * 7919 % 1_000_000);
            boolean near = false;
            for (long s = step - 2; s <= step + 2; s++) {
                near |= Totp.code(key, s, 6).equals(code);
            }
            if (!near) {
                return code;
            }
        }
    }
}
