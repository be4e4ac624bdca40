package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Locale;
import org.healthedu.account.PasswordHashes;
import org.junit.jupiter.api.Test;

/**
 * Account administration through the API: who may create which account where, role and unit changes, deactivation,
 * and a password reset that ends the old password and forces a change; each action in the audit log with the target
 * account's unit path, each refusal translated and changing nothing.
 */
class AccountAdminIT extends AppIT {

    private static String newUsername(String prefix) {
        return uniqueCode(prefix).toLowerCase(Locale.ROOT);
    }

    private static String draft(String username, String role, long unitId) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"测试 " + username + "\",\"role\":\"" + role
                + "\",\"unitId\":" + unitId + "}";
    }

    private static String path(String unitCode) {
        return (String) Db.value("select path from organisation_unit where code = ?", unitCode);
    }

    private static long audits(String kind, long accountId, String unitPath) {
        return Db.count("select count(*) from audit_event where kind = ? and target_type = 'account'"
                + " and target_id = ? and unit_path = ?", kind, accountId, unitPath);
    }

    @Test
    void aCoordinatorCreatesAccountsInTheirSubtreeInRolesUpToTheirOwn() {
        Api wuxi = api("wuxi.coord");
        long yixing = Db.unitId("JS-WX-YX");
        long guiyang = Db.unitId("HN-CZ-GY");
        String name = newUsername("t");

        assertProblem(wuxi.post("api/v1/accounts", draft(name, "ADMIN", yixing)), 403, "accounts.role.notAllowed",
                "role");
        assertProblem(wuxi.post("api/v1/accounts", draft(name, "TRAINER", guiyang)), 403,
                "accounts.unit.outOfScope", "unitId");
        assertProblem(wuxi.post("api/v1/accounts", draft(name, "HOST", yixing)), 400, "accounts.role.host", "role");
        assertProblem(wuxi.post("api/v1/accounts", draft("Bad Name!", "TRAINER", yixing)), 400,
                "accounts.username.invalid", "username");
        assertProblem(wuxi.post("api/v1/accounts", draft("wuxi.observer", "TRAINER", yixing)), 409,
                "accounts.username.taken", "username");
        assertProblem(api("baodong.trainer").post("api/v1/accounts", draft(name, "TRAINER", yixing)), 403,
                "error.forbidden");
        assertThat(Db.count("select count(*) from account where username = ?", name)).as("nothing made").isZero();

        Api.Reply created = wuxi.post("api/v1/accounts", draft(name.toUpperCase(Locale.ROOT), "TRAINER", yixing));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject account = created.object().getJsonObject("account");
        long id = account.getJsonNumber("id").longValue();
        assertThat(account.getString("username")).as("stored in lower case").isEqualTo(name);
        assertThat(account.getString("role")).isEqualTo("TRAINER");
        assertThat(account.getBoolean("mustChangePassword")).isTrue();
        String temporary = created.object().getString("temporaryPassword");
        assertThat(temporary).hasSize(16);
        assertThat(created.body()).doesNotContain("PBKDF2");
        String stored = (String) Db.value("select password_hash from account where id = ?", id);
        assertThat(stored).startsWith("PBKDF2WithHmacSHA512:210000:");
        assertThat(PasswordHashes.matches(temporary.toCharArray(), stored)).isTrue();
        assertThat(Db.value("select must_change_password from account where id = ?", id)).isEqualTo(true);
        assertThat(audits("ACCOUNT_CREATED", id, path("JS-WX-YX"))).isEqualTo(1);
        assertThat((String) Db.value("select details::text from audit_event where kind = 'ACCOUNT_CREATED'"
                + " and target_id = ?", id)).doesNotContain(temporary);
        assertProblem(wuxi.post("api/v1/accounts", draft(name, "OBSERVER", yixing)), 409, "accounts.username.taken",
                "username");

        // Listing: in scope for Wuxi, invisible to Guiyang; filters by text, role, unit and state.
        assertThat(ids(wuxi.get("api/v1/accounts?q=" + name))).containsExactly(id);
        assertThat(ids(wuxi.get("api/v1/accounts?q=" + name + "&role=OBSERVER"))).isEmpty();
        assertThat(ids(wuxi.get("api/v1/accounts?q=" + name + "&unitId=" + yixing + "&active=true")))
                .containsExactly(id);
        assertThat(ids(api("guiyang.coord").get("api/v1/accounts?limit=200"))).doesNotContain(id);
        assertProblem(api("guiyang.coord").get("api/v1/accounts/" + id), 403, "error.forbidden");
        assertProblem(wuxi.get("api/v1/accounts?unitId=" + guiyang), 403, "accounts.unit.outOfScope", "unitId");
        JsonObject page = wuxi.get("api/v1/accounts?limit=2").object();
        assertThat(page.getJsonArray("items")).hasSize(2);
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThan(2);
        assertThat(ids(wuxi.get("api/v1/accounts?limit=200"))).as("admins are out of a coordinator's scope")
                .doesNotContain(accountId("admin"));

        // An admin may create anywhere, any role but HOST.
        Api.Reply byAdmin = api("admin").post("api/v1/accounts", draft(newUsername("c"), "COORDINATOR", guiyang));
        assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(201);
    }

    @Test
    void rolesAndUnitsChangeWithinTheRulesAndAreAudited() {
        Api wuxi = api("wuxi.coord");
        long yixing = Db.unitId("JS-WX-YX");
        long baodong = Db.unitId("JS-WX-YX-YC-BD");
        long id = wuxi.post("api/v1/accounts", draft(newUsername("r"), "TRAINER", yixing)).object()
                .getJsonObject("account").getJsonNumber("id").longValue();

        assertProblem(wuxi.put("api/v1/accounts/" + id, "{\"role\":\"ADMIN\"}"), 403, "accounts.role.notAllowed",
                "role");
        assertProblem(wuxi.put("api/v1/accounts/" + id, "{\"role\":\"HOST\"}"), 400, "accounts.role.host", "role");
        assertProblem(wuxi.put("api/v1/accounts/" + id, "{\"unitId\":" + Db.unitId("HN-CZ-GY") + "}"), 403,
                "accounts.unit.outOfScope", "unitId");
        assertProblem(api("guiyang.coord").put("api/v1/accounts/" + id, "{\"role\":\"OBSERVER\"}"), 403,
                "error.forbidden");
        assertProblem(wuxi.put("api/v1/accounts/" + accountId("wuxi.coord"), "{\"role\":\"TRAINER\"}"), 403,
                "accounts.self", "role");
        assertProblem(wuxi.put("api/v1/accounts/" + accountId("admin"), "{\"role\":\"OBSERVER\"}"), 403,
                "error.forbidden");
        assertThat(Db.value("select role from account where id = ?", id)).as("unchanged").isEqualTo("TRAINER");

        JsonObject changed = wuxi.put("api/v1/accounts/" + id, "{\"role\":\"OBSERVER\",\"unitId\":" + baodong + "}")
                .object();
        assertThat(changed.getString("role")).isEqualTo("OBSERVER");
        assertThat(changed.getJsonNumber("unitId").longValue()).isEqualTo(baodong);
        String baodongPath = path("JS-WX-YX-YC-BD");
        assertThat(audits("ROLE_CHANGED", id, baodongPath)).isEqualTo(1);
        assertThat(Db.value("select details->>'from' || '>' || (details->>'to') from audit_event"
                + " where kind = 'ROLE_CHANGED' and target_id = ?", id)).isEqualTo("TRAINER>OBSERVER");
        assertThat(Db.value("select (details->>'fromUnitId') || '>' || (details->>'toUnitId') from audit_event"
                + " where kind = 'SCOPE_CHANGED' and target_id = ? and unit_path = ?", id, baodongPath))
                .isEqualTo(yixing + ">" + baodong);
        assertThat(Db.value("select actor_username from audit_event where kind = 'ROLE_CHANGED' and target_id = ?",
                id)).isEqualTo("wuxi.coord");
    }

    @Test
    void deactivationAndAPasswordResetEndTheOldWayIn() {
        Api wuxi = api("wuxi.coord");
        String name = newUsername("d");
        long id = wuxi.post("api/v1/accounts", draft(name, "TRAINER", Db.unitId("JS-WX-YX"))).object()
                .getJsonObject("account").getJsonNumber("id").longValue();
        // The owner has chosen their own password since (as the password-change page would do).
        String own = "Own-Pass-2026-xyz";
        Db.update("update account set password_hash = ?, must_change_password = false where id = ?",
                PasswordHashes.hash(own.toCharArray()), id);
        Api owner = anonymous().withPassword(name, own);
        assertThat(owner.get("api/v1/me").status()).isEqualTo(200);

        assertProblem(wuxi.post("api/v1/accounts/" + accountId("wuxi.coord") + "/deactivate", null), 403,
                "accounts.self");
        assertProblem(api("guiyang.coord").post("api/v1/accounts/" + id + "/deactivate", null), 403,
                "error.forbidden");
        assertThat(wuxi.post("api/v1/accounts/" + id + "/deactivate", null).object().getBoolean("active")).isFalse();
        assertThat(owner.get("api/v1/me").status()).as("a deactivated account cannot sign in").isEqualTo(401);
        assertThat(ids(wuxi.get("api/v1/accounts?q=" + name + "&active=false"))).containsExactly(id);
        assertThat(wuxi.post("api/v1/accounts/" + id + "/reactivate", null).object().getBoolean("active")).isTrue();
        assertThat(owner.get("api/v1/me").status()).isEqualTo(200);
        String path = path("JS-WX-YX");
        assertThat(audits("ACCOUNT_DEACTIVATED", id, path)).isEqualTo(1);
        assertThat(audits("ACCOUNT_REACTIVATED", id, path)).isEqualTo(1);

        Object before = Db.value("select credentials_changed_at from account where id = ?", id);
        assertProblem(api("guiyang.coord").post("api/v1/accounts/" + id + "/password-reset", null), 403,
                "error.forbidden");
        assertProblem(wuxi.post("api/v1/accounts/" + accountId("wuxi.coord") + "/password-reset", null), 403,
                "accounts.self");
        Api.Reply reset = wuxi.post("api/v1/accounts/" + id + "/password-reset", null);
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        String temporary = reset.object().getString("temporaryPassword");
        assertThat(owner.get("api/v1/me").status()).as("the old password no longer works").isEqualTo(401);
        assertThat(Db.value("select must_change_password from account where id = ?", id)).isEqualTo(true);
        assertThat(Db.count("select count(*) from account where id = ? and credentials_changed_at > ?", id, before))
                .as("sessions signed in before end").isEqualTo(1);
        assertThat(PasswordHashes.matches(temporary.toCharArray(),
                (String) Db.value("select password_hash from account where id = ?", id))).isTrue();
        assertThat(audits("PASSWORD_RESET", id, path)).isEqualTo(1);
        assertThat(Db.count("select count(*) from audit_event where target_id = ? and details::text like ?", id,
                "%" + temporary + "%")).as("no password in the log").isZero();
    }

    private static long accountId(String username) {
        return ((Number) Db.value("select id from account where username = ?", username)).longValue();
    }

    private static java.util.List<Long> ids(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object().getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getJsonNumber("id").longValue()).toList();
    }
}
