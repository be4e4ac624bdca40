package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public feedback form through its REST API (no account): a full anonymous response, one response per submission
 * key and per device or ticket, every kind of bad input refused with nothing stored, the window and cancelled
 * sessions, the size limit, and the trainer's side (link, QR code, sign-in sheet). Every request here comes from
 * 127.0.0.1, so each test starts with that address's feedback counters cleared.
 */
class FeedbackSubmitApiIT extends AppIT {

    private static final String SCRIPT = "<script>alert('x')</script> & <b>太长了</b> \"引号\"";

    @BeforeEach
    @AfterEach
    void clearCounters() {
        Db.update("delete from rate_limit where key like 'feedback:%' or key like 'checkin:ip%'");
    }

    @Test
    void aFullResponseIsStoredAsTypedWithNoParticipant() {
        FeedbackFixture f = FeedbackFixture.create(this);
        JsonObject form = f.form();
        assertThat(form.getString("state")).isEqualTo("OPEN");
        assertThat(form.getString("lessonTitleZh")).isEqualTo(CheckInFixture.LESSON_TITLE);
        assertThat(form.getString("audience")).isEqualTo("PARENT");
        assertThat(f.questions()).hasSize(6);
        assertThat(form.toString()).as("no people on the public form")
                .doesNotContain(f.checkIn().parent().name(), f.checkIn().student().name());

        String device = FeedbackFixture.device();
        Api.Reply stored = f.submit(this, f.body(f.fullAnswers(SCRIPT)), device);
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        assertThat(stored.string("message")).contains("谢谢");
        assertThat(stored.header("Set-Cookie")).as("the device had its cookie").isNull();

        assertThat(Db.rows("select audience, participant_id, left(respondent_key, 2) from feedback_response"
                + " where session_id = ?", f.sessionId())).containsExactly(Arrays.asList("PARENT", null, "d:"));
        assertThat(f.answers()).as("6 questions, two topics chosen").isEqualTo(7);
        assertThat(Db.value("select a.text_value from feedback_answer a join feedback_response r"
                + " on r.id = a.response_id where r.session_id = ? and a.text_value is not null", f.sessionId()))
                .isEqualTo(SCRIPT);

        Api.Reply fresh = FeedbackFixture.get(base(), f.token(), null);
        assertThat(fresh.header("Set-Cookie")).as("a device without a cookie gets one")
                .contains(FeedbackFixture.DEVICE_COOKIE + "=").contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void theSameSubmissionTwiceStoresOneAndTheSameDeviceCannotAnswerAgain() throws Exception {
        FeedbackFixture f = FeedbackFixture.create(this);
        String device = FeedbackFixture.device();
        String body = f.body(f.fullAnswers("第一次"));
        Api.Reply first = f.submit(this, body, device);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        Api.Reply again = f.submit(this, body, device);
        assertThat(again.status()).as("a resend finds the first: " + again).isEqualTo(200);
        assertThat(again.object().getBoolean("repeated")).isTrue();
        assertThat(again.string("submittedAt")).isEqualTo(first.string("submittedAt"));
        assertThat(f.responses()).isEqualTo(1);
        assertThat(f.answers()).isEqualTo(7);

        Api.Reply secondForm = f.submit(this, f.body(f.fullAnswers("第二次")), device);
        AppIT.assertProblem(secondForm, 409, "feedback.public.already");
        assertThat(f.responses()).isEqualTo(1);

        // A double tap on another phone: both requests at once, one response.
        String other = FeedbackFixture.device();
        String tapped = f.body(f.fullAnswers("双击"));
        CompletableFuture<Api.Reply> a = CompletableFuture.supplyAsync(() -> f.submit(this, tapped, other));
        CompletableFuture<Api.Reply> b = CompletableFuture.supplyAsync(() -> f.submit(this, tapped, other));
        List<Integer> statuses = List.of(a.get().status(), b.get().status());
        assertThat(statuses).as(a.get() + " / " + b.get()).containsExactlyInAnyOrder(200, 201);
        assertThat(f.responses()).isEqualTo(2);
        assertThat(f.answers()).isEqualTo(14);
    }

    @Test
    void theTicketFromCheckInAnswersOnce() {
        Db.update("delete from rate_limit where key like 'checkin:ip%'");
        CheckInFixture c = CheckInFixture.create(this, -5);
        FeedbackFixture f = FeedbackFixture.of(this, c, c.sessionId());
        Api.Reply done = CheckInFixture.checkIn(anonymous(), c.code(this), c.parent(), c.parent().factor());
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        String url = done.string("feedbackUrl");
        assertThat(url).contains("/feedback.xhtml?s=" + f.token() + "&t=");
        String ticket = url.substring(url.indexOf("&t=") + 3);
        assertThat(Db.count("select count(*) from feedback_ticket where session_id = ? and participant_id is null"
                + " and not used", c.sessionId())).as("anonymous form: the ticket knows no one").isEqualTo(1);
        assertThat(Db.count("select count(*) from feedback_ticket where token_hash = ?", ticket))
                .as("only its hash is stored").isZero();

        Api.Reply stored = f.submit(this, f.body(UUID.randomUUID().toString(), f.fullAnswers("票"), ticket),
                FeedbackFixture.device());
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        assertThat(Db.rows("select left(respondent_key, 2), participant_id from feedback_response"
                + " where session_id = ?", c.sessionId())).containsExactly(Arrays.asList("t:", null));

        Api.Reply reused = f.submit(this, f.body(UUID.randomUUID().toString(), f.fullAnswers("再来"), ticket),
                FeedbackFixture.device());
        AppIT.assertProblem(reused, 409, "feedback.public.already");
        Api.Reply foreign = f.submit(this, f.body(UUID.randomUUID().toString(), f.fullAnswers("假票"),
                FeedbackFixture.device()), FeedbackFixture.device());
        AppIT.assertProblem(foreign, 409, "feedback.public.ticket.invalid", "ticket");
        assertThat(f.responses()).isEqualTo(1);
    }

    @Test
    void badAnswersAreRefusedAndNothingIsStored() {
        FeedbackFixture f = FeedbackFixture.create(this);
        JsonObject single = f.question("SINGLE_CHOICE");
        JsonObject multiple = f.question("MULTIPLE_CHOICE");
        String device = FeedbackFixture.device();

        JsonArrayBuilder missing = Json.createArrayBuilder();
        f.questions().stream().filter(q -> !q.getString("kind").equals("RATING10"))
                .forEach(q -> missing.add(FeedbackFixture.answer(q, "好")));
        refused(f, () -> f.submit(this, f.body(missing), device), 400, "feedback.public.required");
        refused(f, () -> f.submit(this, f.body(f.answersWith("LIKERT5", a -> a.add("number", 6))), device), 400,
                "feedback.public.scale.range");
        refused(f, () -> f.submit(this, f.body(f.answersWith("RATING10", a -> a.add("number", -1))), device), 400,
                "feedback.public.scale.range");
        refused(f, () -> f.submit(this, f.body(f.answersWith("SINGLE_CHOICE", a -> a.add("choiceIds",
                Json.createArrayBuilder().add(FeedbackFixture.choice(multiple, 0))))), device), 400,
                "feedback.public.choice.unknown");
        refused(f, () -> f.submit(this, f.body(f.answersWith("SINGLE_CHOICE", a -> a.add("choiceIds",
                Json.createArrayBuilder().add(FeedbackFixture.choice(single, 0))
                        .add(FeedbackFixture.choice(single, 1))))), device), 400, "feedback.public.choice.one");
        String tooLong = "长".repeat(2001);
        refused(f, () -> f.submit(this, f.body(f.answersWith("LONG_TEXT", a -> a.add("text", tooLong))), device), 400,
                "feedback.public.text.tooLong");
        refused(f, () -> f.submit(this, f.body(f.fullAnswers("好").add(Json.createObjectBuilder()
                .add("questionId", 999_999_999L).add("number", 3))), device), 400,
                "feedback.public.question.unknown");
        String tampered = f.token().substring(1) + "x";
        refused(f, () -> FeedbackFixture.post(base(), tampered, f.body(f.fullAnswers("好")), device),
                404, "feedback.public.unknownLink");
        refused(f, () -> f.submit(this, f.body(f.fullAnswers("好")).replace("\"formVersionId\":" + f.versionId(),
                "\"formVersionId\":" + (f.versionId() + 1)), device), 409, "feedback.public.formChanged");
        refused(f, () -> f.submit(this, f.body("not-a-uuid", f.fullAnswers("好"), null), device), 400,
                "feedback.public.submissionKey.invalid");
        refused(f, () -> f.submit(this, "{\"answers\":", device), 400, "error.malformedBody");

        assertThat(f.submit(this, f.body(f.fullAnswers("好")), device).status()).as("the same device, valid now")
                .isEqualTo(201);
    }

    @Test
    void closedWindowsAndCancelledSessionsAreRefused() {
        CheckInFixture c = CheckInFixture.create(this, -9 * 24 * 60);
        FeedbackFixture closed = FeedbackFixture.of(this, c, c.sessionId());
        assertThat(closed.form().getString("state")).isEqualTo("CLOSED");
        assertThat(closed.form().get("form")).as("no questions once closed")
                .isIn(null, jakarta.json.JsonValue.NULL);
        Api.Reply late = FeedbackFixture.post(base(), closed.token(), "{\"submissionKey\":\"" + UUID.randomUUID()
                + "\",\"audience\":\"PARENT\",\"answers\":[]}", FeedbackFixture.device());
        refused(closed, () -> late, 409, "feedback.public.closed");
        assertThat(closed.responses()).isZero();
        assertThat(late.string("detail")).contains(closed.form().getString("opensAt").substring(0, 10));

        long cancelledId = c.plan(this, -60);
        FeedbackFixture cancelled = FeedbackFixture.of(this, c, cancelledId);
        Db.update("update training_session set status = 'CANCELLED', status_reason = '下雨' where id = ?",
                cancelledId);
        Api.Reply off = cancelled.submit(this, cancelled.body(cancelled.fullAnswers("好")), FeedbackFixture.device());
        refused(cancelled, () -> off, 409, "feedback.public.notOn");
        assertThat(off.string("detail")).contains("已取消");
        assertThat(cancelled.responses()).isZero();

        long laterId = c.plan(this, 2 * 24 * 60);
        FeedbackFixture later = FeedbackFixture.of(this, c, laterId);
        assertThat(later.form().getString("state")).isEqualTo("NOT_YET");
        refused(later, () -> FeedbackFixture.post(base(), later.token(), "{\"submissionKey\":\"" + UUID.randomUUID()
                + "\",\"audience\":\"PARENT\",\"answers\":[]}", FeedbackFixture.device()), 409,
                "feedback.public.notOpenYet");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        FeedbackFixture f = FeedbackFixture.create(this);
        Api.Reply big = f.submit(this, f.body(f.answersWith("LONG_TEXT", a -> a.add("text", "x".repeat(70_000)))),
                FeedbackFixture.device());
        assertThat(big.status()).as(big.toString()).isEqualTo(413);
        assertThat(big.header("Content-Type")).startsWith("application/problem+json");
        assertThat(big.string("code")).isEqualTo("feedback.public.tooLarge");
        assertThat(f.responses()).isZero();
    }

    @Test
    void whoeverSeesTheSessionGetsItsLinkQrCodeAndSheet() throws Exception {
        FeedbackFixture f = FeedbackFixture.create(this);
        Api.Reply link = api("baodong.trainer").get("api/v1/sessions/" + f.sessionId() + "/feedback-link");
        assertThat(link.string("url")).matches(".*/feedback\\.xhtml\\?s=[A-Za-z0-9_-]{22}");
        assertThat(link.string("state")).isEqualTo("OPEN");
        assertThat(link.object().getBoolean("open")).isTrue();
        assertThat(api("wuxi.coord").get("api/v1/sessions/" + f.sessionId() + "/feedback-link").string("url"))
                .as("one link per session").isEqualTo(link.string("url"));
        assertThat(api("guiyang.coord").get("api/v1/sessions/" + f.sessionId() + "/feedback-link").status())
                .as("another county's coordinator").isEqualTo(403);
        assertThat(anonymous().get("api/v1/sessions/" + f.sessionId() + "/feedback-link").status()).isEqualTo(401);

        HttpResponse<byte[]> qr = api("baodong.trainer").download("api/v1/sessions/" + f.sessionId()
                + "/feedback-link/qr.png");
        assertThat(qr.statusCode()).isEqualTo(200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.body()));
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(300);

        HttpResponse<byte[]> sheet = api("baodong.trainer").download("api/v1/sessions/" + f.sessionId()
                + "/signin-sheet.pdf");
        assertThat(sheet.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(sheet.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("课后反馈").contains(f.token());
        }
    }

    @Test
    void aFormForParentsAndStudentsAsksEachTheirQuestions() {
        CheckInFixture c = CheckInFixture.create(this, -30);
        long[] q = FeedbackFixture.assignForm(c.batch().projectId(), true, true, false);
        FeedbackFixture f = FeedbackFixture.of(this, c, c.sessionId());
        assertThat(f.form().containsKey("audience")).as("nobody chose yet").isFalse();
        assertThat(f.questions()).hasSize(3);
        Api.Reply students = FeedbackFixture.get(base(), f.token() + "?audience=STUDENT", null);
        assertThat(students.object().getJsonObject("form").getJsonArray("sections").getJsonObject(0)
                .getJsonArray("questions").stream().map(x -> x.asJsonObject().getJsonNumber("id").longValue()))
                .containsExactly(q[0], q[2]);

        String device = FeedbackFixture.device();
        String noAudience = "{\"submissionKey\":\"" + UUID.randomUUID() + "\",\"answers\":[{\"questionId\":" + q[0]
                + ",\"number\":4}]}";
        refused(f, () -> f.submit(this, noAudience, device), 400, "feedback.public.audience.required");
        String studentRating = "{\"submissionKey\":\"" + UUID.randomUUID() + "\",\"audience\":\"STUDENT\","
                + "\"answers\":[{\"questionId\":" + q[0] + ",\"number\":4},{\"questionId\":" + q[1]
                + ",\"number\":9}]}";
        refused(f, () -> f.submit(this, studentRating, device), 400, "feedback.public.question.unknown");
        String parentWithoutRating = studentRating.replace("STUDENT", "PARENT").replace(",{\"questionId\":" + q[1]
                + ",\"number\":9}", "");
        refused(f, () -> f.submit(this, parentWithoutRating, device), 400, "feedback.public.required");

        String student = "{\"submissionKey\":\"" + UUID.randomUUID() + "\",\"audience\":\"STUDENT\","
                + "\"answers\":[{\"questionId\":" + q[0] + ",\"number\":2},{\"questionId\":" + q[2]
                + ",\"text\":\"多做游戏\"}]}";
        assertThat(f.submit(this, student, device).status()).isEqualTo(201);
        assertThat(Db.rows("select audience, participant_id from feedback_response where session_id = ?",
                c.sessionId())).containsExactly(Arrays.asList("STUDENT", null));
    }

    @Test
    void anIdentifiedParentsFormKeepsThePersonOnlyThroughTheirCheckInTicket() {
        Db.update("delete from rate_limit where key like 'checkin:ip%'");
        CheckInFixture c = CheckInFixture.create(this, -5);
        long[] q = FeedbackFixture.assignForm(c.batch().projectId(), true, false, true);
        FeedbackFixture f = FeedbackFixture.of(this, c, c.sessionId());
        assertThat(f.form().toString()).doesNotContain(c.parent().name());
        Api.Reply done = CheckInFixture.checkIn(anonymous(), c.code(this), c.parent(), c.parent().factor());
        String url = done.string("feedbackUrl");
        String ticket = url.substring(url.indexOf("&t=") + 3);
        String answers = "\"answers\":[{\"questionId\":" + q[0] + ",\"number\":5},{\"questionId\":" + q[1]
                + ",\"number\":10}]}";
        Api.Reply withTicket = f.submit(this, "{\"submissionKey\":\"" + UUID.randomUUID() + "\",\"ticket\":\""
                + ticket + "\"," + answers, FeedbackFixture.device());
        assertThat(withTicket.status()).as(withTicket.toString()).isEqualTo(201);
        assertThat(withTicket.body()).doesNotContain(String.valueOf(c.parent().id()));
        Api.Reply byDevice = f.submit(this, "{\"submissionKey\":\"" + UUID.randomUUID() + "\"," + answers,
                FeedbackFixture.device());
        assertThat(byDevice.status()).as(byDevice.toString()).isEqualTo(201);
        assertThat(Db.rows("select left(respondent_key, 2), participant_id from feedback_response"
                + " where session_id = ? order by respondent_key desc", c.sessionId()))
                .containsExactly(Arrays.asList("t:", c.parent().id()), Arrays.asList("d:", null));
    }

    /** The problem, and not one response or answer more than before. */
    private static void refused(FeedbackFixture f, Supplier<Api.Reply> request, int status, String code) {
        long responses = f.responses();
        long answers = f.answers();
        Api.Reply reply = request.get();
        if (code == null) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        } else {
            AppIT.assertProblem(reply, status, code);
        }
        assertThat(f.responses()).isEqualTo(responses);
        assertThat(f.answers()).isEqualTo(answers);
    }
}
