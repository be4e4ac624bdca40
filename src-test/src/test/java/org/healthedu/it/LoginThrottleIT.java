package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is held back on both doors without handing an attacker a way to lock an owner out. Wrong
 * passwords come from other loopback addresses (127.0.0.2 and up, real source addresses as the server sees them:
 * it does not trust X-Forwarded-For), so 127.0.0.1, where every other test signs in, never collects failures here.
 */
class LoginThrottleIT extends AppIT {

    private static final String ATTACKER = "127.0.0.2";

    @BeforeEach
    @AfterEach
    void forgetOtherLoopbackSources() {
        Db.update("delete from rate_limit where key like 'login:source:127.0.0.%' and key <> 'login:source:127.0.0.1'");
    }

    @Test
    void wrongPasswordsFromOneAddressAreThrottledThereWhileTheOwnerSignsInElsewhere() {
        String user = AuthFixture.account("throttle");
        for (int i = 0; i < 10; i++) {
            assertThat(AuthFixture.apiFrom(base(), ATTACKER, user, "wrong password " + i, "api/v1/me").status())
                    .isEqualTo(401);
        }
        AuthFixture.Raw limited = AuthFixture.apiFrom(base(), ATTACKER, user, "wrong password 10", "api/v1/me");
        assertThat(limited.status()).as(limited.body()).isEqualTo(429);
        assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(limited.body()).contains("\"code\":\"auth.login.throttled\"", "登录尝试次数过多，请 15 分钟后再试",
                "urn:healthedu:problem:too-many-requests");

        // No oracle: the right password is refused there too, without being checked.
        AuthFixture.Raw right = AuthFixture.apiFrom(base(), ATTACKER, user, AuthFixture.PASSWORD, "api/v1/me");
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.body()).doesNotContain(user);

        // The owner, elsewhere, is not held back: by the API and by the login page.
        Api.Reply owner = Api.as(base(), user, AuthFixture.PASSWORD).get("api/v1/me");
        assertThat(owner.status()).isEqualTo(200);
        assertThat(owner.string("username")).isEqualTo(user);
        AuthFixture.PageSession page = new AuthFixture.PageSession(base());
        assertThat(page.signIn(user, AuthFixture.PASSWORD).statusCode()).isEqualTo(302);

        assertThat(AuthFixture.count("LOGIN_FAILED", user, ATTACKER)).isEqualTo(11);
        assertThat(AuthFixture.count("LOGIN_THROTTLED", user, ATTACKER)).isEqualTo(1);
        assertThat(AuthFixture.count("LOGIN_SUCCEEDED", user, "127.0.0.1")).isEqualTo(1);
        assertThat(AuthFixture.count("ACCOUNT_LOCKED", user)).isZero();

        // The block runs out (made to, here); guessing on from there earns one twice as long.
        Db.update("update rate_limit set blocked_until = now() - interval '1 second' where key = ?",
                "login:pair:" + user + ":" + ATTACKER);
        for (int i = 0; i < 10; i++) {
            assertThat(AuthFixture.apiFrom(base(), ATTACKER, user, "wrong again " + i, "api/v1/me").status())
                    .isEqualTo(401);
        }
        AuthFixture.Raw again = AuthFixture.apiFrom(base(), ATTACKER, user, "wrong again 10", "api/v1/me");
        assertThat(again.status()).isEqualTo(429);
        assertThat(Long.parseLong(again.header("Retry-After"))).isBetween(15 * 60L + 1, 30 * 60L);
        assertThat(again.body()).contains("30 分钟");
    }

    @Test
    void theLoginPageSaysHowLongToWaitAndRefusesEvenTheRightPassword() {
        String user = AuthFixture.account("pagethrottle");
        // Blocked at this address (as ten wrong passwords would leave it), from the page's side.
        Db.update("""
                insert into rate_limit (key, window_start, count, strikes, updated_at, blocked_until)
                values (?, now(), 0, 1, now(), now() + interval '20 minutes')""", "login:pair:" + user + ":127.0.0.1");
        AuthFixture.PageSession page = new AuthFixture.PageSession(base());
        var reply = page.signIn(user, AuthFixture.PASSWORD);
        assertThat(reply.statusCode()).as("to " + reply.headers().firstValue("location").orElse("-")).isEqualTo(200);
        assertThat(reply.body()).contains("登录尝试次数过多，请 20 分钟后再试。");
        assertThat(page.get("account/change-password.xhtml").statusCode()).as("not signed in").isEqualTo(302);
        assertThat(AuthFixture.count("LOGIN_THROTTLED", user, "127.0.0.1")).isEqualTo(1);
        assertThat(AuthFixture.count("LOGIN_SUCCEEDED", user)).isZero();
        Db.update("delete from rate_limit where key = ?", "login:pair:" + user + ":127.0.0.1");
        assertThat(page.signIn(user, AuthFixture.PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void sprayingFromOneAddressIsHeldBackButSparesAccountsThatSignedInThere() {
        String regular = AuthFixture.account("regular");
        String other = AuthFixture.account("other");
        String office = "127.0.0.3";
        assertThat(AuthFixture.apiFrom(base(), office, regular, AuthFixture.PASSWORD, "api/v1/me").status())
                .isEqualTo(200);
        // One hundred wrong passwords to various accounts from the office address (the source limit) ...
        Db.update("""
                insert into rate_limit (key, window_start, count, strikes, updated_at)
                values ('login:source:127.0.0.3', now(), 100, 0, now())""");
        // ... and the next one blocks the address.
        AuthFixture.Raw tripped = AuthFixture.apiFrom(base(), office, "no.such.person", "guess", "api/v1/me");
        assertThat(tripped.status()).isEqualTo(429);
        assertThat(AuthFixture.apiFrom(base(), office, other, AuthFixture.PASSWORD, "api/v1/me").status())
                .as("an account never used there").isEqualTo(429);
        assertThat(AuthFixture.apiFrom(base(), office, regular, AuthFixture.PASSWORD, "api/v1/me").status())
                .as("an account signed in from there before").isEqualTo(200);
        assertThat(Api.as(base(), other, AuthFixture.PASSWORD).get("api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void anAccountLockedByFailuresEverywhereStaysOpenWhereItsOwnerSignsIn() {
        String user = AuthFixture.account("locked");
        String home = "127.0.0.4";
        assertThat(AuthFixture.apiFrom(base(), home, user, AuthFixture.PASSWORD, "api/v1/me").status())
                .isEqualTo(200);
        // One hundred wrong passwords from many addresses within the hour (the account limit) ...
        Db.update("""
                insert into rate_limit (key, window_start, count, strikes, updated_at)
                values (?, now(), 100, 0, now())""", "login:account:" + user);
        // ... and the next one, from yet another, locks the account.
        assertThat(AuthFixture.apiFrom(base(), "127.0.0.5", user, "guess", "api/v1/me").status()).isEqualTo(429);
        assertThat(AuthFixture.count("ACCOUNT_LOCKED", user, "127.0.0.5")).isEqualTo(1);
        assertThat(Db.value("select unit_path from audit_event where kind = 'ACCOUNT_LOCKED' and actor_username = ?",
                user)).isEqualTo(Db.value("select path from organisation_unit where code = 'JS-WX'"));

        AuthFixture.Raw stranger = AuthFixture.apiFrom(base(), "127.0.0.6", user, AuthFixture.PASSWORD,
                "api/v1/me");
        assertThat(stranger.status()).as("the right password from a new address").isEqualTo(429);
        assertThat(Long.parseLong(stranger.header("Retry-After"))).isBetween(50 * 60L, 60 * 60L);
        assertThat(AuthFixture.apiFrom(base(), home, user, AuthFixture.PASSWORD, "api/v1/me").status())
                .as("the owner's usual address").isEqualTo(200);
    }

    @Test
    void successfulApiRequestsWriteNothing() {
        String user = AuthFixture.account("quiet");
        Api api = Api.as(base(), user, AuthFixture.PASSWORD);
        assertThat(api.get("api/v1/me").status()).isEqualTo(200);
        long rateRows = Db.count("select count(*) from rate_limit where key like ?", "login:%" + user + "%");
        Object remembered = Db.value("select last_success_at from login_source where username = ?", user);
        long events = Db.count("select count(*) from audit_event where actor_username = ?", user);
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("api/v1/me").status()).isEqualTo(200);
        }
        assertThat(Db.count("select count(*) from rate_limit where key like ?", "login:%" + user + "%"))
                .isEqualTo(rateRows).isZero();
        assertThat(Db.value("select last_success_at from login_source where username = ?", user))
                .isEqualTo(remembered).isNotNull();
        assertThat(Db.count("select count(*) from audit_event where actor_username = ?", user)).isEqualTo(events);
    }

    @Test
    void aThrottledRequestGetsOneAnswerAndLeavesTheServerLogQuiet() throws Exception {
        String user = AuthFixture.account("quiet");
        String address = "127.0.0.7";
        for (int i = 0; i < 10; i++) {
            assertThat(AuthFixture.apiFrom(base(), address, user, "wrong " + i, "api/v1/me").status()).isEqualTo(401);
        }
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        long from = Files.size(log);
        String basic = "Authorization: Basic " + Base64.getEncoder().encodeToString((user + ":wrong again")
                .getBytes(StandardCharsets.UTF_8)) + "\r\n";
        List<AuthFixture.Raw> throttled = List.of(
                AuthFixture.sendFrom(base(), address, "GET", "api/v1/me", basic, null),
                AuthFixture.sendFrom(base(), address, "POST", "api/v1/me/password", basic,
                        "{\"currentPassword\":\"x\",\"newPassword\":\"" + "y".repeat(5000) + "\"}"));
        for (AuthFixture.Raw reply : throttled) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(429);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(Long.parseLong(reply.header("Retry-After"))).isBetween(1L, 15 * 60L);
            assertThat(reply.body()).contains("\"code\":\"auth.login.throttled\"", "\"status\":429",
                    "登录尝试次数过多").doesNotContain("HTTP/1.1").doesNotContain("<html");
            assertThat(reply.body().split("auth.login.throttled", -1)).as("one problem body").hasSize(2);
        }
        Thread.sleep(500);
        String logged;
        try (var channel = Files.newByteChannel(log)) {
            channel.position(Math.min(from, channel.size()));
            ByteBuffer rest = ByteBuffer.allocate((int) Math.max(0, channel.size() - channel.position()));
            channel.read(rest);
            logged = new String(rest.array(), StandardCharsets.UTF_8);
        }
        assertThat(logged).as("the server log around two throttled requests").doesNotContain("UT010019")
                .doesNotContain("UT005023").doesNotContain("already commit").doesNotContain("RESTEASY")
                .doesNotContain("Exception");
    }
}
