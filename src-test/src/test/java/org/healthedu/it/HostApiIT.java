package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Host certification: only after the host training was completed by the project's rule, never for anyone who could be
 * under 18, once per site, within the certifier's scope; an invitation makes a HOST account that sees its own peer
 * sessions and nothing of the trainers' pages; revoking ends the account.
 */
class HostApiIT extends AppIT {

    @Test
    void certificationFollowsCompletionAgeAndTheHostTrainingFlag() {
        HostFixture training = HostFixture.create(this, 3);
        Api wuxi = api("wuxi.coord");
        // Second person: one lesson only. Third: completed, but could be 17 today whatever the date.
        Marks.mark(training.sessions().get(0), training.person(1), "PRESENT");
        for (long session : training.sessions()) {
            Marks.mark(session, training.person(2), "PRESENT");
        }
        int possiblyMinor = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 18;
        Db.update("update participant set kind = 'STUDENT', birth_year = ? where id = ?", possiblyMinor,
                training.person(2));

        String settings = "api/v1/projects/" + training.projectId() + "/cascade-settings";
        assertThat(wuxi.put(settings, "{\"hostTraining\":false}").object().getBoolean("hostTraining")).isFalse();
        assertProblem(wuxi.post("api/v1/hosts", training.certifyJson(training.person(0))), 400,
                "host.notHostTraining", "projectId");
        assertProblem(api("guiyang.coord").put(settings, "{\"hostTraining\":true}"), 403, "error.forbidden");
        assertProblem(api("baodong.trainer").put(settings, "{\"hostTraining\":true}"), 403, "error.forbidden");
        JsonObject changed = wuxi.put(settings, "{\"hostTraining\":true}").object();
        assertThat(changed.getBoolean("hostTraining")).isTrue();
        assertThat(changed.getBoolean("peerApprovalRequired")).as("left as it was").isFalse();

        assertProblem(wuxi.post("api/v1/hosts", training.certifyJson(training.person(1))), 409,
                "host.notCompleted", "participantId");
        assertProblem(wuxi.post("api/v1/hosts", training.certifyJson(training.person(2))), 400, "host.underAge",
                "participantId");
        assertProblem(api("guiyang.coord").post("api/v1/hosts", training.certifyJson(training.person(0))), 403,
                "error.forbidden");
        assertProblem(api("wuxi.observer").post("api/v1/hosts", training.certifyJson(training.person(0))), 403,
                "error.forbidden");
        assertProblem(wuxi.post("api/v1/hosts", "{\"participantId\":" + training.person(0) + ",\"projectId\":"
                + training.projectId() + ",\"siteId\":" + training.siteId() + "}"), 400, "host.supervisorRequired",
                "supervisorAccountId");
        assertThat(Db.count("select count(*) from peer_host where participant_id in (?, ?, ?)", training.person(0),
                training.person(1), training.person(2))).as("nothing certified by a refusal").isZero();

        Api.Reply certified = wuxi.post("api/v1/hosts", training.certifyJson(training.person(0)));
        assertThat(certified.status()).as(certified.toString()).isEqualTo(201);
        JsonObject host = certified.object();
        assertThat(host.getString("supervisorName")).isNotBlank();
        assertThat(host.get("username")).isIn(null, JsonValue.NULL);
        assertProblem(wuxi.post("api/v1/hosts", training.certifyJson(training.person(0))), 409,
                "host.alreadyCertified", "participantId");

        // The record names the trainer who led the host's training.
        JsonObject record = api("baodong.trainer").get("api/v1/hosts/" + certified.id()).object();
        assertThat(record.getString("trainerName")).isEqualTo(Db.value(
                "select display_name from account where username = 'baodong.trainer'"));
        assertThat(record.getInt("sessionsHeld")).isZero();

        // Guiyang sees nothing of Wuxi's hosts.
        assertProblem(api("guiyang.coord").get("api/v1/hosts/" + certified.id()), 403, "error.forbidden");
        assertThat(api("guiyang.coord").get("api/v1/hosts?limit=200").object().getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getJsonNumber("id").longValue())).doesNotContain(certified.id());
        assertThat(wuxi.get("api/v1/hosts?limit=200").object().getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getJsonNumber("id").longValue())).contains(certified.id());
        assertProblem(api("guiyang.coord").post("api/v1/hosts/" + certified.id() + "/invitations", null), 403,
                "error.forbidden");
    }

    @Test
    void theDemoHostsAndTheirRecords() {
        Api host = api("jiangnan.host");
        assertThat(host.get("api/v1/me").object().getString("role")).isEqualTo("HOST");
        JsonObject sessions = host.get("api/v1/peer-sessions").object();
        assertThat(sessions.getInt("total")).isEqualTo(4);
        JsonObject record = api("jiangnan.lecturer").get("api/v1/hosts?current=true&limit=200").object()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(h -> "jiangnan.host".equals(h.getString("username", null))).findFirst().orElseThrow();
        assertThat(record.getInt("sessionsHeld")).isEqualTo(3);
        assertThat(record.getInt("peopleReached")).as("38 + 52 + 76").isEqualTo(166);
        assertThat(api("wxit.lecturer").get("api/v1/hosts?limit=200").object().getJsonArray("items").stream()
                .map(h -> h.asJsonObject().getString("siteNameZh"))).isNotEmpty().containsOnly("无锡职业技术学院");
        assertProblem(api("wxit.host").get("api/v1/hosts/" + record.getJsonNumber("id").longValue()), 403,
                "error.forbidden");
    }

    @Test
    void anInvitationMakesAHostAccountThatSeesOnlyItsOwn() {
        HostFixture training = HostFixture.create(this, 1);
        Api wuxi = api("wuxi.coord");
        long hostId = wuxi.post("api/v1/hosts", training.certifyJson(training.person(0))).id();
        Api.Reply invitation = wuxi.post("api/v1/hosts/" + hostId + "/invitations", null);
        assertThat(invitation.status()).as(invitation.toString()).isEqualTo(201);
        String token = invitation.string("token");
        assertThat(invitation.string("url")).endsWith("cascade/accept.xhtml?token=" + token);
        assertThat(Db.count("select count(*) from host_invitation where token_hash = ?", token))
                .as("the token itself is not stored").isZero();
        assertThat(Db.count("select count(*) from host_invitation where host_id = ? and token_hash ="
                + " encode(sha256(convert_to(?, 'UTF8')), 'hex') and expires_at > now() + interval '6 days'",
                hostId, token)).as("its SHA-256, valid a week").isOne();

        String username = "host" + Long.toString(System.nanoTime(), 36);
        String accept = "api/v1/host-invitations/" + token;
        assertProblem(anonymous().post(accept, "{\"username\":\"" + username + "\",\"password\":\"short\"}"), 400,
                "host.password", "password");
        assertProblem(anonymous().post(accept, "{\"username\":\"wuxi.coord\",\"password\":\"" + HostFixture.PASSWORD
                + "\"}"), 409, "host.usernameTaken", "username");
        assertProblem(anonymous().post("api/v1/host-invitations/not-a-token", "{\"username\":\"" + username
                + "\",\"password\":\"" + HostFixture.PASSWORD + "\"}"), 400, "host.invitationInvalid", "token");
        Api.Reply accepted = anonymous().post(accept, "{\"username\":\"" + username + "\",\"password\":\""
                + HostFixture.PASSWORD + "\"}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertProblem(anonymous().post(accept, "{\"username\":\"" + username + "x\",\"password\":\""
                + HostFixture.PASSWORD + "\"}"), 400, "host.invitationInvalid", "token");

        Api host = anonymous().withPassword(username, HostFixture.PASSWORD);
        JsonObject me = host.get("api/v1/me").object();
        assertThat(me.getString("role")).isEqualTo("HOST");
        assertThat(host.get("api/v1/hosts/" + hostId).object().getString("username")).isEqualTo(username);
        assertThat(host.get("api/v1/peer-sessions").object().getInt("total")).isZero();
        // Least privilege: none of the trainers' or coordinators' resources.
        assertThat(host.get("api/v1/participants").status()).isEqualTo(403);
        assertThat(host.get("api/v1/batches/" + training.fixture().batchId() + "/completion").status())
                .isEqualTo(403);
        assertProblem(host.post("api/v1/hosts", training.certifyJson(training.person(0))), 403, "error.forbidden");
        assertProblem(wuxi.post("api/v1/hosts/" + hostId + "/invitations", null), 409, "host.hasAccount");

        // Revoked: kept as history, and the account no longer signs in.
        JsonObject revoked = wuxi.post("api/v1/hosts/" + hostId + "/revoke", null).object();
        assertThat(revoked.getString("revokedAt")).isNotBlank();
        assertThat(host.get("api/v1/me").status()).isEqualTo(401);
        assertThat(Db.count("select count(*) from peer_host where id = ?", hostId)).isOne();
    }
}
