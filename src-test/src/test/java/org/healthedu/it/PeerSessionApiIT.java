package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Peer sessions: planned by their host with approved courseware only, approved by the supervisor when the project
 * requires it, attendance by a headcount whose breakdown sums to the total, and nobody else's hands on them.
 */
class PeerSessionApiIT extends AppIT {

    private static String plan(String day, String courseware) {
        return "{\"startsAt\":\"" + day + "T15:00:00\",\"endsAt\":\"" + day + "T16:30:00\",\"place\":\"学生活动中心\","
                + "\"topic\":\"青春期健康同伴教育\",\"expectedAudience\":30"
                + (courseware == null ? "" : ",\"coursewareVersionId\":" + courseware) + "}";
    }

    @Test
    void approvalHeadcountAndCoursewareRules() {
        HostFixture training = HostFixture.create(this, 2);
        Api.Reply setting = api("wuxi.coord").put("api/v1/projects/" + training.projectId() + "/cascade-settings",
                "{\"peerApprovalRequired\":true}");
        assertThat(setting.object().getBoolean("peerApprovalRequired")).as(setting.toString()).isTrue();
        HostFixture.Host host = training.host(this, 0);
        Api supervisor = api("baodong.trainer");

        // Courseware: a draft version is refused, an approved one of the host's site accepted.
        Api.Reply started = api("baodong.lecturer2").post("api/v1/courseware", "{\"projectId\":"
                + training.projectId() + ",\"siteId\":" + training.siteId() + ",\"lessonId\":"
                + training.fixture().lesson(1) + "}");
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        long courseware = started.object().getJsonObject("courseware").getJsonNumber("id").longValue();
        Object draft = Db.value("select latest_version_id from courseware where id = ?", courseware);
        assertProblem(host.api().post("api/v1/peer-sessions", plan("2026-10-08", draft.toString())), 400,
                "peer.coursewareNotApproved", "coursewareVersionId");
        assertProblem(host.api().post("api/v1/peer-sessions", "{\"startsAt\":\"2026-10-08T15:00:00\",\"endsAt\":"
                + "\"2026-10-08T14:00:00\",\"place\":\"x\",\"topic\":\"y\",\"expectedAudience\":3}"), 400,
                "peer.period", "endsAt");
        assertThat(Db.count("select count(*) from peer_session where host_id = ?", host.id())).isZero();
        Db.update("update courseware_version set status = 'APPROVED' where id = ?", draft);

        Api.Reply planned = host.api().post("api/v1/peer-sessions", plan("2026-10-08", draft.toString()));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        long id = planned.id();
        assertThat(planned.string("status")).isEqualTo("PLANNED");
        assertThat(planned.object().getBoolean("approvalRequired")).isTrue();

        String attendance = "api/v1/peer-sessions/" + id + "/attendance";
        assertProblem(host.api().post(attendance, "{\"total\":28}"), 409, "peer.notApproved");

        // Another host, and a coordinator elsewhere, cannot touch it; the supervisor sees it among theirs.
        HostFixture.Host other = training.host(this, 1);
        assertProblem(other.api().get("api/v1/peer-sessions/" + id), 403, "error.forbidden");
        assertProblem(other.api().post("api/v1/peer-sessions/" + id + "/cancel", "{\"reason\":\"x\"}"), 403,
                "error.forbidden");
        assertThat(other.api().get("api/v1/peer-sessions").object().getInt("total")).isZero();
        assertProblem(api("guiyang.coord").get("api/v1/peer-sessions/" + id), 403, "error.forbidden");
        assertProblem(other.api().post("api/v1/peer-sessions/" + id + "/approve", "{}"), 403, "error.forbidden");
        assertProblem(api("jiangnan.lecturer").post("api/v1/peer-sessions/" + id + "/approve", "{}"), 403,
                "error.forbidden");
        assertThat(supervisor.get("api/v1/peer-sessions?view=supervised&limit=200").object().getJsonArray("items")
                .stream().map(i -> i.asJsonObject().getJsonNumber("id").longValue())).contains(id);

        JsonObject approved = supervisor.post("api/v1/peer-sessions/" + id + "/approve",
                "{\"comment\":\"准备充分\"}").object();
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(approved.getString("supervisorComment")).isEqualTo("准备充分");
        assertProblem(supervisor.post("api/v1/peer-sessions/" + id + "/approve", "{}"), 409,
                "peer.notAwaitingApproval");

        assertProblem(host.api().post(attendance, "{\"total\":28,\"female\":20,\"male\":7}"), 400,
                "peer.breakdown", "female");
        assertProblem(host.api().post(attendance, "{\"total\":-1}"), 400, "peer.headcount", "total");
        assertProblem(other.api().post(attendance, "{\"total\":28}"), 403, "error.forbidden");
        assertThat(Db.value("select status from peer_session where id = ?", id)).isEqualTo("APPROVED");

        JsonObject held = host.api().post(attendance, "{\"total\":28,\"female\":20,\"male\":8}").object();
        assertThat(held.getString("status")).isEqualTo("HELD");
        assertThat(held.getInt("headcountTotal")).isEqualTo(28);

        JsonObject commented = supervisor.post("api/v1/peer-sessions/" + id + "/comment",
                "{\"comment\":\"下次可增加互动环节\"}").object();
        assertThat(host.api().get("api/v1/peer-sessions/" + id).object().getString("supervisorComment"))
                .isEqualTo(commented.getString("supervisorComment")).isEqualTo("下次可增加互动环节");
        assertProblem(host.api().post("api/v1/peer-sessions/" + id + "/comment", "{\"comment\":\"x\"}"), 403,
                "error.forbidden");

        JsonObject record = api("wuxi.coord").get("api/v1/hosts/" + host.id()).object();
        assertThat(record.getInt("sessionsHeld")).isEqualTo(1);
        assertThat(record.getInt("peopleReached")).isEqualTo(28);
        assertThat(host.api().get("api/v1/peer-sessions").object().getInt("total")).isOne();
    }

    @Test
    void withoutApprovalTheHostRecordsStraightAwayAndASupervisorReturnsWithAComment() {
        HostFixture training = HostFixture.create(this, 1);
        HostFixture.Host host = training.host(this, 0);
        long first = host.api().post("api/v1/peer-sessions", plan("2026-10-09", null)).id();
        JsonObject held = host.api().post("api/v1/peer-sessions/" + first + "/attendance", "{\"total\":15}")
                .object();
        assertThat(held.getString("status")).isEqualTo("HELD");

        long second = host.api().post("api/v1/peer-sessions", plan("2026-10-10", null)).id();
        assertProblem(api("baodong.trainer").post("api/v1/peer-sessions/" + second + "/return", "{}"), 400,
                "peer.commentRequired", "comment");
        JsonObject returned = api("baodong.trainer").post("api/v1/peer-sessions/" + second + "/return",
                "{\"comment\":\"请补充活动流程\"}").object();
        assertThat(returned.getString("status")).isEqualTo("RETURNED");
        assertProblem(host.api().post("api/v1/peer-sessions/" + second + "/attendance", "{\"total\":3}"), 409,
                "peer.notRecordable");
        JsonObject cancelled = host.api().post("api/v1/peer-sessions/" + second + "/cancel",
                "{\"reason\":\"改期\"}").object();
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
    }
}
