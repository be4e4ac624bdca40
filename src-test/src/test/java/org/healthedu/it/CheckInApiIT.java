package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.it.CheckInFixture.checkIn;
import static org.healthedu.it.CheckInFixture.factor;
import static org.healthedu.it.CheckInFixture.open;
import static org.healthedu.it.CheckInFixture.status;
import static org.healthedu.it.CheckInFixture.token;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Self check-in through the public API (no account) and the trainer's side of it: the window around the start, wrong
 * and changed codes, the masked list, the second factor and its lockout of one person, marks by the clock, double
 * check-in, the per-address limit, and the printable sign-in sheet. Every request here comes from 127.0.0.1, so each
 * test starts with that address's counters cleared.
 */
class CheckInApiIT extends AppIT {

    @BeforeEach
    @AfterEach
    void clearAddressCounters() {
        Db.update("delete from rate_limit where key like 'checkin:ip%'");
    }

    @Test
    void aParticipantPicksTheirMaskedNameGivesTheFactorAndIsPresent() {
        CheckInFixture f = CheckInFixture.create(this, -5);
        Api.Reply issued = api("baodong.trainer").get("api/v1/sessions/" + f.sessionId() + "/checkin");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        String code = issued.string("code");
        assertThat(code).matches("[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}");
        assertThat(issued.string("url")).endsWith("/checkin.xhtml?code=" + code);
        assertThat(issued.object().getBoolean("open")).isTrue();
        assertThat(api("baodong.trainer").get("api/v1/sessions/" + f.sessionId() + "/checkin").string("code"))
                .as("issued once, then the same").isEqualTo(code);

        Api anonymous = anonymous();
        // Typed on a phone: lower case, with a space.
        Api.Reply list = open(anonymous, code.substring(0, 3).toLowerCase() + " " + code.substring(3));
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.string("lessonTitleZh")).isEqualTo(CheckInFixture.LESSON_TITLE);
        List<JsonObject> people = list.object().getJsonArray("people").stream().map(JsonValue::asJsonObject).toList();
        assertThat(people).extracting(p -> p.getString("name"))
                .containsExactlyInAnyOrder(f.parent().masked(), f.student().masked(), f.noFactor().masked());

        String token = token(anonymous, code, f.parent());
        Api.Reply asked = factor(anonymous, code, token);
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        assertThat(asked.string("factor")).isEqualTo("PHONE_LAST4");
        assertThat(factor(anonymous, code, token(anonymous, code, f.student())).string("factor"))
                .isEqualTo("BIRTH_YEAR");
        assertProblem(factor(anonymous, code, token(anonymous, code, f.noFactor())), 409, "checkin.factor.none",
                "token");

        Api.Reply done = checkIn(anonymous, code, token, f.parent().factor());
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.string("status")).isEqualTo("PRESENT");
        assertThat(done.string("name")).isEqualTo(f.parent().masked());
        assertThat(done.string("message")).contains("出勤");
        assertThat(Db.rows("select status, source, recorded_by from attendance where session_id = ?"
                + " and participant_id = ?", f.sessionId(), f.parent().id()))
                .containsExactly(java.util.Arrays.asList("PRESENT", "SELF_CHECKIN", null));

        assertProblem(checkIn(anonymous, code, token, f.parent().factor()), 409, "checkin.already", "token");
        assertThat(checkIn(anonymous.inEnglish(), code, f.student(), "2008").string("message"))
                .matches("Checked in \\(\\d\\d:\\d\\d\\): present\\.");
    }

    @Test
    void theMaskedListNeverShowsAnyoneElsesData() {
        CheckInFixture f = CheckInFixture.create(this, 0);
        Api.Reply list = open(anonymous(), f.code(this));
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        for (JsonValue person : list.object().getJsonArray("people")) {
            assertThat(person.asJsonObject().keySet()).containsExactlyInAnyOrder("token", "name");
        }
        String body = list.body();
        assertThat(body).doesNotContain(f.parent().name(), f.student().name(), f.noFactor().name(),
                f.parent().factor(), "2008", "phone", "birthYear", "school", "民丰小学", "participantId");
        assertThat(body).doesNotContain("\"id\"");
    }

    @Test
    void checkingInMoreThanTenMinutesAfterTheStartIsLate() {
        CheckInFixture f = CheckInFixture.create(this, -20);
        Api.Reply done = checkIn(anonymous(), f.code(this), f.student(), " 2008 ");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.string("status")).isEqualTo("LATE");
        assertThat(done.string("message")).contains("迟到");
        assertThat(status(f.sessionId(), f.student().id())).isEqualTo("LATE");
    }

    @Test
    void codesAreAcceptedOnlyInTheWindowAndOnlyForSessionsThatAreOn() {
        CheckInFixture f = CheckInFixture.create(this, 180);
        LocalDateTime start = LocalDateTime.now(CheckInFixture.CHINA).truncatedTo(ChronoUnit.MINUTES).plusMinutes(180);
        Api.Reply early = open(anonymous(), f.code(this));
        assertProblem(early, 409, "checkin.notOpenYet", "code");
        String opens = start.minusMinutes(30).format(DateTimeFormatter.ofPattern("HH:mm"));
        assertThat(early.string("detail")).contains(opens);
        assertThat(api("baodong.trainer").get("api/v1/sessions/" + f.sessionId() + "/checkin").object()
                .getBoolean("open")).isFalse();

        long past = f.plan(this, -120);
        Api.Reply late = open(anonymous(), CheckInFixture.code(this, past));
        assertProblem(late, 409, "checkin.closed", "code");
        assertThat(late.string("detail")).contains(LocalDateTime.now(CheckInFixture.CHINA)
                .truncatedTo(ChronoUnit.MINUTES).minusMinutes(90).format(DateTimeFormatter.ofPattern("HH:mm")));

        long cancelled = f.plan(this, 0);
        String code = CheckInFixture.code(this, cancelled);
        assertThat(open(anonymous(), code).status()).isEqualTo(200);
        Db.update("update training_session set status = 'CANCELLED', status_reason = '下雨' where id = ?", cancelled);
        Api.Reply off = open(anonymous(), code);
        assertProblem(off, 409, "checkin.session.notOn", "code");
        assertThat(off.string("detail")).contains("已取消");
        assertThat(Db.count("select count(*) from attendance where session_id in (?, ?, ?)", f.sessionId(), past,
                cancelled)).isZero();
    }

    @Test
    void wrongMissingAndReplacedCodesAreRefused() {
        CheckInFixture f = CheckInFixture.create(this, 0);
        assertProblem(open(anonymous(), "ZZZZZZ"), 400, "checkin.code.unknown", "code");
        assertProblem(open(anonymous(), "not a code at all"), 400, "checkin.code.unknown", "code");
        assertProblem(open(anonymous(), "  "), 400, "checkin.code.required", "code");
        assertProblem(anonymous().post("api/v1/checkin", "{\"code\": 12"), 400, "error.malformedBody");
        assertThat(open(anonymous().inEnglish(), "ZZZZZZ").string("detail")).contains("not right");

        String old = f.code(this);
        String oldToken = token(anonymous(), old, f.parent());
        Api.Reply replaced = api("baodong.trainer").post("api/v1/sessions/" + f.sessionId() + "/checkin/code", "");
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        String fresh = replaced.string("code");
        assertThat(fresh).isNotEqualTo(old);
        assertProblem(open(anonymous(), old), 400, "checkin.code.unknown", "code");
        assertProblem(checkIn(anonymous(), fresh, oldToken, f.parent().factor()), 400, "checkin.pick.unknown",
                "token");
        assertThat(checkIn(anonymous(), fresh, f.parent(), f.parent().factor()).status()).isEqualTo(200);
    }

    @Test
    void wrongFactorsLockThatPersonAloneForAWhile() {
        CheckInFixture f = CheckInFixture.create(this, 0);
        String code = f.code(this);
        Api anonymous = anonymous();
        String token = token(anonymous, code, f.parent());
        assertProblem(checkIn(anonymous, code, token, ""), 400, "checkin.factor.required", "factor");
        for (int left = 4; left >= 1; left--) {
            Api.Reply wrong = checkIn(anonymous, code, token, "0000");
            assertProblem(wrong, 400, "checkin.factor.wrong", "factor");
            assertThat(wrong.string("detail")).contains("手机号码后四位").contains(String.valueOf(left));
        }
        Api.Reply locked = checkIn(anonymous, code, token, "0000");
        assertProblem(locked, 429, "checkin.locked", "factor");
        assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(60L, 15 * 60L);
        assertThat(locked.string("detail")).contains("15");
        // Locked even with the right digits, until the time is up.
        assertProblem(checkIn(anonymous, code, token, f.parent().factor()), 429, "checkin.locked", "factor");
        assertProblem(factor(anonymous, code, token), 429, "checkin.locked", "factor");
        assertThat(status(f.sessionId(), f.parent().id())).isNull();
        // The rest of the session checks in as usual.
        assertThat(checkIn(anonymous, code, f.student(), "2008").status()).isEqualTo(200);
        assertThat(status(f.sessionId(), f.student().id())).isEqualTo("PRESENT");
    }

    @Test
    void aTrainersAbsentMarkGivesWayToACheckInButAPresentOneDoesNot() {
        CheckInFixture f = CheckInFixture.create(this, 0);
        long trainer = CoursewareFixture.accountId("baodong.trainer");
        Db.update("insert into attendance (id, session_id, participant_id, status, note, source, recorded_by)"
                + " values (-nextval('attendance_seq'), ?, ?, 'ABSENT', '还没到', 'ROLL_CALL', ?)", f.sessionId(),
                f.parent().id(), trainer);
        Db.update("insert into attendance (id, session_id, participant_id, status, source, recorded_by)"
                + " values (-nextval('attendance_seq'), ?, ?, 'PRESENT', 'ROLL_CALL', ?)", f.sessionId(),
                f.student().id(), trainer);
        String code = f.code(this);

        assertThat(checkIn(anonymous(), code, f.parent(), f.parent().factor()).status()).isEqualTo(200);
        assertThat(Db.rows("select status, source, recorded_by from attendance where session_id = ?"
                + " and participant_id = ?", f.sessionId(), f.parent().id()))
                .containsExactly(java.util.Arrays.asList("PRESENT", "SELF_CHECKIN", null));
        assertProblem(checkIn(anonymous(), code, f.student(), "2008"), 409, "checkin.already", "token");
        assertThat(Db.value("select source from attendance where session_id = ? and participant_id = ?",
                f.sessionId(), f.student().id())).isEqualTo("ROLL_CALL");
    }

    @Test
    void tooManyWrongCodesFromOneAddressAreRefusedWithRetryAfter() {
        CheckInFixture f = CheckInFixture.create(this, 0);
        String code = f.code(this);
        for (int i = 0; i < 30; i++) {
            assertProblem(open(anonymous(), "ZZZZZZ"), 400, "checkin.code.unknown", "code");
        }
        Api.Reply limited = open(anonymous(), "ZZZZZZ");
        assertProblem(limited, 429, "checkin.code.tooManyWrong", "code");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 10 * 60L);
        assertThat(limited.string("type")).isEqualTo("urn:healthedu:problem:too-many-requests");
        assertThat(limited.string("title")).isEqualTo("尝试次数过多");
        assertProblem(open(anonymous(), "ZZZZZY"), 429, "checkin.code.tooManyWrong", "code");
        // The right code still works from there: only guessing is held back.
        assertThat(open(anonymous(), code).status()).isEqualTo(200);
        assertThat(Db.value("select blocked_until > now() from rate_limit where key = 'checkin:ip-code:127.0.0.1'"))
                .isEqualTo(true);

        // The block runs out (made to, here); guessing on earns a block twice as long.
        Db.update("update rate_limit set blocked_until = now() - interval '1 second'"
                + " where key = 'checkin:ip-code:127.0.0.1'");
        for (int i = 0; i < 30; i++) {
            assertProblem(open(anonymous(), "ZZZZZZ"), 400, "checkin.code.unknown", "code");
        }
        Api.Reply again = open(anonymous(), "ZZZZZZ");
        assertProblem(again, 429, "checkin.code.tooManyWrong", "code");
        assertThat(Long.parseLong(again.header("Retry-After"))).isBetween(10 * 60L + 1, 20 * 60L);
        assertThat(again.string("detail")).contains("20 分钟");
    }

    @Test
    void everyRequestFromOneAddressCountsTowardsItsLimit() {
        CheckInFixture f = CheckInFixture.create(this, 0);
        String code = f.code(this);
        for (int i = 0; i < 300; i++) {
            Api.Reply reply = open(anonymous(), code);
            assertThat(reply.status()).as(i + ": " + reply).isEqualTo(200);
        }
        Api.Reply limited = open(anonymous().inEnglish(), code);
        assertProblem(limited, 429, "checkin.tooManyRequests");
        assertThat(limited.string("detail")).isEqualTo("Too many requests. Please try again in 10 minutes.");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(540L, 600L);
        assertProblem(checkIn(anonymous(), code, "any-token", "2008"), 429, "checkin.tooManyRequests");
    }

    @Test
    void onlyThoseWhoTakeTheRollSeeTheCodeAndItsQrCode() throws IOException {
        CheckInFixture f = CheckInFixture.create(this, 0);
        String path = "api/v1/sessions/" + f.sessionId() + "/checkin";
        assertProblem(api("wuxi.observer").get(path), 403, "error.forbidden");
        assertProblem(api("guiyang.coord").get(path), 403, "error.forbidden");
        assertProblem(api("guiyang.coord").post(path + "/code", ""), 403, "error.forbidden");
        assertThat(anonymous().get(path).status()).isEqualTo(401);
        assertProblem(api("wuxi.coord").get("api/v1/sessions/999999999/checkin"), 404, "session.notFound");
        assertThat(api("baodong.lecturer2").get(path).status()).isEqualTo(200);

        HttpResponse<byte[]> qr = api("baodong.trainer").download(path + "/qr.png");
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.body()));
        assertThat(image.getWidth()).isEqualTo(480);
        assertThat(api("guiyang.coord").download(path + "/qr.png").statusCode()).isEqualTo(403);
    }

    @Test
    void theSignInSheetListsThePeopleExpectedWithTheLessonAndCode() throws IOException {
        CheckInFixture f = CheckInFixture.create(this, 60);
        String path = "api/v1/sessions/" + f.sessionId() + "/signin-sheet.pdf";
        HttpResponse<byte[]> pdf = api("baodong.trainer").download(path);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment;").contains("filename*=UTF-8''").contains(".pdf");
        String code = f.code(this);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("签到表", CheckInFixture.LESSON_TITLE, "第2课", f.parent().name(),
                    f.student().name(), f.noFactor().name(), "签名", "签到码 " + code, "家长", "学生");
            assertThat(text).doesNotContain(f.parent().factor(), "2008", "民丰小学");
        }
        assertThat(api("wuxi.observer").download(path).statusCode()).isEqualTo(403);
        assertThat(api("baodong.trainer").inEnglish().download(path).statusCode()).isEqualTo(200);
    }
}
