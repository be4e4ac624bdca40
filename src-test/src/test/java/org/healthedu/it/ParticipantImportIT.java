package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.it.EnrolmentFixtures.BAODONG_UNIT;
import static org.healthedu.it.EnrolmentFixtures.BAODONG_SITE;
import static org.healthedu.it.EnrolmentFixtures.baodongBatch;
import static org.healthedu.it.EnrolmentFixtures.create;
import static org.healthedu.it.EnrolmentFixtures.parent;
import static org.healthedu.it.EnrolmentFixtures.siteId;
import static org.healthedu.it.EnrolmentFixtures.uniqueName;
import static org.healthedu.it.EnrolmentFixtures.wuxiProject;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Importing participants into a batch through the REST API: every bad row reported, then valid rows or all. */
class ParticipantImportIT extends AppIT {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    private static final String HEADER = "姓名,类别,性别,出生年份,手机号,学校,年级,监护人姓名,监护人关系,同意日期\n";

    private static Api.Reply preview(Api api, long batch, byte[] file, String query) {
        return api.postBytes("api/v1/batches/" + batch + "/import/preview?filename=f.csv" + query, "text/csv", file);
    }

    private static Api.Reply apply(Api api, long batch, byte[] file, String query) {
        return api.postBytes("api/v1/batches/" + batch + "/import/apply?filename=f.csv" + query, "text/csv", file);
    }

    private static Map<Integer, JsonObject> rowsByLine(Api.Reply preview) {
        return preview.object().getJsonArray("rows").stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(r -> r.getInt("line"), r -> r));
    }

    private static List<String> codes(JsonObject row) {
        return row.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("code")).toList();
    }

    private static List<String> messages(JsonObject row) {
        return row.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("message")).toList();
    }

    @Test
    void everyBadRowIsReportedThenTheValidRowsOrNothingAreImported() {
        Api wuxi = api("wuxi.coord");
        long project = wuxiProject(wuxi);
        long batch = baodongBatch(wuxi, project, 3);
        String s = uniqueName("");
        String existing = "钱丽华" + s;
        create(wuxi, parent(existing, "13900009999", BAODONG_UNIT));
        byte[] file = (HEADER
                + "王秀英" + s + ",家长,女,,13800001111,,,,,\n"  // 2 ok
                + "黄振华" + s + ",,男,,,,,,,\n"  // 3 ok, a parent by default
                + "李小红" + s + ",学生,女," + (YEAR - 12) + ",,民丰小学,六年级,,,\n"  // 4 no consent
                + "李小兰" + s + ",学生,女," + (YEAR - 12) + ",,民丰小学,六年级,李建国,父亲,"
                + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "\n"  // 5 ok, consent
                + "赵明" + s + ",学生,男,20x2,,金星中学,初二,,,\n"  // 6 bad year
                + "陈静" + s + ",学生,女," + (YEAR - 16) + ",13700001111,金星中学,高一,陈父,父亲,2026-01-05\n"  // 7 phone
                + "王 秀英" + s + ",家长,女,,138-0000-1111,,,,,\n"  // 8 same as 2
                + existing + ",家长,女,,13900009999,,,,,\n"  // 9 registered
                + "周海燕" + s + ",家长,女,,,,,,,\n")  // 10 no place left
                .getBytes(StandardCharsets.UTF_8);
        long before = Db.count("select count(*) from participant");

        Api.Reply preview = preview(wuxi, batch, file, "");
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        JsonObject summary = preview.object();
        assertThat(summary.getInt("totalRows")).isEqualTo(9);
        assertThat(summary.getInt("errorRows")).isEqualTo(6);
        assertThat(summary.getInt("validRows")).isEqualTo(3);
        assertThat(summary.getInt("freePlaces")).isEqualTo(3);
        assertThat(summary.getBoolean("canApplyAll")).isFalse();
        assertThat(summary.getBoolean("canApplyValid")).isTrue();
        Map<Integer, JsonObject> rows = rowsByLine(preview);
        assertThat(codes(rows.get(2))).isEmpty();
        assertThat(rows.get(3).getString("kind")).isEqualTo("PARENT");
        assertThat(codes(rows.get(4))).containsExactly("import.participant.consentMissing");
        assertThat(messages(rows.get(4))).containsExactly("监护人同意：可能未满14周岁：请填写监护人姓名、关系和签署日期。");
        assertThat(codes(rows.get(5))).isEmpty();
        assertThat(codes(rows.get(6))).containsExactly("import.participant.birthYear.format");
        assertThat(messages(rows.get(6))).containsExactly("出生年份：“20x2”不是出生年份，请填写四位数年份，如 2012。");
        assertThat(codes(rows.get(7))).containsExactly("participant.phone.minor");
        assertThat(codes(rows.get(8))).containsExactly("import.participant.duplicateInFile");
        assertThat(messages(rows.get(8))).containsExactly("姓名：与文件第 2 行是同一人。");
        assertThat(codes(rows.get(9))).containsExactly("import.participant.likelyDuplicate");
        assertThat(messages(rows.get(9)).get(0)).contains(existing).contains("宝东社区计划生育协会");
        assertThat(codes(rows.get(10))).containsExactly("import.batch.full");
        assertThat(Db.count("select count(*) from participant")).as("a preview changes nothing").isEqualTo(before);

        Api.Reply english = wuxi.inEnglish().postBytes("api/v1/batches/" + batch + "/import/preview?filename=f.csv",
                "text/csv", file);
        assertThat(messages(rowsByLine(english).get(10))).containsExactly("Batch: The batch is full: only 3 places "
                + "were free.");

        Api.Reply all = apply(wuxi, batch, file, "&mode=all");
        assertProblem(all, 400, "participantImport.hasErrors", "file");
        assertThat(all.string("detail")).isEqualTo("6 行有错误，未导入任何学员。");
        assertThat(Db.count("select count(*) from participant")).as("all or nothing: nothing").isEqualTo(before);

        Api.Reply valid = apply(wuxi, batch, file, "&mode=valid");
        assertThat(valid.status()).as(valid.toString()).isEqualTo(200);
        assertThat(valid.object().getInt("created")).isEqualTo(3);
        assertThat(valid.object().getInt("enrolled")).isEqualTo(3);
        assertThat(valid.object().getInt("consents")).isEqualTo(1);
        assertThat(valid.object().getInt("skipped")).isEqualTo(6);
        assertThat(Db.count("select count(*) from participant")).isEqualTo(before + 3);

        JsonArray roster = wuxi.get("api/v1/batches/" + batch + "/enrolments").object().getJsonArray("items");
        assertThat(roster.stream().map(v -> v.asJsonObject().getString("displayName")).toList())
                .containsExactlyInAnyOrder("王秀英" + s, "黄振华" + s, "李小兰" + s);
        JsonObject counts = wuxi.get("api/v1/batches/" + batch).object();
        assertThat(counts.getInt("activeCount")).isEqualTo(3);
        assertThat(Db.rows("select u.code, s.name_zh, p.phone from participant p join organisation_unit u"
                + " on u.id = p.unit_id join site s on s.id = p.site_id where p.display_name = ?", "王秀英" + s).get(0))
                .as("the batch's site and its unit").containsExactly(BAODONG_UNIT, BAODONG_SITE, "13800001111");
        assertThat(Db.rows("select c.guardian_name, c.relation, a.username from guardian_consent c"
                + " join participant p on p.id = c.participant_id join account a on a.id = c.recorded_by"
                + " where p.display_name = ?", "李小兰" + s).get(0)).containsExactly("李建国", "父亲", "wuxi.coord");

        Api.Reply again = preview(wuxi, batch, file, "");
        Map<Integer, JsonObject> second = rowsByLine(again);
        assertThat(codes(second.get(2))).containsExactly("import.participant.likelyDuplicate");
        assertThat(codes(second.get(5))).as("name + birth year + school").containsExactly(
                "import.participant.likelyDuplicate");
        assertThat(again.object().getInt("freePlaces")).isZero();
        assertProblem(apply(wuxi, batch, file, "&mode=valid"), 400, "import.nothingValid", "file");
    }

    @Test
    void aCleanSpreadsheetWithEnglishHeadersIsImportedWhole() throws IOException {
        Api wuxi = api("wuxi.coord");
        long project = wuxiProject(wuxi);
        long batch = baodongBatch(wuxi, project, 30);
        String s = uniqueName("");
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("students");
            String[][] cells = {
                {"School", "Name", "Birth Year", "Gender", "Grade"},
                {"江南大学", "熊欣怡" + s, String.valueOf(YEAR - 20), "F", "大一"},
                {"江南大学", "段泽宇" + s, String.valueOf(YEAR - 21), "M", "大二"}};
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    if (r > 0 && c == 2) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[r][c]));
                    } else {
                        row.createCell(c).setCellValue(cells[r][c]);
                    }
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        Api.Reply applied = wuxi.postBytes("api/v1/batches/" + batch + "/import/apply?filename=students.xlsx"
                + "&kind=STUDENT", "application/octet-stream", xlsx);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.object().getInt("created")).isEqualTo(2);
        assertThat(Db.rows("select kind, gender, birth_year, school, grade from participant where display_name = ?",
                "熊欣怡" + s).get(0)).containsExactly("STUDENT", "FEMALE", YEAR - 20, "江南大学", "大一");
        assertThat(wuxi.get("api/v1/batches/" + batch).object().getInt("activeCount")).isEqualTo(2);
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAsAWhole() {
        Api wuxi = api("wuxi.coord");
        long batch = baodongBatch(wuxi, wuxiProject(wuxi), 30);
        assertProblem(preview(wuxi, batch, "电话,性别\n138,女\n".getBytes(StandardCharsets.UTF_8), ""), 400,
                "import.file.missingColumns", "file");
        assertProblem(preview(wuxi, batch, new byte[0], ""), 400, "import.file.empty", "file");
        assertProblem(wuxi.postBytes("api/v1/batches/" + batch + "/import/preview?filename=x.xlsx",
                "application/octet-stream", "not a workbook".getBytes(StandardCharsets.UTF_8)), 400,
                "import.file.unreadable", "file");
        assertProblem(apply(wuxi, batch, "姓名\n王芳\n".getBytes(StandardCharsets.UTF_8), "&mode=some"), 400,
                "import.mode.unknown", "mode");
        assertProblem(preview(wuxi, batch, "姓名\n王芳\n".getBytes(StandardCharsets.UTF_8), "&kind=TEACHER"), 400,
                "participant.kind.unknown", "kind");
        assertProblem(preview(api("baodong.trainer"), batch, "姓名\n王芳\n".getBytes(StandardCharsets.UTF_8), ""),
                403, "error.forbidden", null);
        assertProblem(preview(wuxi, 987654321L, "姓名\n王芳\n".getBytes(StandardCharsets.UTF_8), ""), 404,
                "batch.notFound", null);
        assertThat(Db.count("select count(*) from enrolment where batch_id = ?", batch)).isZero();
        assertThat(siteId(BAODONG_UNIT, BAODONG_SITE)).isPositive();
    }
}
