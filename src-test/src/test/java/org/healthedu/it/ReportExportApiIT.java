package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The figures exports beside the figures endpoint (DHIS2 data value set, ADX, XLSX, PDF) and the project dashboard's
 * data, for the dashboard fixture's project (owned by Wuxi; September 2026: 3 held sessions at Baodong in Yixing, 1 at
 * Jiangnan University; 14 places expected, 7 attended), seen from Wuxi.
 */
class ReportExportApiIT extends AppIT {

    private static final String ADX_NS = "urn:ihe:qrph:adx:2015";

    /** One project for all tests here: they only read it. */
    private static DashboardFixture fixture;
    private String base;

    @BeforeEach
    void project() {
        if (fixture == null) {
            fixture = DashboardFixture.create(this);
        }
        base = "api/v1/figures/projects/" + fixture.projectId() + "/units/" + Db.unitId("JS-WX");
    }

    @Test
    void dataValueSetCarriesTheUnitCodePeriodAndDataSet() {
        Api.Reply reply = api("wuxi.coord").get(base + "/dataValueSets?period=2026Q3");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        JsonObject set = Json.createReader(new StringReader(reply.body())).readObject();
        assertThat(set.getString("orgUnit")).isEqualTo("JS-WX");
        assertThat(set.getString("period")).isEqualTo("2026Q3");
        assertThat(set.getString("completeDate")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(set.getString("dataSet")).isNotBlank();
        for (JsonObject value : set.getJsonArray("dataValues").getValuesAs(JsonObject.class)) {
            assertThat(value.getString("dataElement")).startsWith("HE_");
            assertThat(value.getString("period")).isEqualTo("2026Q3");
            assertThat(value.getString("categoryOptionCombo")).isEqualTo("HllvX50cXC0");
        }
    }

    @Test
    void adxParsesAsOneGroupPerUnitWithTheIsoPeriod() throws Exception {
        Api.Reply reply = api("wuxi.coord").get(base + "/adx?period=2026Q3");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/adx+xml");
        Element adx = xml(reply.body()).getDocumentElement();
        assertThat(adx.getLocalName()).isEqualTo("adx");
        assertThat(adx.getNamespaceURI()).isEqualTo(ADX_NS);
        assertThat(adx.getAttribute("exported")).endsWith("Z");
        NodeList groups = adx.getElementsByTagNameNS(ADX_NS, "group");
        assertThat(groups.getLength()).isGreaterThanOrEqualTo(1);
        Element first = (Element) groups.item(0);
        assertThat(first.getAttribute("orgUnit")).isEqualTo("JS-WX");
        assertThat(first.getAttribute("period")).isEqualTo("2026-07-01/P3M");
        assertThat(first.getAttribute("completeDate")).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    /** The computed figures reach every export: the data value set, ADX, the workbook's numbers and the PDF's text. */
    @Test
    void exportsCarryTheComputedMeasuresOfTheUnitAndItsChildren() throws Exception {
        Api coordinator = api("wuxi.coord");
        JsonObject set = Json.createReader(new StringReader(coordinator.get(base + "/dataValueSets?period=2026Q3")
                .body())).readObject();
        List<String> wuxiValues = new ArrayList<>();
        List<String> orgUnits = new ArrayList<>();
        for (JsonObject value : set.getJsonArray("dataValues").getValuesAs(JsonObject.class)) {
            orgUnits.add(value.getString("orgUnit"));
            if (value.getString("orgUnit").equals("JS-WX")) {
                wuxiValues.add(value.getString("dataElement") + "=" + value.getString("value"));
            }
        }
        assertThat(wuxiValues).contains("HE_SESSIONS_HELD=4", "HE_EXPECTED=14", "HE_ATTENDED=7",
                "HE_ATTENDANCE_RATE=50.00");
        assertThat(orgUnits).contains("JS-WX-YX", DashboardFixture.JIANGNAN_UNIT);

        Document adx = xml(coordinator.get(base + "/adx?period=2026Q3").body());
        List<String> elements = new ArrayList<>();
        NodeList values = adx.getElementsByTagNameNS(ADX_NS, "dataValue");
        for (int i = 0; i < values.getLength(); i++) {
            elements.add(((Element) values.item(i)).getAttribute("dataElement"));
        }
        assertThat(elements).contains("HE_SESSIONS_HELD", "HE_ATTENDED", "HE_ATTENDANCE_RATE");

        HttpResponse<byte[]> workbook = coordinator.download(base + "/xlsx?period=2026Q3");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            var sheet = book.getSheet("分单位数据");
            int held = -1;
            int attended = -1;
            for (var cell : sheet.getRow(1)) {
                if (cell.getStringCellValue().equals("HE_SESSIONS_HELD")) {
                    held = cell.getColumnIndex();
                } else if (cell.getStringCellValue().equals("HE_ATTENDED")) {
                    attended = cell.getColumnIndex();
                }
            }
            var total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(1).getStringCellValue()).as("the total row is Wuxi's").isEqualTo("JS-WX");
            assertThat(total.getCell(held).getNumericCellValue()).isEqualTo(4.0);
            assertThat(total.getCell(attended).getNumericCellValue()).isEqualTo(7.0);
        }

        HttpResponse<byte[]> pdf = coordinator.download(base + "/pdf?period=2026Q3");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("课件测试项目");
            assertThat(text).containsPattern("举办场次\\s+4\\b");
        }
    }

    @Test
    void workbookOpensWithItsSheets() throws Exception {
        HttpResponse<byte[]> reply = api("wuxi.coord").download(base + "/xlsx?period=2026Q3");
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("概要", "目标", "分单位数据");
            assertThat(book.getSheet("分单位数据").getRow(1).getCell(3).getStringCellValue())
                    .isEqualTo("HE_SESSIONS_PLANNED");
        }
    }

    @Test
    void pdfOpensWithItsChineseLabelsOrEnglishOnRequest() throws Exception {
        HttpResponse<byte[]> reply = api("wuxi.coord").download(base + "/pdf?period=2026Q3");
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(reply.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("项目数据", "主要数据", "举办场次", "2026Q3");
        }
        try (PDDocument pdf = Loader.loadPDF(api("wuxi.coord").inEnglish().download(base + "/pdf?period=2026Q3")
                .body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Key figures", "Sessions held");
        }
    }

    @Test
    void anotherCitysCoordinatorIsRefusedAndBadPeriodsAreExplained() {
        Api guiyang = api("guiyang.coord");
        for (String export : List.of("/dataValueSets", "/adx", "/xlsx", "/pdf")) {
            assertProblem(guiyang.get(base + export + "?period=2026Q3"), 403, "error.forbidden");
        }
        assertProblem(guiyang.get(base + "/dashboard"), 403, "error.forbidden");
        assertProblem(api("wuxi.coord").get(base + "/dataValueSets?period=2026-13"), 400, "export.period.invalid",
                "period");
        assertProblem(api("wuxi.coord").get(base + "/adx?period=2026Q3&idScheme=NAME"), 400,
                "export.idScheme.unknown", "idScheme");
        assertProblem(api("wuxi.coord").get("api/v1/figures/projects/" + fixture.projectId() + "/units/999999999"
                + "/dataValueSets?period=2026Q3"), 404, "unit.notFound");
    }

    @Test
    void dashboardHasTheMonthsOfTheProjectAndTheUnitsBehindAMonth() {
        Api observer = api("wuxi.observer");
        Api.Reply reply = observer.get(base + "/dashboard");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject dashboard = reply.object();
        List<JsonObject> months = dashboard.getJsonArray("months").getValuesAs(JsonObject.class);
        assertThat(months).extracting(m -> m.getString("month")).startsWith("2026-07-01", "2026-08-01",
                "2026-09-01");
        JsonObject september = months.get(2);
        assertThat(september.getInt("sessionsHeld")).isEqualTo(4);
        assertThat(september.getInt("expected")).isEqualTo(14);
        assertThat(september.getInt("attended")).isEqualTo(7);
        assertThat(months.get(1).getInt("sessionsHeld")).isZero();
        long enrolled = months.stream().mapToLong(m -> m.getInt("enrolled")).sum();
        assertThat(enrolled).as("4 at Baodong and 2 at Jiangnan, each counted once").isEqualTo(6);
        assertThat(dashboard.getJsonObject("completeness").containsKey("kind")
                && !dashboard.getJsonObject("completeness").isNull("kind")).isFalse();

        List<JsonObject> children = observer.get(base + "/dashboard/months/2026-09").json().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(children).extracting(c -> c.getString("nameZh") + ":" + c.getInt("sessionsHeld") + ":"
                + c.getInt("attended") + "/" + c.getInt("expected"))
                .containsExactlyInAnyOrder("宜兴市计划生育协会:3:5/12", "江南大学计生协:1:2/2");
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
