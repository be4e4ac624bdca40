package org.healthedu.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A plain HTTP client for the JSF pages, as a browser without JavaScript would use them: one cookie jar (the
 * session), redirects not followed (so a test sees where it is sent), forms posted with their view state.
 */
final class PageClient {


    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private HttpResponse<String> last;

    PageClient(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Posts the form {@code formId} of the page last read, with its view state and the pressed button. */
    HttpResponse<String> submit(String formId, String button, Map<String, String> fields) {
        Map<String, String> hidden = JsfPostback.hiddenFields(last.body());
        if (!hidden.containsKey("jakarta.faces.ViewState")) {
            throw new IllegalStateException("no view state on " + last.uri() + ": " + last.body());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + button, "");
        form.putAll(hidden);
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String action = last.uri().getPath();
        return send(HttpRequest.newBuilder(base.resolve(action.substring(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Follows one redirect answer, if it is one. */
    HttpResponse<String> follow(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse(null);
        return location == null ? response : send(HttpRequest.newBuilder(response.uri().resolve(location)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            last = client.send(request.header("Accept-Language", "zh-CN").timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return last;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
