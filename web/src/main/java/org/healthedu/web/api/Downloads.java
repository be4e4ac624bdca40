package org.healthedu.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.healthedu.file.FileContent;

/**
 * Answers a download safely: the content type the file was recognised as (never what the uploader claimed), always
 * as an attachment (a browser never renders an uploaded file in our origin), and the name encoded per RFC 6266 /
 * RFC 5987 so that Chinese names survive and no name can break the header.
 */
public final class Downloads {

    private Downloads() {
    }

    public static Response attachment(FileContent file) {
        return Response.ok(file.bytes(), file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    /** {@code attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded}. */
    public static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
