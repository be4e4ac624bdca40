package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Feedback results: counts, response rate, distributions, means and medians as computed by hand; small cells hidden
 * above the session's trainers; trainer comparisons only for those allowed; exports without identities; free text
 * returned as text.
 */
class FeedbackResultsApiIT extends AppIT {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String CASES = "希望多一些案例和角色扮演";

    /** A HELD session of lesson 2 with 8 people (6 present, 1 late, 1 absent) and six responses. */
    record Answered(SessionFixture fixture, long sessionId, List<String> keys) {

        static Answered create(AppIT test, String day) {
            SessionFixture fixture = SessionFixture.create(test, 8);
            Marks.enrolledSince(fixture.batchId(), "2026-01-01");
            long session = Marks.session(fixture, 2, day, "HELD");
            List<Long> people = fixture.participantIds();
            for (int i = 0; i < 6; i++) {
                Marks.mark(session, people.get(i), "PRESENT");
            }
            Marks.mark(session, people.get(6), "LATE");
            Marks.mark(session, people.get(7), "ABSENT");
            List<String> keys = new ArrayList<>();
            keys.add(FeedbackRows.respond(session, 5, 5, 10, 2, new int[] {1, 2}, SCRIPT));
            keys.add(FeedbackRows.respond(session, 5, 4, 9, 2, new int[] {2}, CASES));
            keys.add(FeedbackRows.respond(session, 4, 4, 8, 1, new int[] {4}, null));
            keys.add(FeedbackRows.respond(session, 4, 5, 7, 2, new int[] {}, null));
            keys.add(FeedbackRows.respond(session, 3, 3, 9, null, new int[] {2, 4}, null));
            keys.add(FeedbackRows.respond(session, 5, 4, 6, 2, new int[] {5}, null));
            return new Answered(fixture, session, keys);
        }
    }

    @Test
    void aSessionsFiguresAreTheOnesComputedByHand() {
        Answered a = Answered.create(this, "2026-06-06");
        Api.Reply reply = api("wuxi.coord").get("api/v1/sessions/" + a.sessionId() + "/feedback-results");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject r = reply.object();
        assertThat(r.getInt("responses")).isEqualTo(6);
        assertThat(r.getInt("attended")).isEqualTo(7);
        assertThat(r.getJsonNumber("rate").doubleValue()).isEqualTo(0.857);
        assertThat(r.getBoolean("tooFew")).isFalse();
        assertThat(r.getJsonObject("session").getString("lessonTitleZh")).isEqualTo(CheckInFixture.LESSON_TITLE);

        JsonArray questions = r.getJsonArray("questions");
        assertThat(questions).hasSize(6);
        JsonObject usefulness = question(questions, "USEFULNESS");
        assertThat(usefulness.getInt("n")).isEqualTo(6);
        // 5,5,4,4,3,5: mean 26/6, median of 3,4,4,5,5,5 = (4+5)/2.
        assertThat(usefulness.getJsonNumber("mean").doubleValue()).isEqualTo(4.33);
        assertThat(usefulness.getJsonNumber("median").doubleValue()).isEqualTo(4.5);
        assertThat(counts(usefulness)).containsExactly(0L, 0L, 1L, 2L, 3L);
        JsonObject satisfaction = question(questions, "SATISFACTION");
        // 10,9,8,7,9,6: mean 49/6, median of 6,7,8,9,9,10 = 8.5; eleven bars 0..10.
        assertThat(satisfaction.getJsonNumber("mean").doubleValue()).isEqualTo(8.17);
        assertThat(satisfaction.getJsonNumber("median").doubleValue()).isEqualTo(8.5);
        assertThat(counts(satisfaction)).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 1L, 1L, 1L, 2L, 1L);
        JsonObject length = questions.getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("kind").equals("SINGLE_CHOICE")).findFirst().orElseThrow();
        assertThat(length.getInt("n")).isEqualTo(5);
        assertThat(counts(length)).containsExactly(1L, 4L, 0L);
        assertThat(length.getJsonArray("bars").getJsonObject(1).getString("labelZh")).isEqualTo("合适");
        JsonObject topics = questions.getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("kind").equals("MULTIPLE_CHOICE")).findFirst().orElseThrow();
        assertThat(topics.getInt("n")).isEqualTo(5);
        assertThat(counts(topics)).containsExactly(1L, 3L, 0L, 2L, 1L);
        JsonObject texts = questions.getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("kind").equals("LONG_TEXT")).findFirst().orElseThrow();
        assertThat(texts.getInt("n")).isEqualTo(2);

        // Free text comes back as the text typed (escaping is the page's job), searchable.
        Api.Reply answers = api("wuxi.coord").get("api/v1/sessions/" + a.sessionId() + "/feedback-results/answers");
        assertThat(answers.status()).isEqualTo(200);
        JsonArray items = answers.object().getJsonObject("page").getJsonArray("items");
        assertThat(items.getValuesAs(JsonObject.class).stream().map(i -> i.getString("text")))
                .containsExactlyInAnyOrder(SCRIPT, CASES);
        JsonArray found = api("wuxi.coord").get("api/v1/sessions/" + a.sessionId()
                + "/feedback-results/answers?q=%E6%A1%88%E4%BE%8B").object().getJsonObject("page")
                .getJsonArray("items");
        assertThat(found).hasSize(1);
        assertThat(found.getJsonObject(0).getString("text")).isEqualTo(CASES);

        // Nothing of the people: no participant, key or submission key anywhere in the answers.
        for (Api.Reply body : List.of(reply, answers)) {
            assertThat(body.body()).doesNotContain("participant", "respondent", "submission");
            for (String key : a.keys()) {
                assertThat(body.body()).doesNotContain(key);
            }
            for (Long id : a.fixture().participantIds()) {
                assertThat(body.body()).doesNotContain("\"id\":" + id + ",", "\"id\":" + id + "}");
            }
        }
        assertProblem(api("wuxi.coord").get("api/v1/sessions/" + a.sessionId() + "/feedback-results/answers?q="
                + "x".repeat(101)), 400, "error.tooLong", "q");
        assertProblem(api("guiyang.coord").get("api/v1/sessions/" + a.sessionId() + "/feedback-results"), 403,
                "error.forbidden");
        assertProblem(api("wuxi.coord").get("api/v1/sessions/999999999/feedback-results"), 404, "session.notFound");
    }

    @Test
    void aCoordinatorAboveSeesTooFewWhereTheLeadTrainerSeesTheFigures() {
        SessionFixture fixture = SessionFixture.create(this, 4);
        Marks.enrolledSince(fixture.batchId(), "2026-01-01");
        long session = Marks.session(fixture, 3, "2026-06-13", "HELD");
        for (long person : fixture.participantIds()) {
            Marks.mark(session, person, "PRESENT");
        }
        FeedbackRows.respond(session, 2, 3, 4, 3, new int[] {1}, "讲得太快");
        FeedbackRows.respond(session, 3, 3, 5, 3, new int[] {}, null);
        FeedbackRows.respond(session, 4, 2, 6, 1, new int[] {}, null);
        String path = "api/v1/sessions/" + session + "/feedback-results";

        JsonObject above = api("wuxi.coord").get(path).object();
        assertThat(above.getInt("responses")).isEqualTo(3);
        assertThat(above.getBoolean("tooFew")).isTrue();
        JsonObject hidden = question(above.getJsonArray("questions"), "SATISFACTION");
        assertThat(hidden.getBoolean("tooFew")).isTrue();
        assertThat(absent(hidden, "mean")).isTrue();
        assertThat(absent(hidden, "median")).isTrue();
        assertThat(hidden.getJsonArray("bars")).isEmpty();
        JsonObject aboveTexts = api("wuxi.coord").get(path + "/answers").object();
        assertThat(aboveTexts.getBoolean("tooFew")).isTrue();
        assertThat(aboveTexts.getJsonObject("page").getJsonArray("items")).isEmpty();
        assertThat(api("wuxi.coord").get(path + "/answers").body()).doesNotContain("讲得太快");

        JsonObject own = api("baodong.trainer").get(path).object();
        assertThat(own.getBoolean("tooFew")).isFalse();
        assertThat(own.getBoolean("ownSessions")).isTrue();
        JsonObject shown = question(own.getJsonArray("questions"), "SATISFACTION");
        assertThat(shown.getJsonNumber("mean").doubleValue()).isEqualTo(5.0);
        assertThat(shown.getJsonNumber("median").doubleValue()).isEqualTo(5.0);
        assertThat(api("baodong.trainer").get(path + "/answers").body()).contains("讲得太快");
        // A lecturer of the site who does not train this session is above it too.
        assertThat(api("baodong.lecturer2").get(path).object().getBoolean("tooFew")).isTrue();

        // The export leaves the small session out for the coordinator, not for the trainer.
        String coordCsv = csv(api("wuxi.coord").download(path + "/responses.csv"));
        assertThat(coordCsv.strip().split("\r\n")).hasSize(1);
        String trainerCsv = csv(api("baodong.trainer").download(path + "/responses.csv"));
        assertThat(trainerCsv.strip().split("\r\n")).hasSize(4);
        assertThat(trainerCsv).contains("讲得太快");

        // The project's comments: a session with enough responses shows its comment to the coordinator, the small
        // one's stays out; its trainer sees both; the search narrows them.
        long big = Marks.session(fixture, 4, "2026-06-20", "HELD");
        for (long person : fixture.participantIds()) {
            Marks.mark(big, person, "PRESENT");
        }
        for (int i = 0; i < 5; i++) {
            FeedbackRows.respond(big, 4, 4, 8, 2, new int[] {}, i == 0 ? "希望多一些角色扮演" : null);
        }
        String projectTexts = "api/v1/projects/" + fixture.projectId() + "/feedback-results/answers";
        Api.Reply coordTexts = api("wuxi.coord").get(projectTexts);
        assertThat(coordTexts.status()).as(coordTexts.toString()).isEqualTo(200);
        assertThat(texts(coordTexts)).containsExactly("希望多一些角色扮演");
        assertThat(texts(api("baodong.trainer").get(projectTexts)))
                .containsExactlyInAnyOrder("希望多一些角色扮演", "讲得太快");
        assertThat(texts(api("baodong.trainer").get(projectTexts + "?q=%E5%A4%AA%E5%BF%AB")))
                .containsExactly("讲得太快");
        assertProblem(api("guiyang.coord").get(projectTexts), 403, "error.forbidden");
    }

    private static List<String> texts(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object().getJsonObject("page").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("text")).toList();
    }

    @Test
    void trainersAreComparedOnlyByManagersAndTheManagementGroup() {
        Answered a = Answered.create(this, "2026-06-20");
        String base = "api/v1/projects/" + a.fixture().projectId() + "/feedback-results";
        assertProblem(api("baodong.lecturer2").get(base + "/compare?by=trainer"), 403, "error.forbidden");
        assertProblem(api("baodong.lecturer2").get(base + "?trainerId="
                + CoursewareFixture.accountId("baodong.trainer")), 403, "error.forbidden");
        assertProblem(api("wuxi.observer").get(base + "/compare?by=trainer"), 403, "error.forbidden");
        assertProblem(api("wuxi.coord").get(base + "/compare?by=weather"), 400, "feedback.results.compareBy", "by");

        for (String who : List.of("wuxi.coord", "baodong.manager")) {
            Api.Reply trainers = api(who).get(base + "/compare?by=trainer");
            assertThat(trainers.status()).as(who + " " + trainers).isEqualTo(200);
            JsonObject row = trainers.object().getJsonArray("rows").getJsonObject(0);
            assertThat(row.getString("labelZh")).isEqualTo("宝东讲师");
            assertThat(row.getInt("responses")).isEqualTo(6);
            // Clarity 5,4,4,5,3,4 = 25/6.
            assertThat(row.getJsonNumber("clarity").doubleValue()).isEqualTo(4.17);
            assertThat(row.getInt("clarityN")).isEqualTo(6);
        }

        JsonObject lessons = api("baodong.lecturer2").get(base + "/compare?by=lesson").object();
        JsonObject lesson2 = lessons.getJsonArray("rows").getJsonObject(0);
        assertThat(lesson2.getInt("key")).isEqualTo(2);
        assertThat(lesson2.getJsonNumber("satisfaction").doubleValue()).isEqualTo(8.17);
        assertThat(lesson2.getInt("satisfactionN")).isEqualTo(6);
        JsonObject batches = api("wuxi.coord").get(base + "/compare?by=batch").object();
        assertThat(batches.getJsonArray("rows")).hasSize(1);
        assertThat(batches.getJsonArray("rows").getJsonObject(0).getJsonNumber("usefulness").doubleValue())
                .isEqualTo(4.33);

        JsonObject project = api("wuxi.coord").get(base + "?lesson=2").object();
        assertThat(project.getInt("responses")).isEqualTo(6);
        assertThat(project.getInt("attended")).isEqualTo(7);
        assertThat(api("wuxi.coord").get(base + "?lesson=4").object().getInt("responses")).isEqualTo(0);
        assertProblem(api("guiyang.coord").get(base), 403, "error.forbidden");
    }

    @Test
    void exportsHoldTheAnswersAndNoIdentities() throws IOException {
        Answered a = Answered.create(this, "2026-06-27");
        String path = "api/v1/sessions/" + a.sessionId();
        HttpResponse<byte[]> csvReply = api("baodong.trainer").download(path + "/feedback-results/responses.csv");
        assertThat(csvReply.statusCode()).isEqualTo(200);
        assertThat(csvReply.body()[0] & 0xFF).isEqualTo(0xEF);
        String csv = csv(csvReply);
        String[] lines = csv.strip().split("\r\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).contains("本次课程的内容对我有帮助", "课程时长", "课程名称");
        assertThat(lines[1]).contains(SCRIPT, "5", "合适", "青春期身心变化；亲子沟通技巧", CheckInFixture.LESSON_TITLE);
        assertNoIdentities(csv, a);

        HttpResponse<byte[]> xlsx = api("baodong.trainer").download(path + "/feedback-results/responses.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
            DataFormatter format = new DataFormatter();
            Row header = sheet.getRow(0);
            int usefulness = -1;
            StringBuilder all = new StringBuilder();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (format.formatCellValue(header.getCell(c)).equals("本次课程的内容对我有帮助")) {
                    usefulness = c;
                }
            }
            assertThat(usefulness).isPositive();
            List<String> values = new ArrayList<>();
            for (int r = 1; r <= 6; r++) {
                values.add(format.formatCellValue(sheet.getRow(r).getCell(usefulness)));
                for (int c = 0; c < sheet.getRow(r).getLastCellNum(); c++) {
                    all.append(format.formatCellValue(sheet.getRow(r).getCell(c))).append('|');
                }
            }
            assertThat(values).containsExactly("5", "5", "4", "4", "3", "5");
            assertThat(all.toString()).contains(SCRIPT, CASES);
            assertNoIdentities(all.toString(), a);
        }

        HttpResponse<byte[]> pdf = api("baodong.trainer").download(path + "/feedback-summary.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("课后反馈汇总", CheckInFixture.LESSON_TITLE, "反馈 6 份", "平均 4.33", CASES);
        }
        assertThat(api("guiyang.coord").download(path + "/feedback-summary.pdf").statusCode()).isEqualTo(403);

        String project = csv(api("wuxi.coord").download("api/v1/projects/" + a.fixture().projectId()
                + "/feedback-results/responses.csv"));
        assertThat(project.strip().split("\r\n")).hasSize(7);
        assertNoIdentities(project, a);
    }

    private static void assertNoIdentities(String export, Answered a) {
        for (String key : a.keys()) {
            assertThat(export).doesNotContain(key, key.substring(2, 20));
        }
        for (List<Object> row : Db.rows(
                "select cast(submission_key as text) from feedback_response where session_id = ?", a.sessionId())) {
            assertThat(export).doesNotContain((String) row.get(0));
        }
        for (Long id : a.fixture().participantIds()) {
            assertThat(export).doesNotContainPattern("(^|[^0-9])" + id + "([^0-9]|$)");
        }
    }

    static String csv(HttpResponse<byte[]> reply) {
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        return new String(reply.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
    }

    static JsonObject question(JsonArray questions, String measure) {
        return questions.getValuesAs(JsonObject.class).stream()
                .filter(q -> !absent(q, "measure") && q.getString("measure").equals(measure)).findFirst()
                .orElseThrow();
    }

    /** JSON-B leaves null fields out. */
    static boolean absent(JsonObject object, String field) {
        return !object.containsKey(field) || object.isNull(field);
    }

    static List<Long> counts(JsonObject question) {
        return question.getJsonArray("bars").getValuesAs(JsonObject.class).stream()
                .map(b -> b.getJsonNumber("count").longValue()).toList();
    }
}
