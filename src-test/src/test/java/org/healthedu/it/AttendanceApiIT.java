package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.it.RollCallFixture.entries;
import static org.healthedu.it.RollCallFixture.entry;
import static org.healthedu.it.RollCallFixture.mark;
import static org.healthedu.it.RollCallFixture.rollCall;
import static org.healthedu.it.RollCallFixture.save;
import static org.healthedu.it.RollCallFixture.status;
import static org.healthedu.it.RollCallFixture.version;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The roll call through the REST API: who is expected on the session's date, walk-ins, the history of changes, two
 * trainers saving at once, uploads of a typed-up sheet, and who may take the roll.
 */
class AttendanceApiIT extends AppIT {

    private static final LocalDate SESSION_DAY = LocalDate.of(2026, 10, 10);

    @Test
    void peopleWhoJoinedAfterOrLeftBeforeTheSessionDateAreNotListedAndSavingMarksItHeld() {
        SessionFixture fixture = SessionFixture.create(this, 4);
        List<Long> people = fixture.participantIds();
        // Everyone joined in July; then one joins only after the session, one leaves before it, one after it.
        Db.update("update enrolment set enrolled_on = date '2026-07-20' where batch_id = ?", fixture.batchId());
        Db.update("update enrolment set enrolled_on = date '2026-10-15' where batch_id = ? and participant_id = ?",
                fixture.batchId(), people.get(0));
        Api wuxi = api("wuxi.coord");
        withdraw(wuxi, fixture, people.get(1), "2026-10-01");
        withdraw(wuxi, fixture, people.get(2), "2026-10-20");
        long session = RollCallFixture.session(this, fixture, SESSION_DAY);

        JsonObject roll = rollCall(api("baodong.trainer"), session);
        assertThat(roll.getString("date")).isEqualTo("2026-10-10");
        assertThat(entries(roll)).extracting(e -> e.getJsonNumber("participantId").longValue())
                .containsExactlyInAnyOrder(people.get(2), people.get(3));
        assertThat(entries(roll)).allSatisfy(e -> {
            assertThat(e.getBoolean("expected")).isTrue();
            assertThat(e.getBoolean("walkIn")).isFalse();
            assertThat(RollCallFixture.absent(e, "status")).isTrue();
            assertThat(e.containsKey("phone")).as("no phone on a roll call").isFalse();
        });
        assertThat(roll.getJsonNumber("unmarked").longValue()).isEqualTo(2);

        Api.Reply saved = save(api("baodong.trainer"), session, List.of(mark(people.get(2), "PRESENT", null, null),
                mark(people.get(3), "ABSENT", "生病", null)));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.object().getJsonNumber("absent").longValue()).isEqualTo(1);
        assertThat(entry(saved.object(), people.get(3)).getString("note")).isEqualTo("生病");
        assertThat(entry(saved.object(), people.get(3)).getString("recordedByName")).isNotBlank();
        assertThat(Db.value("select status from training_session where id = ?", session)).isEqualTo("HELD");
        assertThat(Db.count("select count(*) from attendance where session_id = ?", session)).isEqualTo(2);
        assertThat(api("wuxi.coord").get("api/v1/sessions/" + session).string("status")).isEqualTo("HELD");

        // The late joiner cannot be marked (not expected), unless added as a walk-in.
        assertProblem(save(api("baodong.trainer"), session, List.of(mark(people.get(0), "ABSENT", null, null))),
                400, "rollcall.notExpected", "entries[0].participantId");
        assertProblem(save(api("baodong.trainer"), session, List.of(mark(people.get(3), "GONE", null, null))),
                400, "rollcall.status.unknown", "entries[0].status");
        assertProblem(save(api("baodong.trainer"), session, List.of(mark(people.get(3), null, null, null))),
                400, "error.required", "entries[0].status");
        assertProblem(save(api("baodong.trainer"), session, List.of(mark(people.get(3), "LATE", "x".repeat(201),
                version(saved.object(), people.get(3))))), 400, "error.tooLong", "entries[0].note");
        assertProblem(save(api("baodong.trainer"), session, List.of()), 400, "rollcall.entries.empty", "entries");
        assertThat(status(session, people.get(3))).isEqualTo("ABSENT");
    }

    @Test
    void walkInsAreFoundAmongParticipantsOrCreatedMinimallyAndMarkedAsSuch() {
        SessionFixture fixture = SessionFixture.create(this, 2);
        RollCallFixture.enrolledInJuly(fixture);
        long session = RollCallFixture.session(this, fixture, SESSION_DAY.plusDays(1));
        Api trainer = api("baodong.trainer");
        Api wuxi = api("wuxi.coord");
        String name = EnrolmentFixtures.uniqueName("来访家长");
        long known = EnrolmentFixtures.create(wuxi, EnrolmentFixtures.parent(name, "13800001111",
                EnrolmentFixtures.BAODONG_UNIT));
        long foreign = EnrolmentFixtures.create(api("guiyang.coord"), EnrolmentFixtures.parent(
                EnrolmentFixtures.uniqueName("外地家长"), null, EnrolmentFixtures.DONGGUAN_UNIT));

        JsonValue found = trainer.get(RollCallFixture.path(session) + "/walk-in-candidates?q="
                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).json();
        assertThat(found.asJsonArray()).hasSize(1);
        JsonObject candidate = found.asJsonArray().getJsonObject(0);
        assertThat(candidate.getJsonNumber("participantId").longValue()).isEqualTo(known);
        assertThat(candidate.containsKey("phone")).isFalse();

        Api.Reply added = trainer.post(RollCallFixture.path(session) + "/walk-ins",
                "{\"participantId\":" + known + ",\"note\":\"朋友介绍\"}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.object().getBoolean("walkIn")).isTrue();
        assertThat(added.object().getBoolean("expected")).isFalse();
        assertThat(added.object().getString("status")).isEqualTo("PRESENT");

        String newName = EnrolmentFixtures.uniqueName("新来家长");
        Api.Reply created = trainer.post(RollCallFixture.path(session) + "/walk-ins", "{\"displayName\":\""
                + newName + "\",\"kind\":\"PARENT\",\"gender\":\"MALE\",\"status\":\"LATE\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long createdId = created.object().getJsonNumber("participantId").longValue();
        assertThat(Db.value("select u.code from participant p join organisation_unit u on u.id = p.unit_id"
                + " where p.id = ?", createdId)).isEqualTo(EnrolmentFixtures.BAODONG_UNIT);

        JsonObject roll = rollCall(trainer, session);
        assertThat(entries(roll)).hasSize(4);
        assertThat(entry(roll, createdId).getString("displayName")).isEqualTo(newName);
        assertThat(entry(roll, createdId).getBoolean("walkIn")).isTrue();
        assertThat(entry(roll, createdId).getString("status")).isEqualTo("LATE");
        assertThat(Db.count("select count(*) from attendance where session_id = ? and walk_in", session))
                .isEqualTo(2);

        // A student needs a birth year (the participant rules), someone expected is no walk-in, nor is anyone twice.
        assertProblem(trainer.post(RollCallFixture.path(session) + "/walk-ins", "{\"displayName\":\"小明\","
                + "\"kind\":\"STUDENT\"}"), 400, "participant.birthYear.required", "birthYear");
        assertProblem(trainer.post(RollCallFixture.path(session) + "/walk-ins", "{\"participantId\":"
                + fixture.participantIds().get(0) + "}"), 409, "rollcall.walkIn.expected", "participantId");
        assertProblem(trainer.post(RollCallFixture.path(session) + "/walk-ins", "{\"participantId\":" + known + "}"),
                409, "rollcall.walkIn.alreadyListed", "participantId");
        // Outside the project's scope: not found as a candidate, refused as a walk-in.
        assertProblem(save(trainer, session, List.of("{\"participantId\":" + foreign
                + ",\"status\":\"PRESENT\",\"walkIn\":true}")), 400, "rollcall.walkIn.outOfScope",
                "entries[0].participantId");
        assertThat(Db.count("select count(*) from attendance where participant_id = ?", foreign)).isZero();
    }

    @Test
    void changesAfterTheFirstMarkKeepAHistory() {
        SessionFixture fixture = SessionFixture.create(this, 2);
        RollCallFixture.enrolledInJuly(fixture);
        long session = RollCallFixture.session(this, fixture, SESSION_DAY.plusDays(2));
        long first = fixture.participantIds().get(0);
        Api trainer = api("baodong.trainer");
        Api.Reply saved = RollCallFixture.saveAll(trainer, session, rollCall(trainer, session), "PRESENT");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(Db.count("select count(*) from attendance_change where session_id = ?", session))
                .as("a first mark is no change").isZero();

        Api.Reply changed = save(api("baodong.lecturer2"), session, List.of(mark(first, "LATE", "迟到二十分钟",
                version(saved.object(), first))));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        // Sent again unchanged (same status and note, even at an old version): nothing to record.
        assertThat(save(trainer, session, List.of(mark(first, "LATE", "迟到二十分钟", version(saved.object(), first))))
                .status()).isEqualTo(200);

        Api.Reply history = trainer.get(RollCallFixture.path(session) + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().asJsonArray()).hasSize(1);
        JsonObject change = history.json().asJsonArray().getJsonObject(0);
        assertThat(change.getJsonNumber("participantId").longValue()).isEqualTo(first);
        assertThat(change.getString("oldStatus")).isEqualTo("PRESENT");
        assertThat(change.getString("newStatus")).isEqualTo("LATE");
        assertThat(change.getString("newNote")).isEqualTo("迟到二十分钟");
        assertThat(change.getString("changedByName")).isEqualTo(Db.value(
                "select display_name from account where username = 'baodong.lecturer2'"));
        assertThat(change.getString("changedAt")).isNotBlank();
        assertThat(Db.value("select version from attendance where session_id = ? and participant_id = ?", session,
                first)).isEqualTo(1L);
    }

    @Test
    void twoTrainersSavingAtOnceKeepBothChangesOrTheSecondIsToldWhatChanged() throws Exception {
        SessionFixture fixture = SessionFixture.create(this, 4);
        RollCallFixture.enrolledInJuly(fixture);
        List<Long> people = fixture.participantIds();
        long session = RollCallFixture.session(this, fixture, SESSION_DAY.plusDays(3));
        Api trainer = api("baodong.trainer");
        Api lecturer = api("baodong.lecturer2");
        JsonObject base = RollCallFixture.saveAll(trainer, session, rollCall(trainer, session), "PRESENT").object();

        // Both opened the same roll call; each changes someone else: both changes stick.
        List<Api.Reply> replies = together(
                () -> save(trainer, session, List.of(mark(people.get(0), "LATE", null, version(base, people.get(0))))),
                () -> save(lecturer, session, List.of(mark(people.get(1), "ABSENT", null,
                        version(base, people.get(1))))));
        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(status(session, people.get(0))).isEqualTo("LATE");
        assertThat(status(session, people.get(1))).isEqualTo("ABSENT");

        // Both change the same person: one wins, the other is refused and told what changed; nothing of it is saved.
        replies = together(
                () -> save(trainer.inEnglish(), session, List.of(mark(people.get(2), "EXCUSED", null,
                        version(base, people.get(2))), mark(people.get(3), "LATE", null, version(base, people.get(3))))),
                () -> save(lecturer.inEnglish(), session, List.of(mark(people.get(2), "ABSENT", null,
                        version(base, people.get(2))))));
        assertThat(replies).extracting(Api.Reply::status).containsExactlyInAnyOrder(200, 409);
        boolean trainerWon = replies.get(0).status() == 200;
        Api.Reply refused = replies.get(trainerWon ? 1 : 0);
        assertProblem(refused, 409, "rollcall.conflict", "entries");
        String winnerStatus = trainerWon ? "EXCUSED" : "ABSENT";
        String winnerName = (String) Db.value("select display_name from account where username = ?",
                trainerWon ? "baodong.trainer" : "baodong.lecturer2");
        String name = (String) Db.value("select display_name from participant where id = ?", people.get(2));
        JsonObject change = refused.object().getJsonArray("changes").getJsonObject(0);
        assertThat(refused.object().getJsonArray("changes")).hasSize(1);
        assertThat(change.getJsonNumber("participantId").longValue()).isEqualTo(people.get(2));
        assertThat(change.getString("oldStatus")).isEqualTo("PRESENT");
        assertThat(change.getString("newStatus")).isEqualTo(winnerStatus);
        assertThat(change.getString("changedByName")).isEqualTo(winnerName);
        assertThat(refused.string("detail")).contains(name, "Present", trainerWon ? "Excused" : "Absent",
                winnerName);
        assertThat(status(session, people.get(2))).isEqualTo(winnerStatus);
        assertThat(status(session, people.get(3))).isEqualTo(trainerWon ? "LATE" : "PRESENT");
    }

    @Test
    void anUploadedSheetIsCheckedRowByRowAndAppliedWhole() {
        SessionFixture fixture = SessionFixture.create(this, 4);
        RollCallFixture.enrolledInJuly(fixture);
        List<Long> people = fixture.participantIds();
        long session = RollCallFixture.session(this, fixture, SESSION_DAY.plusDays(4));
        String[] names = new String[4];
        for (int i = 0; i < 4; i++) {
            names[i] = (String) Db.value("select display_name from participant where id = ?", people.get(i));
        }
        // Two people of the batch with one name: a sheet cannot tell them apart.
        String twin = EnrolmentFixtures.uniqueName("同名家长");
        Db.update("update participant set display_name = ?, name_key = ? where id in (?, ?)", twin, twin,
                people.get(2), people.get(3));
        Api trainer = api("baodong.trainer");
        String bad = "姓名,考勤,备注\n" + names[0] + ",出勤,\n不存在的人,出勤,\n" + names[1] + ",迟到了,\n" + twin
                + ",请假,\n" + names[0] + ",缺勤,重复\n";
        Api.Reply preview = trainer.postBytes(RollCallFixture.path(session) + "/import/preview?filename=sheet.csv",
                "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.object().getInt("errorRows")).isEqualTo(4);
        assertThat(preview.object().getBoolean("canApply")).isFalse();
        List<JsonObject> rows = preview.object().getJsonArray("rows").stream().map(JsonValue::asJsonObject).toList();
        assertThat(rows.get(0).getJsonArray("errors")).isEmpty();
        assertThat(rows.get(0).getString("understoodAs")).isEqualTo("PRESENT");
        assertThat(codes(rows.get(1))).containsExactly("rollcall.import.unknownName");
        assertThat(rows.get(1).getInt("line")).isEqualTo(3);
        assertThat(codes(rows.get(2))).containsExactly("rollcall.import.badStatus");
        assertThat(rows.get(2).getJsonArray("errors").getJsonObject(0).getString("message")).contains("迟到了");
        assertThat(codes(rows.get(3))).containsExactly("rollcall.import.ambiguousName");
        assertThat(codes(rows.get(4))).containsExactly("rollcall.import.duplicate");

        assertProblem(trainer.postBytes(RollCallFixture.path(session) + "/import/apply?filename=sheet.csv",
                "text/csv", bad.getBytes(StandardCharsets.UTF_8)), 400, "rollcall.import.hasErrors", "file");
        assertThat(Db.count("select count(*) from attendance where session_id = ?", session)).isZero();

        String good = "name,status,note\n" + names[0] + ",出勤,\n" + names[1] + ",late,堵车\n";
        Api.Reply applied = trainer.postBytes(RollCallFixture.path(session) + "/import/apply?filename=sheet.csv",
                "text/csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(status(session, people.get(0))).isEqualTo("PRESENT");
        assertThat(status(session, people.get(1))).isEqualTo("LATE");
        assertThat(Db.value("select source from attendance where session_id = ? and participant_id = ?", session,
                people.get(1))).isEqualTo("IMPORT");
        assertThat(Db.value("select status from training_session where id = ?", session)).isEqualTo("HELD");
    }

    @Test
    void onlyThoseWhoTakeTheRollReadOrWriteIt() {
        SessionFixture fixture = SessionFixture.create(this, 1);
        RollCallFixture.enrolledInJuly(fixture);
        long person = fixture.participantIds().get(0);
        long session = RollCallFixture.session(this, fixture, SESSION_DAY.plusDays(5));
        String mark = mark(person, "PRESENT", null, null);
        for (String outsider : List.of("guiyang.coord", "yixing.coord", "wuxi.observer")) {
            assertProblem(api(outsider).get(RollCallFixture.path(session)), 403, "error.forbidden");
            assertProblem(save(api(outsider), session, List.of(mark)), 403, "error.forbidden");
            assertProblem(api(outsider).get(RollCallFixture.path(session) + "/history"), 403, "error.forbidden");
        }
        assertThat(Db.count("select count(*) from attendance where session_id = ?", session)).isZero();
        assertProblem(api("wuxi.coord").get(RollCallFixture.path(999_999_999)), 404, "session.notFound");
        // The site's lecturer group takes the roll; so does the coordinator managing the project.
        assertThat(save(api("baodong.lecturer2"), session, List.of(mark)).status()).isEqualTo(200);
        assertThat(rollCall(api("wuxi.coord"), session).getJsonNumber("present").longValue()).isEqualTo(1);
        // Not before the session's day.
        long future = RollCallFixture.session(this, fixture, LocalDate.of(2026, 12, 30));
        assertProblem(save(api("baodong.trainer"), future, List.of(mark)), 409, "rollcall.notYet");
    }

    private static List<String> codes(JsonObject row) {
        return row.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("code")).toList();
    }

    private static void withdraw(Api coordinator, SessionFixture fixture, long participantId, String date) {
        long enrolment = ((Number) Db.value("select id from enrolment where batch_id = ? and participant_id = ?",
                fixture.batchId(), participantId)).longValue();
        Api.Reply reply = coordinator.post("api/v1/batches/" + fixture.batchId() + "/enrolments/" + enrolment
                + "/withdraw", "{\"date\":\"" + date + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    /** Runs both at the same moment (released together) and returns their replies in order. */
    @SafeVarargs
    private static List<Api.Reply> together(Callable<Api.Reply>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (Callable<Api.Reply> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
