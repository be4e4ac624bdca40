package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.it.FiguresFixture.COUNTY_B;
import static org.healthedu.it.FiguresFixture.SCHOOL_B;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.healthedu.account.PasswordHashes;
import org.junit.jupiter.api.Test;

/**
 * Above the site nobody is singled out by the figures: at the school of {@link FiguresFixture} (site B) 8 people are
 * enrolled, 6 parents, 1 student and 1 peer educator, 7 women and 1 man. The county's coordinator sees the man as
 * "&lt;5" and the 7 women hidden with him (else 8 - 7 would give him away), the student and the peer educator hidden
 * and the 6 parents, the 8 enrolled, sessions and contacts exactly: in the API, the workbook, the figures page and the
 * dashboard. A lecturer of the site sees every figure of their site exactly, and the DHIS2 exchange stays exact.
 */
class SmallCellsIT extends AppIT {

    @Test
    void aCountyCoordinatorSeesSmallCellsHiddenAndTheSitesTrainerSeesThemExactly() throws Exception {
        FiguresFixture f = FiguresFixture.create();
        for (int i = 0; i < 6; i++) {
            parent(f, "女家长" + i);
        }
        String coordinator = account("COORDINATOR", COUNTY_B);
        String lecturer = account("TRAINER", SCHOOL_B);
        long projectSite = Db.count("select id from project_site where project_id = ? and site_id = ?", f.projectId,
                f.siteB);
        long group = FiguresFixture.next("trainer_group_seq");
        Db.update("insert into trainer_group (id, project_site_id, kind) values (?, ?, 'LECTURER')", group,
                projectSite);
        Db.update("""
                insert into trainer_group_member (id, group_id, account_id)
                select nextval('trainer_group_member_seq'), ?, id from account where username = ?""", group,
                lecturer);
        Api county = api(coordinator);
        long countyB = Db.unitId(COUNTY_B);
        long school = Db.unitId(SCHOOL_B);
        String base = "api/v1/figures/projects/" + f.projectId + "/units/";

        // The county's coordinator, in JSON: the county's total and its child (the school) alike.
        JsonObject shown = ok(county.get(base + countyB));
        assertThat(shown.getInt("minCell")).isEqualTo(5);
        for (JsonObject unit : List.of(shown.getJsonObject("total"), child(shown, school))) {
            assertThat(suppressed(unit)).as(unit.getString("nameZh"))
                    .contains("ENROLLED_MALE", "ENROLLED_FEMALE", "ENROLLED_STUDENTS", "ENROLLED_PEER_EDUCATORS")
                    .doesNotContain("ENROLLED_PARENTS", "ENROLLED");
            JsonObject values = unit.getJsonObject("values");
            assertThat(values.containsKey("ENROLLED_MALE")).as("the 1 man's cell carries no number").isFalse();
            assertThat(values.containsKey("ENROLLED_FEMALE")).as("nor the 7 women's, its complement").isFalse();
            assertThat(values.getJsonNumber("ENROLLED").longValue()).as("the total stays exact").isEqualTo(8);
            assertThat(values.getJsonNumber("ENROLLED_PARENTS").longValue()).isEqualTo(6);
            assertThat(values.getJsonNumber("SESSIONS_HELD").longValue()).isEqualTo(2);
            assertThat(values.getJsonNumber("CONTACTS").longValue()).isEqualTo(3);
        }

        // The workbook the coordinator downloads: "<5" for the man, the women's cell hidden too, the legend below.
        HttpResponse<byte[]> xlsx = county.download(base + countyB + "/xlsx?period=2026-08-01/2027-07-31");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheet("分单位数据");
            int male = column(sheet, "HE_ENROLLED_MALE");
            int female = column(sheet, "HE_ENROLLED_FEMALE");
            int enrolled = column(sheet, "HE_ENROLLED");
            Row schoolRow = null;
            for (Row r : sheet) {
                Cell code = r.getCell(1);
                if (code != null && code.getCellType() == CellType.STRING && SCHOOL_B.equals(code.getStringCellValue())) {
                    schoolRow = r;
                }
            }
            assertThat(schoolRow).as("the school's row").isNotNull();
            assertThat(schoolRow.getCell(male).getStringCellValue()).isEqualTo("<5");
            assertThat(schoolRow.getCell(female).getStringCellValue()).isEqualTo("<5");
            assertThat(schoolRow.getCell(enrolled).getNumericCellValue()).isEqualTo(8.0);
            StringBuilder text = new StringBuilder();
            sheet.forEach(r -> r.forEach(c -> {
                if (c.getCellType() == CellType.STRING) {
                    text.append(c.getStringCellValue()).append('\n');
                }
            }));
            assertThat(text.toString()).as("the legend beside the heads").contains("为保护未成年人");
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertThat(last.getCell(1).getStringCellValue()).as("the last row is the county's total")
                    .isEqualTo(COUNTY_B);
            assertThat(last.getCell(male).getStringCellValue()).isEqualTo("<5");
            for (Row r : sheet) {
                Cell c = r.getCell(female);
                assertThat(c == null || c.getCellType() != CellType.NUMERIC || c.getNumericCellValue() != 7.0)
                        .as("no 7 women anywhere").isTrue();
            }
        }

        // The figures page the coordinator opens.
        PageClient pages = new PageClient(base());
        pages.get("login.xhtml");
        HttpResponse<String> signedIn = pages.submit("loginForm", "submit",
                Map.of("username", coordinator, "password", AuthFixture.PASSWORD));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        HttpResponse<String> page = pages.get("reporting/figures.xhtml?projectId=" + f.projectId + "&unitId="
                + countyB);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("small-cell", "&lt;5", "smallCellsNote", "为保护未成年人");

        // The project dashboard: August's enrolments by sex are hidden, the month's total is not.
        JsonObject dashboard = ok(county.get(base + countyB + "/dashboard"));
        assertThat(dashboard.getInt("minCell")).isEqualTo(5);
        JsonObject august = dashboard.getJsonArray("months").getJsonObject(0);
        assertThat(august.getString("month")).isEqualTo("2026-08-01");
        assertThat(august.getJsonNumber("enrolled").longValue()).isEqualTo(8);
        assertThat(!august.containsKey("enrolledMale") || august.isNull("enrolledMale")).isTrue();
        assertThat(!august.containsKey("enrolledFemale") || august.isNull("enrolledFemale")).isTrue();
        assertThat(august.getJsonNumber("enrolledParents").longValue()).isEqualTo(6);

        // The machine exchange with the national HMIS stays exact (see FiguresExports).
        JsonObject set = ok(county.get(base + countyB + "/dataValueSets?period=2026-08-01/2027-07-31"));
        assertThat(set.getJsonArray("dataValues").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("orgUnit").equals(COUNTY_B)
                        && v.getString("dataElement").equals("HE_ENROLLED_MALE"))
                .map(v -> v.getString("value")).toList()).containsExactly("1");

        // The site's own lecturer sees the same figures of their school exactly.
        Api trainer = api(lecturer);
        for (long unit : List.of(school)) {
            JsonObject exact = ok(trainer.get(base + unit));
            assertThat(exact.containsKey("minCell") && !exact.isNull("minCell")).isFalse();
            JsonObject total = exact.getJsonObject("total");
            assertThat(suppressed(total)).isEmpty();
            JsonObject values = total.getJsonObject("values");
            assertThat(values.getJsonNumber("ENROLLED_MALE").longValue()).isEqualTo(1);
            assertThat(values.getJsonNumber("ENROLLED_FEMALE").longValue()).isEqualTo(7);
            assertThat(values.getJsonNumber("ENROLLED_STUDENTS").longValue()).isEqualTo(1);
            assertThat(values.getJsonNumber("ENROLLED_PEER_EDUCATORS").longValue()).isEqualTo(1);
        }
        JsonObject trainerDashboard = ok(trainer.get(base + school + "/dashboard"));
        assertThat(trainerDashboard.getJsonArray("months").getJsonObject(0).getJsonNumber("enrolledMale").longValue())
                .isEqualTo(1);

        // The English legend is translated too.
        HttpResponse<byte[]> english = county.inEnglish().download(base + countyB
                + "/xlsx?period=2026-08-01/2027-07-31");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(english.body()))) {
            StringBuilder text = new StringBuilder();
            book.forEach(s -> s.forEach(r -> r.forEach(c -> {
                if (c.getCellType() == CellType.STRING) {
                    text.append(c.getStringCellValue()).append('\n');
                }
            })));
            assertThat(text.toString()).contains("To protect minors");
        }
    }

    /** A parent enrolled at the school (site B) a year before the fixture's project's end. */
    private static void parent(FiguresFixture f, String key) {
        long id = FiguresFixture.next("participant_seq");
        String name = EnrolmentFixtures.uniqueName("小格" + key);
        Db.update("""
                insert into participant (id, kind, display_name, name_key, gender, birth_year, unit_id, site_id)
                values (?, 'PARENT', ?, ?, 'FEMALE', null, ?, ?)""", id, name, name, Db.unitId(SCHOOL_B), f.siteB);
        Db.update("""
                insert into enrolment (id, batch_id, project_id, participant_id, status, enrolled_on, enrolled_by)
                values (nextval('enrolment_seq'), ?, ?, ?, 'ACTIVE', date '2026-08-01', ?)""", f.batchB, f.projectId,
                id, f.adminId);
    }

    /** An account of the role at the unit, with {@link AuthFixture#PASSWORD}. */
    private static String account(String role, String unitCode) {
        String username = ("small." + role + "." + Long.toString(System.nanoTime(), 36)).toLowerCase(Locale.ROOT);
        Db.update("""
                insert into account (id, username, password_hash, display_name, role, unit_id)
                values (nextval('account_seq'), ?, ?, ?, ?, ?)""",
                username, PasswordHashes.hash(AuthFixture.PASSWORD.toCharArray()), "小格测试 " + role, role,
                Db.unitId(unitCode));
        return username;
    }

    @Override
    protected Api api(String username) {
        return Api.as(base(), username, AuthFixture.PASSWORD);
    }

    private static JsonObject ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    private static JsonObject child(JsonObject figures, long unitId) {
        return figures.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("unitId").longValue() == unitId && !"SITE".equals(c.getString("level")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no child " + unitId + " in " + figures));
    }

    private static List<String> suppressed(JsonObject unit) {
        return !unit.containsKey("suppressed") || unit.isNull("suppressed") ? List.of()
                : unit.getJsonArray("suppressed").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                        .toList();
    }

    private static int column(Sheet sheet, String dataElement) {
        for (Cell cell : sheet.getRow(1)) {
            if (dataElement.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + dataElement);
    }
}
