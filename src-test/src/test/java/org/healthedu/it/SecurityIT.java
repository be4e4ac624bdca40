package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may do what through the API, and how the platform keeps accounts. */
class SecurityIT extends AppIT {

    @Test
    void healthIsUpWithoutLoginWhenTheDatabaseAnswers() {
        Api.Reply reply = anonymous().get("api/v1/health");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.string("status")).isEqualTo("UP");
        assertThat(reply.object().getJsonObject("checks").getString("database")).isEqualTo("UP");
    }

    @Test
    void theApiWithoutCredentialsAsksForThemWithAProblemBody() {
        Api.Reply reply = anonymous().get("api/v1/units/roots");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic realm=\"HealthEdu\"");
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.string("code")).isEqualTo("error.unauthorized");
        assertThat(reply.string("detail")).isEqualTo("请先登录（用户名和密码）。");
    }

    @Test
    void aWrongPasswordDoesNotLogIn() {
        Api.Reply reply = anonymous().withPassword("yixing.coord", "Demo@2025").get("api/v1/me");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.string("code")).isEqualTo("error.unauthorized");
        assertThat(anonymous().withPassword("nobody", DEMO_PASSWORD).get("api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void theServiceLayerSeesTheSameIdentityAsTheWebLayer() {
        Api.Reply me = api("yixing.coord").get("api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.string("username")).isEqualTo("yixing.coord");
        assertThat(me.string("role")).isEqualTo("COORDINATOR");
        assertThat(me.string("unitNameZh")).isEqualTo("宜兴市计划生育协会");

        assertThat(api("baodong.trainer").get("api/v1/me").string("role")).isEqualTo("TRAINER");
    }

    @Test
    void rolesAllowedOnTheServiceRefusesATrainerAndChangesNothing() {
        long wuxi = Db.unitId("JS-WX");
        String code = uniqueCode("TR");
        Api.Reply reply = api("baodong.trainer").post("api/v1/units",
                "{\"code\":\"" + code + "\",\"nameZh\":\"讲师不能建\",\"kind\":\"COUNTY\",\"parentId\":" + wuxi + "}");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.string("code")).isEqualTo("error.forbidden");
        assertThat(Db.count("select count(*) from organisation_unit where code = ?", code)).isZero();

        Api.Reply observerEdit = api("wuxi.observer").put("api/v1/units/" + wuxi,
                "{\"code\":\"JS-WX\",\"nameZh\":\"改名\",\"kind\":\"CITY\"}");
        assertThat(observerEdit.status()).isEqualTo(403);
        assertThat(Db.value("select name_zh from organisation_unit where id = ?", wuxi)).isEqualTo("无锡市计划生育协会");
    }

    @Test
    void passwordsAreStoredOnlyAsSaltedHashes() {
        List<List<Object>> rows = Db.rows("select username, password_hash from account");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(6);
        for (List<Object> row : rows) {
            String hash = (String) row.get(1);
            // The demo accounts were re-hashed cheaply for the suite's speed, after their stored hashes were checked
            // to have the full cost (FastLogins); every other account must have what the application stores.
            int iterations = FastLogins.REHASHED.contains(row.get(0)) ? FastLogins.TEST_ITERATIONS : 210_000;
            assertThat(hash).as("hash of %s", row.get(0))
                    .startsWith("PBKDF2WithHmacSHA512:" + iterations + ":")
                    .doesNotContain(DEMO_PASSWORD);
        }
        long distinct = Db.count("select count(distinct password_hash) from account");
        assertThat(distinct).as("each account has its own salt").isEqualTo(rows.size());
    }

    @Test
    void pagesAndApiCarryProtectiveHeaders() {
        for (Api.Reply reply : List.of(anonymous().get("login.xhtml"), anonymous().get("api/v1/health"))) {
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("same-origin");
        }
        String cookie = anonymous().get("login.xhtml").header("Set-Cookie");
        assertThat(cookie).contains("JSESSIONID").contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void theOpenApiDescriptionIsServed() {
        Api.Reply reply = anonymous().get("openapi");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("/api/v1/units").contains("/api/v1/sites");
    }

    @Test
    void unknownApiPathsAndBadMethodsAreProblemsNotServerErrors() {
        Api.Reply unknown = api("admin").get("api/v1/nothing-here");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");

        Api.Reply malformed = api("admin").post("api/v1/units", "{not json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.string("code")).isEqualTo("error.malformedBody");

        Api.Reply notANumber = api("admin").get("api/v1/units/abc");
        assertThat(notANumber.status()).isEqualTo(404);
    }
}
