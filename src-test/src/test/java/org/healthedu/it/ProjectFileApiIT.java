package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The project text in versions and fund use against the budget, through the REST API on real PostgreSQL. */
class ProjectFileApiIT extends AppIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SCRIPT = "<script>alert('x')</script>".getBytes(StandardCharsets.US_ASCII);

    /** A new project of Wuxi (budget 10,000 yuan, period 2026-04-01 to 2026-12-31). */
    private long createWuxiProject() {
        String body = "{\"code\":\"" + uniqueCode("pf") + "\",\"nameZh\":\"文本经费测试项目\",\"funderUnitId\":"
                + Db.unitId("CFPA") + ",\"ownerUnitId\":" + Db.unitId("JS-WX")
                + ",\"startDate\":\"2026-04-01\",\"endDate\":\"2026-12-31\",\"budgetCny\":10000}";
        Api.Reply reply = api("wuxi.coord").post("api/v1/projects", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    private static String name(String fileName) {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8);
    }

    private static String fundUse(String day, String category, String amount, String note) {
        return "{\"spentOn\":\"" + day + "\",\"category\":\"" + category + "\",\"amountCny\":" + amount
                + ",\"note\":" + (note == null ? "null" : "\"" + note + "\"") + "}";
    }

    @Test
    void eachUploadBecomesTheNextVersionAndEveryVersionDownloadsAsUploaded() {
        long projectId = createWuxiProject();
        Api coordinator = api("wuxi.coord");
        String texts = "api/v1/projects/" + projectId + "/texts";

        Api.Reply first = coordinator.postBytes(texts + "?filename=" + name("项目文本.pdf") + "&note=" + name("初稿"),
                "application/octet-stream", PDF);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.object().getInt("versionNo")).isEqualTo(1);
        assertThat(first.string("contentType")).isEqualTo("application/pdf");
        byte[] second = (new String(PDF, StandardCharsets.US_ASCII) + "% v2\n").getBytes(StandardCharsets.US_ASCII);
        Api.Reply again = coordinator.postBytes(texts + "?filename=" + name("C:\\docs\\项目文本 v2.pdf"),
                "application/pdf", second);
        assertThat(again.object().getInt("versionNo")).isEqualTo(2);
        assertThat(again.string("fileName")).as("only the last part of a path is kept").isEqualTo("项目文本 v2.pdf");

        JsonArray versions = (JsonArray) coordinator.get(texts).json();
        assertThat(versions).hasSize(2);
        assertThat(versions.getJsonObject(0).getInt("versionNo")).as("newest first").isEqualTo(2);
        assertThat(versions.getJsonObject(1).getString("note")).isEqualTo("初稿");
        assertThat(versions.getJsonObject(1).getString("uploadedBy")).isEqualTo("无锡协调员");

        HttpResponse<byte[]> download = api("admin").download(texts + "/" + first.id() + "/file");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;").contains("filename*=UTF-8''%E9%A1%B9%E7%9B%AE%E6%96%87%E6%9C%AC.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void filesAreJudgedByTheirContentAndSizeAndRefusalsStoreNothing() {
        long projectId = createWuxiProject();
        String texts = "api/v1/projects/" + projectId + "/texts";
        long filesBefore = Db.count("select count(*) from stored_file");

        assertProblem(api("wuxi.coord").postBytes(texts + "?filename=text.pdf", "application/pdf", SCRIPT), 400,
                "error.file.type");
        assertProblem(api("wuxi.coord").postBytes(texts + "?filename=empty.pdf", "application/pdf", new byte[0]), 400,
                "error.file.empty");
        byte[] huge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertProblem(api("wuxi.coord").postBytes(texts + "?filename=big.pdf", "application/pdf", huge), 400,
                "error.file.tooLarge");

        assertThat(Db.count("select count(*) from project_text where project_id = ?", projectId)).isZero();
        assertThat(Db.count("select count(*) from stored_file")).isEqualTo(filesBefore);
    }

    @Test
    void onlyManagersInScopeUploadAndOnlyThoseWhoSeeTheProjectDownload() {
        long projectId = createWuxiProject();
        String texts = "api/v1/projects/" + projectId + "/texts";
        long textId = api("wuxi.coord").postBytes(texts + "?filename=t.pdf", "application/pdf", PDF).id();

        assertThat(api("baodong.trainer").postBytes(texts + "?filename=t.pdf", "application/pdf", PDF).status())
                .isEqualTo(403);
        assertThat(api("guiyang.coord").postBytes(texts + "?filename=t.pdf", "application/pdf", PDF).status())
                .isEqualTo(403);
        assertThat(api("guiyang.coord").download(texts + "/" + textId + "/file").statusCode()).isEqualTo(403);
        assertThat(api("guiyang.coord").get("api/v1/projects/" + projectId + "/funds/summary").status())
                .isEqualTo(403);
        assertThat(api("wuxi.coord").download("api/v1/projects/" + projectId + "/texts/999999999/file").statusCode())
                .isEqualTo(404);
        assertThat(anonymous().download(texts + "/" + textId + "/file").statusCode()).isEqualTo(401);
        assertThat(Db.count("select count(*) from project_text where project_id = ?", projectId)).isEqualTo(1);
    }

    @Test
    void fundUseIsSummedAgainstTheBudgetPerCategory() {
        long projectId = createWuxiProject();
        Api coordinator = api("wuxi.coord");
        String funds = "api/v1/projects/" + projectId + "/funds";

        Api.Reply printing = coordinator.post(funds, fundUse("2026-05-10", "MATERIALS", "1280.50", "家长手册印刷"));
        assertThat(printing.status()).as(printing.toString()).isEqualTo(201);
        assertThat(printing.header("Location")).endsWith("/api/v1/fund-uses/" + printing.id());
        coordinator.post(funds, fundUse("2026-06-01", "VENUE", "800", null));
        coordinator.post(funds, fundUse("2026-06-02", "MATERIALS", "19.50", null));

        JsonObject summary = coordinator.get(funds + "/summary").object();
        assertThat(summary.getJsonNumber("spentCny").bigDecimalValue()).isEqualByComparingTo("2100.00");
        assertThat(summary.getJsonNumber("remainingCny").bigDecimalValue()).isEqualByComparingTo("7900.00");
        assertThat(summary.getJsonNumber("percentSpent").doubleValue()).isEqualTo(21.0);
        assertThat(summary.getBoolean("overBudget")).isFalse();
        assertThat(summary.getInt("entriesWithoutReceipt")).isEqualTo(3);
        JsonObject materials = summary.getJsonArray("byCategory").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("category").equals("MATERIALS")).findFirst().orElseThrow();
        assertThat(materials.getJsonNumber("amountCny").bigDecimalValue()).isEqualByComparingTo("1300.00");
        assertThat(materials.getInt("entries")).isEqualTo(2);

        JsonObject page = coordinator.get(funds + "?limit=2").object();
        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(page.getJsonArray("items")).hasSize(2);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("spentOn")).as("latest first")
                .isEqualTo("2026-06-02");

        coordinator.post(funds, fundUse("2026-07-01", "TRAINING", "9000", null));
        JsonObject over = coordinator.get(funds + "/summary").object();
        assertThat(over.getBoolean("overBudget")).isTrue();
        assertThat(over.getJsonNumber("remainingCny").bigDecimalValue()).isEqualByComparingTo("-1100.00");
    }

    @Test
    void badFundUseIsRefusedWithAClearMessageAndChangesNothing() {
        long projectId = createWuxiProject();
        Api coordinator = api("wuxi.coord").inEnglish();
        String funds = "api/v1/projects/" + projectId + "/funds";

        Api.Reply early = coordinator.post(funds, fundUse("2026-03-31", "VENUE", "10", null));
        assertProblem(early, 400, "fundUse.date.outsidePeriod");
        assertThat(early.string("field")).isEqualTo("spentOn");
        assertThat(early.string("detail")).contains("2026-04-01").contains("2026-12-31");
        assertProblem(coordinator.post(funds, fundUse("2026-05-01", "VENUE", "-1", null)), 400,
                "fundUse.amount.invalid");
        assertProblem(coordinator.post(funds, fundUse("2026-05-01", "VENUE", "1.001", null)), 400,
                "fundUse.amount.invalid");
        assertProblem(coordinator.post(funds, fundUse("2026-05-01", "BRIBES", "10", null)), 400,
                "fundUse.category.unknown");
        assertProblem(coordinator.post(funds, "{\"spentOn\":\"not a date\"}"), 400, "error.malformedBody");
        assertThat(api("baodong.trainer").post(funds, fundUse("2026-05-01", "VENUE", "10", null)).status())
                .isEqualTo(403);
        assertThat(Db.count("select count(*) from fund_use where project_id = ?", projectId)).isZero();
    }

    @Test
    void entriesAreChangedWithTheirVersionAndReceiptsAreCheckedByContent() {
        long projectId = createWuxiProject();
        Api coordinator = api("wuxi.coord");
        Api.Reply created = coordinator.post("api/v1/projects/" + projectId + "/funds",
                fundUse("2026-05-10", "MATERIALS", "100", null));
        long id = created.id();
        long version = created.object().getJsonNumber("version").longValue();

        Api.Reply changed = coordinator.put("api/v1/fund-uses/" + id,
                "{\"spentOn\":\"2026-05-11\",\"category\":\"TRAVEL\",\"amountCny\":120,\"expectedVersion\":" + version
                        + "}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.string("category")).isEqualTo("TRAVEL");
        assertProblem(coordinator.put("api/v1/fund-uses/" + id,
                "{\"spentOn\":\"2026-05-12\",\"category\":\"VENUE\",\"amountCny\":1,\"expectedVersion\":" + version
                        + "}"), 409, "error.staleEdit");

        assertProblem(coordinator.putBytes("api/v1/fund-uses/" + id + "/receipt?filename=r.png", "image/png", SCRIPT),
                400, "error.file.type");
        assertProblem(coordinator.get("api/v1/fund-uses/" + id + "/receipt"), 404, "fundUse.receipt.none");
        Api.Reply withReceipt = coordinator.putBytes("api/v1/fund-uses/" + id + "/receipt?filename=" + name("票据.pdf"),
                "application/pdf", PDF);
        assertThat(withReceipt.status()).as(withReceipt.toString()).isEqualTo(200);
        assertThat(withReceipt.string("attachmentName")).isEqualTo("票据.pdf");
        assertThat(api("admin").download("api/v1/fund-uses/" + id + "/receipt").body()).isEqualTo(PDF);
        assertThat(api("guiyang.coord").download("api/v1/fund-uses/" + id + "/receipt").statusCode()).isEqualTo(403);

        long current = coordinator.get("api/v1/fund-uses/" + id).object().getJsonNumber("version").longValue();
        assertProblem(coordinator.delete("api/v1/fund-uses/" + id + "?version=" + (current - 1)), 409,
                "error.staleEdit");
        assertThat(coordinator.delete("api/v1/fund-uses/" + id + "?version=" + current).status()).isEqualTo(204);
        assertThat(coordinator.get("api/v1/fund-uses/" + id).status()).isEqualTo(404);
    }

    @Test
    void aClosedProjectsTextsAndFundsAreReadOnly() {
        long projectId = createWuxiProject();
        Api coordinator = api("wuxi.coord");
        long entry = coordinator.post("api/v1/projects/" + projectId + "/funds",
                fundUse("2026-05-10", "MATERIALS", "100", null)).id();
        assertThat(coordinator.post("api/v1/projects/" + projectId + "/activate", null).status()).isEqualTo(200);
        assertThat(coordinator.post("api/v1/projects/" + projectId + "/close", null).status()).isEqualTo(200);

        assertProblem(coordinator.postBytes("api/v1/projects/" + projectId + "/texts?filename=t.pdf",
                "application/pdf", PDF), 409, "project.closed");
        assertProblem(coordinator.post("api/v1/projects/" + projectId + "/funds",
                fundUse("2026-05-10", "VENUE", "1", null)), 409, "project.closed");
        assertProblem(coordinator.delete("api/v1/fund-uses/" + entry + "?version=0"), 409, "project.closed");
        assertThat(coordinator.get("api/v1/projects/" + projectId + "/funds/summary").status()).isEqualTo(200);
    }
}
