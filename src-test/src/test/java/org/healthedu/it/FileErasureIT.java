package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.it.ActivityFixture.lecture;
import static org.healthedu.it.ActivityFixture.logged;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Uploaded files that may show a participant (photos and scanned sign-in sheets of headcount activities at their site
 * and project, attachments of reports covering it): the export lists them; an erasure removes the content of those
 * its request names (checked to show the person) and refuses any other id; a removed file answers 410 with a
 * translated problem and the pages show "removed for privacy" instead of a download, while every count stays. The
 * files a participant import or an attendance sheet arrive in are never stored at all.
 */
class FileErasureIT extends AppIT {

    private static final LocalDate WEEK_AGO = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(7);

    @Test
    void anErasureRemovesTheContentOfTheFilesItNamesAndKeepsTheirRecord() {
        PrivacyFixture f = PrivacyFixture.create(this);
        Api wuxi = api("wuxi.coord");
        String topic = "签到表-" + uniqueCode("E");
        long activity = logged(wuxi, lecture(f.hosts().siteId(), WEEK_AGO.toString(), topic, 40,
                "\"projectId\":" + f.projectId()));
        String evidence = "api/v1/activities/" + activity + "/evidence";
        long sheet = wuxi.postBytes(evidence + "?filename=签到表.jpg", "image/jpeg", ActivityFixture.jpeg()).id();
        byte[] png = ActivityFixture.png();
        long photo = wuxi.postBytes(evidence + "?filename=现场.png", "image/png", png).id();
        long report = ReportFixture.created(wuxi, f.projectId(), ReportFixture.WUXI, ReportFixture.quarterOf(WEEK_AGO))
                .getJsonNumber("id").longValue();
        Api.Reply attached = wuxi.postBytes("api/v1/reports/" + report + "/attachments?kind=ARCHIVE_LIST"
                + "&filename=名单.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        long list = attached.object().getJsonNumber("fileId").longValue();
        String counts = counts(activity, report);

        JsonArray files = wuxi.get("api/v1/participants/" + f.person() + "/personal-data").object()
                .getJsonObject("tables").getJsonArray("stored_file");
        assertThat(files.stream().map(JsonValue::asJsonObject)
                .filter(x -> List.of(sheet, photo, list).contains(x.getJsonNumber("file_id").longValue()))
                .map(x -> x.getString("found_in") + " " + x.getString("file_name")))
                .containsExactlyInAnyOrder("ACTIVITY_EVIDENCE 签到表.jpg", "ACTIVITY_EVIDENCE 现场.png",
                        "REPORT_ARCHIVE_LIST 名单.pdf");

        // An id the export does not list refuses the whole request: nothing erased, no file touched.
        long elsewhere = ((Number) Db.value("select min(id) from stored_file where id not in (?, ?, ?)", sheet, photo,
                list)).longValue();
        String base = "api/v1/participants/" + f.person();
        assertProblem(wuxi.post(base + "/erasure", "{\"reason\":\"申请\",\"files\":[" + sheet + "," + elsewhere
                + "]}"), 400, "privacy.erasure.fileNotListed", "files");
        assertProblem(wuxi.inEnglish().post(base + "/erasure", "{\"reason\":\"申请\",\"files\":[null]}"), 400,
                "privacy.erasure.fileNotListed", "files");
        assertThat(Db.value("select display_name from participant where id = ?", f.person())).isEqualTo(f.name());
        assertThat(Db.count("select count(*) from stored_file_content where file_id = ?", sheet)).isOne();

        Api.Reply erased = wuxi.post(base + "/erasure", "{\"reason\":\"监护人申请，签到表上有其姓名\",\"files\":["
                + sheet + "," + sheet + "]}");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.object().getInt("filesRemoved")).isOne();
        assertThat(erased.object().getInt("filesThatMayShow")).as("left for someone to check")
                .isGreaterThanOrEqualTo(2);

        Api.Reply gone = wuxi.get(evidence + "/" + sheet);
        assertProblem(gone, 410, "error.file.removedForPrivacy");
        assertThat(gone.string("detail")).contains("签到表.jpg").contains("因隐私保护删除");
        assertThat(gone.string("title")).isEqualTo("已删除");
        Api.Reply goneEn = wuxi.inEnglish().get(evidence + "/" + sheet);
        assertProblem(goneEn, 410, "error.file.removedForPrivacy");
        assertThat(goneEn.string("detail")).contains("removed for privacy");
        HttpResponse<byte[]> kept = wuxi.download(evidence + "/" + photo);
        assertThat(kept.statusCode()).as("a file the request did not name").isEqualTo(200);
        assertThat(kept.body()).isEqualTo(png);
        assertThat(wuxi.download("api/v1/reports/" + report + "/attachments/" + list).statusCode()).isEqualTo(200);

        assertThat(Db.rows("select file_name, content_removed_reason, content_removed_at is not null from stored_file "
                + "where id = ?", sheet).get(0)).containsExactly("签到表.jpg", "ERASURE", true);
        assertThat(Db.count("select count(*) from stored_file_content where file_id = ?", sheet)).isZero();
        JsonObject listed = wuxi.get(evidence).json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getJsonNumber("id").longValue() == sheet).findFirst().orElseThrow();
        assertThat(listed.getString("removedReason")).isEqualTo("ERASURE");
        assertThat(counts(activity, report)).as("the activity, its evidence and the report as they were")
                .isEqualTo(counts);
        assertThat(Db.value("select details->>'filesRemoved' from audit_event where kind = 'PERSONAL_DATA_ERASED' "
                + "and target_id = ?", f.person())).isEqualTo("1");

        // The page says so instead of offering the download; the other file still downloads.
        PageClient pages = signedIn("wuxi.coord");
        String page = pages.get("activity/activity.xhtml?id=" + activity).body();
        assertThat(page).contains("签到表.jpg").contains("文件已于").contains("因隐私保护删除")
                .contains("学员个人信息删除申请").contains("现场.png");
        assertThat(page.split("pi-download", -1)).as("one download link: the photo").hasSize(2);

        JsonObject after = wuxi.get(base + "/personal-data").object();
        assertThat(after.getJsonObject("tables").getJsonArray("stored_file").stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getJsonNumber("file_id").longValue() == sheet)
                .map(x -> x.getString("content_removed_reason"))).containsExactly("ERASURE");
    }

    @Test
    void participantImportsAndAttendanceSheetsAreNeverStored() {
        Api wuxi = api("wuxi.coord");
        long batch = EnrolmentFixtures.baodongBatch(wuxi, EnrolmentFixtures.wuxiProject(wuxi), 5);
        long files = Db.count("select count(*) from stored_file");
        String name = EnrolmentFixtures.uniqueName("导入家长");
        Api.Reply applied = wuxi.postBytes("api/v1/batches/" + batch + "/import/apply?filename=f.csv", "text/csv",
                ("姓名,类别,性别,出生年份,手机号,学校,年级,监护人姓名,监护人关系,同意日期\n" + name + ",家长,女,,,,,,,\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(Db.count("select count(*) from participant where display_name = ?", name)).isOne();
        assertThat(Db.count("select count(*) from stored_file")).as("the spreadsheet was read, not kept")
                .isEqualTo(files);
    }

    private static String counts(long activity, long report) {
        return Db.rows("""
                select (select headcount from activity where id = ?),
                       (select count(*) from activity_evidence where activity_id = ?),
                       (select count(*) from report_attachment where report_id = ?),
                       (select count(*) from stored_file f join activity_evidence e on e.file_id = f.id
                         where e.activity_id = ?)""", activity, activity, report, activity).get(0).toString();
    }

    private PageClient signedIn(String username) {
        PageClient pages = new PageClient(base());
        pages.get("login.xhtml");
        HttpResponse<String> in = pages.submit("loginForm", "submit",
                Map.of("username", username, "password", DEMO_PASSWORD));
        assertThat(in.statusCode()).as(in.body()).isEqualTo(302);
        return pages;
    }
}
