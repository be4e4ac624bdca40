package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.healthedu.account.PasswordHashes;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * Accounts of the sign-in tests' own (never the demo accounts, which other tests sign in as), requests from other
 * loopback addresses than 127.0.0.1 (a socket bound to 127.0.0.N: a real different source address, as the server
 * sees it), and page sessions with their own cookie jar, signing in through the login form.
 */
final class AuthFixture {

    static final String PASSWORD = "auth test password 2026";

    private AuthFixture() {
    }

    /** A coordinator of Wuxi with {@link #PASSWORD}, hashed as the application hashes. */
    static String account(String prefix) {
        String username = (prefix + "." + Long.toString(System.nanoTime(), 36)).toLowerCase(Locale.ROOT);
        Db.update("""
                insert into account (id, username, password_hash, display_name, role, unit_id)
                values (nextval('account_seq'), ?, ?, ?, 'COORDINATOR', ?)""",
                username, PasswordHashes.hash(PASSWORD.toCharArray()), "登录测试 " + prefix, Db.unitId("JS-WX"));
        return username;
    }

    static long count(String kind, String username) {
        return Db.count("select count(*) from audit_event where kind = ? and actor_username = ?", kind, username);
    }

    static long count(String kind, String username, String address) {
        return Db.count("select count(*) from audit_event where kind = ? and actor_username = ? and source_address = ?",
                kind, username, address);
    }

    /** Sets (or with {@code null} removes) a system property of the running server: a setting read on each use. */
    static void serverProperty(String name, String value) {
        int port = Integer.getInteger("healthedu.test.management-port", 10090);
        try (ModelControllerClient client = ModelControllerClient.Factory.create("127.0.0.1", port)) {
            ModelNode remove = new ModelNode();
            remove.get("operation").set("remove");
            remove.get("address").add("system-property", name);
            client.execute(remove);
            if (value != null) {
                ModelNode add = new ModelNode();
                add.get("operation").set("add");
                add.get("address").add("system-property", name);
                add.get("value").set(value);
                ModelNode result = client.execute(add);
                assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An answer read off a raw socket. */
    record Raw(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** An API GET with Basic credentials from {@code source} (e.g. 127.0.0.2). */
    static Raw apiFrom(URI base, String source, String username, String password, String path) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return sendFrom(base, source, "GET", path, "Authorization: Basic " + credentials + "\r\n", null);
    }

    /** A request from {@code source}, over a socket bound to that address ({@code extraHeaders} end in CRLF). */
    static Raw sendFrom(URI base, String source, String method, String path, String extraHeaders, String json) {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " /" + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\n" + extraHeaders + "Accept-Language: zh-CN\r\n"
                    + "Accept: application/json, application/problem+json\r\nConnection: close\r\n"
                    + (json == null ? "" : "Content-Type: application/json\r\nContent-Length: " + body.length
                            + "\r\n") + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A browser-like client with its own cookies, following no redirects (the tests look at each). */
    static final class PageSession {


        private final URI base;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client;

        PageSession(URI base) {
            this.base = base;
            this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "zh-CN").GET());
        }

        /** Submits the form {@code form} of the page at {@code path}, pressing {@code button}. */
        HttpResponse<String> submit(String path, String form, String button, Map<String, String> fields) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path + " " + page.body()).isEqualTo(200);
            Map<String, String> hidden = JsfPostback.hiddenFields(page.body());
            assertThat(hidden).as("a JSF form on " + path).containsKey("jakarta.faces.ViewState");
            Map<String, String> all = new LinkedHashMap<>();
            all.put(form, form);
            fields.forEach((name, value) -> all.put(form + ":" + name, value));
            all.put(form + ":" + button, "");
            all.putAll(hidden);
            String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "zh-CN")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        /** Signs in through the login form: the answer is a redirect on success, the page with a message else. */
        HttpResponse<String> signIn(String username, String password) {
            return submit("login.xhtml", "loginForm", "submit", Map.of("username", username, "password", password));
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            return JsfPostback.send(client, request);
        }
    }
}
