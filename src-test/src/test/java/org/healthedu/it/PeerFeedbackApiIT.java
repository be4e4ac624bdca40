package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The peer sessions' side of the cascade that trainers' sessions already had: the public feedback link (students'
 * form, one response per device, the host's record showing responses and mean satisfaction), no two overlapping
 * sessions of one host and none outside the training project's period, and a plan changed and resubmitted after the
 * supervisor returned it, with the history of what was said.
 */
class PeerFeedbackApiIT extends AppIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @BeforeEach
    @AfterEach
    void clearCounters() {
        Db.update("delete from rate_limit where key like 'feedback:%'");
    }

    private static String plan(String day, String from, String to, String place) {
        return "{\"startsAt\":\"" + day + "T" + from + ":00\",\"endsAt\":\"" + day + "T" + to + ":00\",\"place\":\""
                + place + "\",\"topic\":\"同伴教育：预防艾滋病\",\"expectedAudience\":25}";
    }

    private static List<JsonObject> questions(JsonObject form) {
        List<JsonObject> all = new ArrayList<>();
        form.getJsonObject("form").getJsonArray("sections").forEach(s -> s.asJsonObject().getJsonArray("questions")
                .forEach(q -> all.add(q.asJsonObject())));
        return all;
    }

    /** Every question answered, the 0–10 satisfaction with {@code rating}. */
    private static String answers(JsonObject form, int rating) {
        JsonArrayBuilder answers = Json.createArrayBuilder();
        for (JsonObject q : questions(form)) {
            answers.add(q.getString("kind").equals("RATING10")
                    ? Json.createObjectBuilder().add("questionId", q.getJsonNumber("id").longValue())
                            .add("number", rating)
                    : FeedbackFixture.answer(q, "多一些互动"));
        }
        return Json.createObjectBuilder().add("submissionKey", UUID.randomUUID().toString())
                .add("audience", "STUDENT")
                .add("formVersionId", form.getJsonObject("form").getJsonNumber("versionId").longValue())
                .add("answers", answers).build().toString();
    }

    private static String token(JsonObject link) {
        String url = link.getString("url");
        return url.substring(url.indexOf("?s=") + 3);
    }

    @Test
    void aPeerSessionTakesFeedbackOnTheStudentsFormAndTheHostRecordShowsIt() {
        HostFixture training = HostFixture.create(this, 1);
        // A parents-only default form for the project: a peer session passes over it for the students' template.
        FeedbackFixture.assignForm(training.projectId(), true, false, false);
        HostFixture.Host host = training.host(this, 0);
        String yesterday = LocalDate.now(CHINA).minusDays(1).toString();
        long id = host.api().post("api/v1/peer-sessions", plan(yesterday, "15:00", "16:30", "图书馆报告厅")).id();

        Api.Reply link = host.api().get("api/v1/peer-sessions/" + id + "/feedback-link");
        assertThat(link.status()).as(link.toString()).isEqualTo(200);
        assertThat(link.object().getString("state")).isEqualTo("OPEN");
        assertThat(link.object().getBoolean("open")).isTrue();
        assertThat(api("baodong.trainer").get("api/v1/peer-sessions/" + id + "/feedback-link").string("url"))
                .as("the supervisor sees the same link").isEqualTo(link.string("url"));
        assertProblem(api("guiyang.coord").get("api/v1/peer-sessions/" + id + "/feedback-link"), 403,
                "error.forbidden");
        HttpResponse<byte[]> qr = host.api().download("api/v1/peer-sessions/" + id + "/feedback-link/qr.png");
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");

        String token = token(link.object());
        String device = FeedbackFixture.device();
        Api.Reply shown = FeedbackFixture.get(base(), token, device);
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        JsonObject form = shown.object();
        assertThat(form.getBoolean("peerSession")).isTrue();
        assertThat(form.getString("lessonTitleZh")).isEqualTo("同伴教育：预防艾滋病");
        assertThat(form.getString("audience")).isEqualTo("STUDENT");
        assertThat(form.getJsonObject("form").getString("templateCode")).isEqualTo("POST_SESSION_STUDENTS");
        assertThat(form.toString()).as("no people on the public form").doesNotContain(
                Db.value("select display_name from participant where id = ?", training.person(0)).toString());

        Api.Reply stored = FeedbackFixture.post(base(), token, answers(form, 9), device);
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        assertProblem(FeedbackFixture.post(base(), token, answers(form, 2), device), 409, "feedback.public.already");
        assertProblem(FeedbackFixture.post(base(), token, answers(form, 2).replace("\"audience\"",
                "\"ticket\":\"" + FeedbackFixture.device() + "\",\"audience\""), FeedbackFixture.device()), 409,
                "feedback.public.ticket.invalid");
        assertThat(FeedbackFixture.post(base(), token, answers(form, 6), FeedbackFixture.device()).status())
                .isEqualTo(201);
        assertThat(Db.rows("select session_id, audience from feedback_response where peer_session_id = ?", id))
                .hasSize(2).allSatisfy(row -> assertThat(row).containsExactly(null, "STUDENT"));

        JsonObject record = api("baodong.trainer").get("api/v1/hosts/" + host.id()).object();
        assertThat(record.getInt("feedbackResponses")).isEqualTo(2);
        assertThat(record.getJsonNumber("meanSatisfaction").doubleValue()).isEqualTo(7.5);
        JsonObject listed = host.api().get("api/v1/hosts").object().getJsonArray("items").getJsonObject(0);
        assertThat(listed.getInt("feedbackResponses")).isEqualTo(2);

        // A cancelled session takes no feedback.
        long other = host.api().post("api/v1/peer-sessions", plan(yesterday, "18:00", "19:00", "操场")).id();
        String otherToken = token(host.api().get("api/v1/peer-sessions/" + other + "/feedback-link").object());
        host.api().post("api/v1/peer-sessions/" + other + "/cancel", "{\"reason\":\"下雨\"}");
        assertThat(FeedbackFixture.get(base(), otherToken, device).object().getString("state")).isEqualTo("NOT_ON");
        assertProblem(FeedbackFixture.post(base(), otherToken, answers(form, 5), FeedbackFixture.device()), 409,
                "feedback.public.notOn");
        assertThat(Db.count("select count(*) from feedback_response where peer_session_id = ?", other)).isZero();
    }

    @Test
    void oneHostCannotRunTwoSessionsAtOnceNorOutsideTheProjectPeriod() {
        HostFixture training = HostFixture.create(this, 2);
        HostFixture.Host host = training.host(this, 0);
        long first = host.api().post("api/v1/peer-sessions", plan("2026-10-20", "15:00", "16:30", "A")).id();

        Api.Reply clash = host.api().post("api/v1/peer-sessions", plan("2026-10-20", "16:00", "17:00", "B"));
        assertProblem(clash, 409, "peer.overlap", "startsAt");
        assertThat(clash.body()).contains("2026-10-20 15:00");
        assertProblem(host.api().post("api/v1/peer-sessions", plan("2026-10-20", "14:00", "18:00", "B")), 409,
                "peer.overlap");
        assertProblem(host.api().post("api/v1/peer-sessions", plan("2026-10-20", "16:00", "15:00", "B")), 400,
                "peer.period", "endsAt");
        assertProblem(host.api().post("api/v1/peer-sessions", plan("2027-01-05", "15:00", "16:00", "B")), 400,
                "peer.outsideProject", "startsAt");
        assertProblem(host.api().post("api/v1/peer-sessions", plan("2026-07-10", "15:00", "16:00", "B")), 400,
                "peer.outsideProject", "startsAt");
        assertThat(Db.count("select count(*) from peer_session where host_id = ?", host.id())).isOne();

        assertThat(host.api().post("api/v1/peer-sessions", plan("2026-10-20", "16:30", "17:30", "B")).status())
                .as("back to back is fine").isEqualTo(201);
        HostFixture.Host colleague = training.host(this, 1);
        assertThat(colleague.api().post("api/v1/peer-sessions", plan("2026-10-20", "15:00", "16:30", "C")).status())
                .as("another host at the same time").isEqualTo(201);
        host.api().post("api/v1/peer-sessions/" + first + "/cancel", "{\"reason\":\"改期\"}");
        assertThat(host.api().post("api/v1/peer-sessions", plan("2026-10-20", "15:00", "16:00", "A")).status())
                .as("a cancelled session frees its time").isEqualTo(201);
    }

    @Test
    void aReturnedPlanIsChangedAndResubmittedWithItsHistory() {
        HostFixture training = HostFixture.create(this, 2);
        api("wuxi.coord").put("api/v1/projects/" + training.projectId() + "/cascade-settings",
                "{\"peerApprovalRequired\":true}");
        HostFixture.Host host = training.host(this, 0);
        Api supervisor = api("baodong.trainer");
        long id = host.api().post("api/v1/peer-sessions", plan("2026-10-21", "15:00", "16:30", "教室101")).id();
        long later = host.api().post("api/v1/peer-sessions", plan("2026-10-21", "18:00", "19:00", "教室102")).id();
        String path = "api/v1/peer-sessions/" + id;

        assertThat(supervisor.post(path + "/return", "{\"comment\":\"请补充活动流程\"}").string("status"))
                .isEqualTo("RETURNED");
        HostFixture.Host other = training.host(this, 1);
        assertProblem(other.api().put(path, plan("2026-10-21", "15:00", "16:30", "x")), 403, "error.forbidden");
        assertProblem(supervisor.put(path, plan("2026-10-21", "15:00", "16:30", "x")), 403, "error.forbidden");
        assertProblem(host.api().put(path, plan("2026-10-21", "18:30", "19:30", "教室101")), 409, "peer.overlap");
        assertProblem(host.api().put(path, plan("2026-10-21", "15:00", "16:30", " ")), 400, "peer.place", "place");
        assertThat(Db.value("select status from peer_session where id = ?", id)).isEqualTo("RETURNED");

        Api.Reply changed = host.api().put(path, plan("2026-10-22", "14:00", "15:30", "学生活动中心"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.string("status")).isEqualTo("PLANNED");
        assertThat(changed.string("place")).isEqualTo("学生活动中心");
        assertThat(changed.string("startsAt")).startsWith("2026-10-22T14:00");
        assertThat(host.api().put(path, plan("2026-10-22", "14:00", "16:00", "学生活动中心")).string("status"))
                .as("a planned plan can be changed too").isEqualTo("PLANNED");

        assertThat(supervisor.post(path + "/approve", "{\"comment\":\"很好\"}").string("status"))
                .isEqualTo("APPROVED");
        assertProblem(host.api().put(path, plan("2026-10-22", "14:00", "15:30", "y")), 409, "peer.notEditable");
        supervisor.post("api/v1/peer-sessions/" + later + "/comment", "{\"comment\":\"注意安全\"}");

        JsonArray notes = supervisor.get(path + "/notes").json().asJsonArray();
        assertThat(notes.stream().map(n -> n.asJsonObject().getString("kind")))
                .containsExactly("RETURNED", "RESUBMITTED", "APPROVED");
        assertThat(notes.getJsonObject(0).getString("text")).isEqualTo("请补充活动流程");
        assertThat(notes.getJsonObject(2).getString("text")).isEqualTo("很好");
        assertThat(notes.getJsonObject(1).getString("authorName"))
                .isEqualTo(Db.value("select display_name from participant where id = ?", training.person(0)));
        assertThat(host.api().get(path + "/notes").json().asJsonArray()).hasSize(3);
        assertProblem(other.api().get(path + "/notes"), 403, "error.forbidden");
        assertThat(supervisor.get("api/v1/peer-sessions/" + later + "/notes").json().asJsonArray()).hasSize(1);
    }
}
