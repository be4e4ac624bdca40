package org.healthedu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small client of the REST API, as one account (Basic) or anonymous, in Chinese unless told otherwise. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final String authorization;
    private final String language;
    private final String accept;

    static Api as(URI base, String username, String password) {
        return new Api(base, username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)), "zh-CN",
                "application/json, application/problem+json");
    }

    private Api(URI base, String authorization, String language, String accept) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
        this.accept = accept;
    }

    public Api inEnglish() {
        return new Api(base, authorization, "en", accept);
    }

    /** The same caller, accepting other media types (e.g. a download's, {@code *}{@code /*}). */
    public Api accepting(String mediaTypes) {
        return new Api(base, authorization, language, mediaTypes);
    }

    public Api withPassword(String username, String password) {
        return as(base, username, password);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply putBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A download: status, headers and the exact bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1)
                : path)).timeout(Duration.ofSeconds(60)).header("Accept-Language", language)
                .header("Accept", accept);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, headers and the JSON body (if any). */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String body() {
            return response.body();
        }

        public JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            }
        }

        public JsonObject object() {
            return (JsonObject) json();
        }

        public long id() {
            return object().getJsonNumber("id").longValue();
        }

        public String string(String field) {
            JsonValue value = object().get(field);
            return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null
                    : object().getString(field);
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}
