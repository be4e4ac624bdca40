package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Completion follows from the attendance records and the project's rule, on read: the default rule (all lessons but
 * one, LATE counts, EXCUSED does not), its variants, a lesson attended twice counting once, walk-ins, changes to a
 * mark or the rule showing at once; certificates for those who completed only; who may read and change what.
 */
class CompletionApiIT extends AppIT {

    /** A batch of {@code people} with all five lessons held in September and the given marks per person. */
    private record Held(SessionFixture fixture, List<Long> sessions) {

        long person(int index) {
            return fixture.participantIds().get(index);
        }
    }

    private Held heldBatch(int people) {
        SessionFixture fixture = SessionFixture.create(this, people);
        Marks.enrolledSince(fixture.batchId(), "2026-08-01");
        List<Long> sessions = new java.util.ArrayList<>();
        for (int lesson = 1; lesson <= 5; lesson++) {
            sessions.add(Marks.session(fixture, lesson, "2026-09-0" + lesson, "HELD"));
        }
        return new Held(fixture, sessions);
    }

    private static void marks(Held held, int person, String... statuses) {
        for (int i = 0; i < statuses.length; i++) {
            if (statuses[i] != null) {
                Marks.mark(held.sessions().get(i), held.person(person), statuses[i]);
            }
        }
    }

    private static Map<Long, JsonObject> byParticipant(JsonObject completion) {
        return completion.getJsonArray("participants").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(p -> p.getJsonNumber("participantId").longValue(), Function.identity()));
    }

    private JsonObject completion(Held held) {
        Api.Reply reply = api("wuxi.coord").get("api/v1/batches/" + held.fixture().batchId() + "/completion");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    private void rule(Held held, String json) {
        Api.Reply reply = api("wuxi.coord").put("api/v1/projects/" + held.fixture().projectId() + "/completion-rule",
                json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    @Test
    void theDefaultRuleAndItsVariantsDecideFromTheRecordsOnRead() {
        Held held = heldBatch(3);
        marks(held, 0, "PRESENT", "PRESENT", "PRESENT", "LATE", "ABSENT");
        marks(held, 1, "PRESENT", "PRESENT", "PRESENT", "EXCUSED", "ABSENT");
        marks(held, 2, "PRESENT", "PRESENT", "PRESENT", "ABSENT", null);

        JsonObject completion = completion(held);
        assertThat(completion.getInt("lessons")).isEqualTo(5);
        assertThat(completion.getInt("required")).as("all lessons but one").isEqualTo(4);
        assertThat(completion.getJsonObject("rule").get("minLessons")).as("no minimum: all but one")
                .isIn(null, JsonValue.NULL);
        Map<Long, JsonObject> people = byParticipant(completion);
        assertThat(people.get(held.person(0)).getInt("attended")).as("LATE counts").isEqualTo(4);
        assertThat(people.get(held.person(0)).getBoolean("completed")).isTrue();
        assertThat(people.get(held.person(1)).getInt("attended")).as("EXCUSED does not").isEqualTo(3);
        assertThat(people.get(held.person(1)).getBoolean("completed")).isFalse();
        assertThat(completion.getInt("completedCount")).isEqualTo(1);

        // LATE no longer counts: the first person drops below the line at once.
        rule(held, "{\"minLessons\":null,\"lateCounts\":false,\"excusedCounts\":false,\"version\":0}");
        people = byParticipant(completion(held));
        assertThat(people.get(held.person(0)).getInt("attended")).isEqualTo(3);
        assertThat(people.get(held.person(0)).getBoolean("completed")).isFalse();

        // EXCUSED counts and LATE again: the second person completes.
        JsonObject stored = api("wuxi.observer").get("api/v1/projects/" + held.fixture().projectId()
                + "/completion-rule").object();
        assertThat(stored.getBoolean("lateCounts")).isFalse();
        rule(held, "{\"lateCounts\":true,\"excusedCounts\":true,\"version\":" + stored.getInt("version") + "}");
        people = byParticipant(completion(held));
        assertThat(people.get(held.person(0)).getBoolean("completed")).isTrue();
        assertThat(people.get(held.person(1)).getBoolean("completed")).isTrue();
        assertThat(people.get(held.person(2)).getBoolean("completed")).isFalse();

        // A lower threshold: three lessons are enough.
        long version = api("wuxi.coord").get("api/v1/projects/" + held.fixture().projectId() + "/completion-rule")
                .object().getInt("version");
        rule(held, "{\"minLessons\":3,\"lateCounts\":true,\"excusedCounts\":false,\"version\":" + version + "}");
        JsonObject lower = completion(held);
        assertThat(lower.getInt("required")).isEqualTo(3);
        assertThat(byParticipant(lower).values()).allMatch(p -> p.getBoolean("completed"));

        // A stale version is refused.
        assertProblem(api("wuxi.coord").put("api/v1/projects/" + held.fixture().projectId() + "/completion-rule",
                "{\"minLessons\":5,\"version\":" + version + "}"), 409, "error.staleEdit");
    }

    @Test
    void aLessonAttendedTwiceCountsOnceAndAChangedMarkShowsAtOnce() {
        Held held = heldBatch(1);
        marks(held, 0, "PRESENT", "PRESENT", "ABSENT", "ABSENT", "ABSENT");
        // Lesson 1 again (a make-up session) attended a second time: still lesson 1.
        long again = Marks.session(held.fixture(), 1, "2026-09-20", "HELD");
        Marks.mark(again, held.person(0), "PRESENT");
        JsonObject person = byParticipant(completion(held)).get(held.person(0));
        assertThat(person.getInt("attended")).isEqualTo(2);
        assertThat(person.getJsonArray("attendedLessons").stream()
                .map(l -> l.asJsonObject().getInt("position"))).containsExactly(1, 2);

        Marks.mark(held.sessions().get(2), held.person(0), "PRESENT");
        Marks.mark(held.sessions().get(3), held.person(0), "LATE");
        JsonObject now = api("baodong.lecturer2").get("api/v1/participants/" + held.person(0) + "/completion?projectId="
                + held.fixture().projectId()).object();
        assertThat(now.getInt("attended")).isEqualTo(4);
        assertThat(now.getBoolean("completed")).isTrue();

        // A session that was not held (cancelled) does not count, even with a mark on it.
        Marks.cancelled(held.sessions().get(3), "场地维修");
        assertThat(api("wuxi.coord").get("api/v1/participants/" + held.person(0) + "/completion?projectId="
                + held.fixture().projectId()).object().getInt("attended")).isEqualTo(3);
    }

    @Test
    void aWalkInsMarksCount() {
        Held held = heldBatch(0);
        long walkIn = EnrolmentFixtures.create(api("wuxi.coord"), EnrolmentFixtures.parent(
                EnrolmentFixtures.uniqueName("临时家长"), null, EnrolmentFixtures.BAODONG_UNIT));
        for (int i = 0; i < 4; i++) {
            Marks.mark(held.sessions().get(i), walkIn, "PRESENT", true);
        }
        JsonObject person = byParticipant(completion(held)).get(walkIn);
        assertThat(person).as("listed as a walk-in").isNotNull();
        assertThat(person.getBoolean("walkIn")).isTrue();
        assertThat(person.getBoolean("completed")).isTrue();
    }

    @Test
    void certificatesAreForThoseWhoCompletedAndNameThemAndTheProject() throws Exception {
        Held held = heldBatch(2);
        marks(held, 0, "PRESENT", "PRESENT", "LATE", "PRESENT", "PRESENT");
        marks(held, 1, "PRESENT", "ABSENT", "ABSENT", "PRESENT", null);
        String base = "api/v1/batches/" + held.fixture().batchId();

        assertProblem(api("wuxi.coord").get(base + "/participants/" + held.person(1) + "/certificate.pdf"), 409,
                "certificate.notCompleted");
        HttpResponse<byte[]> one = api("baodong.trainer").download(base + "/participants/" + held.person(0)
                + "/certificate.pdf");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(one.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        String name = (String) Db.value("select display_name from participant where id = ?", held.person(0));
        try (PDDocument pdf = Loader.loadPDF(one.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("结业证书", "Certificate of Completion", name, "课件测试项目", "无锡市计划生育协会",
                    "5 / 5");
        }

        HttpResponse<byte[]> all = api("wuxi.coord").download(base + "/certificates.pdf");
        assertThat(all.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(all.body())) {
            assertThat(pdf.getNumberOfPages()).as("one page per person who completed").isEqualTo(1);
        }

        Held nobody = heldBatch(1);
        assertProblem(api("wuxi.coord").get("api/v1/batches/" + nobody.fixture().batchId() + "/certificates.pdf"),
                409, "certificate.noneCompleted");
    }

    @Test
    void onlyManagersChangeTheRuleAndOnlyRosterReadersSeeNames() {
        Held held = heldBatch(1);
        String rulePath = "api/v1/projects/" + held.fixture().projectId() + "/completion-rule";
        assertProblem(api("baodong.trainer").put(rulePath, "{\"minLessons\":3}"), 403, "error.forbidden");
        assertProblem(api("guiyang.coord").get(rulePath), 403, "error.forbidden");
        assertProblem(api("wuxi.coord").put(rulePath, "{\"minLessons\":0}"), 400, "completion.rule.minLessons",
                "minLessons");
        assertThat(api("baodong.trainer").get(rulePath).object().getBoolean("lateCounts")).isTrue();

        String completion = "api/v1/batches/" + held.fixture().batchId() + "/completion";
        assertThat(api("baodong.lecturer2").get(completion).status()).isEqualTo(200);
        assertThat(api("baodong.manager").get(completion).status()).isEqualTo(200);
        assertProblem(api("wuxi.observer").get(completion), 403, "error.forbidden");
        assertProblem(api("guiyang.coord").get(completion), 403, "error.forbidden");
        assertProblem(api("wuxi.coord").get("api/v1/participants/" + held.person(0) + "/completion"), 400,
                "error.required", "projectId");
        assertProblem(api("wuxi.coord").get("api/v1/batches/999999999/completion"), 404, "batch.notFound");
    }
}
