package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Every role against every REST endpoint and every page, from ONE table each: the endpoint (method + path template,
 * as the resource classes declare it) and, per role, what must happen to a request aimed at the proof world's
 * objects (all in the Wuxi subtree: the Guiyang coordinator's requests are the cross-scope attempts, with ids that
 * exist; a made-up id must be a 404). An endpoint or page without a row fails the test, so a new one is never
 * untested. Run with {@code -Dmatrix.print=true} to print the observed row of every endpoint.
 *
 * <p>Outcomes per role: {@code A} allowed (anything but 401/403/404; a 4xx must be a problem body, never a 5xx),
 * {@code U} 401, {@code F} 403, {@code N} 404, {@code D} 403 or 404. A denied write must leave every table as it was.
 * Pages: {@code A} 200, {@code L} sent to the login page, {@code F} 403, {@code R} redirected elsewhere.
 *
 * <p>Requests go {@code -Dmatrix.threads} (default 6) at a time, with the outcomes of sending them one by one in the
 * table's order: an allowed write is sent alone, after all requests before it; the requests between two allowed
 * writes (reads, and writes that must be denied, which share one before/after comparison of the database) go
 * together. Failures are reported in the table's order whatever order the answers came in.
 */
class AuthorisationMatrixIT extends AppIT {

    /**
     * The allowed "me" writes (e.g. {@code PUT /trainers/me}) replace the demo accounts' own trainer profiles with the
     * matrix's bodies: they are put back afterwards, as other test classes read them.
     */
    @org.junit.jupiter.api.BeforeAll
    static void keepTheDemoTrainerProfiles() {
        Db.update("drop table if exists matrix_trainer_profile_kept");
        Db.update("create table matrix_trainer_profile_kept as select * from trainer_profile");
    }

    @org.junit.jupiter.api.AfterAll
    static void putBackTheDemoTrainerProfiles() {
        Db.update("delete from trainer_profile where account_id in (select account_id from matrix_trainer_profile_kept)");
        Db.update("insert into trainer_profile select * from matrix_trainer_profile_kept");
        Db.update("drop table matrix_trainer_profile_kept");
    }

    /** The roles, in the order of the outcome strings; the denied ones are asked first, so that nothing allowed
     * to someone else has changed the object by then. */
    enum Role {
        ANONYMOUS(null), OTHER_COUNTY_COORDINATOR("guiyang.coord"), HOST("jiangnan.host"), OBSERVER("wuxi.observer"),
        TRAINER_ELSEWHERE("jiangnan.lecturer"), TRAINER_OF_SITE("baodong.trainer"), COORDINATOR("wuxi.coord"),
        ADMIN("admin");

        final String username;

        Role(String username) {
            this.username = username;
        }
    }

    /** THE table: endpoint → outcome per role (in {@link Role} order) and, after a space, a made-up id's outcome
     * for the admin ({@code N}), or {@code -} when the path has no id. */
    static final Map<String, String> API = new LinkedHashMap<>();
    /** THE table of pages: view → outcome per role. */
    static final Map<String, String> PAGES = new LinkedHashMap<>();

    private static void api(String endpoint, String outcomes) {
        if (API.put(endpoint, outcomes) != null) {
            throw new IllegalStateException("Two rows for " + endpoint);
        }
    }

    private static void page(String view, String outcomes) {
        if (PAGES.put(view, outcomes) != null) {
            throw new IllegalStateException("Two rows for " + view);
        }
    }

    static {
        apiTable();
        pageTable();
    }

    private static final boolean PRINT = Boolean.getBoolean("matrix.print");
    private static final String MADE_UP_ID = "987654321987";

    /** Requests in flight at once (the server checks Basic credentials on each; the demo accounts' are cheap). */
    private static final int THREADS = Integer.getInteger("matrix.threads", 6);

    /**
     * One request of the API matrix: a role's request to an endpoint, with the table's outcome for it ({@code 0}
     * when the endpoint has no row yet).
     */
    private record Probe(int index, Role role, Api as, ApiSurface.Endpoint endpoint, String path, String json,
            char expected) {

        /** A write the table allows (or one without a row): it may change what later requests see, so it is sent
         * alone, after everything before it and before everything after it, as when the matrix ran one by one. */
        boolean barrier() {
            return endpoint.write() && (expected == 0 || expected == 'A');
        }

        String name() {
            return role + " " + endpoint.key();
        }
    }

    @Test
    void everyRoleGetsExactlyItsShareOfTheApi() throws InterruptedException {
        ProofWorld world = ProofWorld.get(this);
        List<ApiSurface.Endpoint> endpoints = ApiSurface.endpoints();
        assertThat(endpoints).as("the resource classes were found").hasSizeGreaterThan(150);
        List<String> missing = new ArrayList<>();
        for (ApiSurface.Endpoint e : endpoints) {
            if (!API.containsKey(e.key())) {
                missing.add(e.key());
            }
        }
        List<String> stale = API.keySet().stream().filter(k -> endpoints.stream().noneMatch(e -> e.key().equals(k)))
                .toList();

        // The requests in the order the table's outcomes assume (role by role, the denied roles first; endpoint by
        // endpoint). Between two allowed writes, the reads and the denied writes change nothing, so they go in
        // parallel; the denied writes share one "nothing changed" comparison of the whole database.
        Map<String, Input> inputs = inputs(world);
        List<Probe> probes = new ArrayList<>();
        for (Role role : Role.values()) {
            Api as = role.username == null ? anonymous() : api(role.username);
            for (ApiSurface.Endpoint e : endpoints) {
                String row = API.get(e.key());
                Input input = inputs.getOrDefault(e.key(), Input.NONE);
                probes.add(new Probe(probes.size(), role, input.to(as), e, "api/v1" + world.fill(e.path())
                        + input.query(), input.json(), row == null ? 0 : row.charAt(role.ordinal())));
            }
        }
        Api.Reply[] replies = new Api.Reply[probes.size()];
        String[] changes = new String[probes.size()];
        long started = System.nanoTime();
        int[] fingerprints = {0};
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Probe> window = new ArrayList<>();
            for (Probe p : probes) {
                if (!p.barrier()) {
                    window.add(p);
                    continue;
                }
                sendWindow(pool, window, replies, changes, fingerprints);
                window.clear();
                Map<String, String> before = p.expected() == 0 ? Fingerprint.take() : null;
                replies[p.index()] = send(p.as(), p.endpoint(), p.path(), p.json());
                if (before != null && outcomeOf(replies[p.index()].status()) != 'A') {
                    List<String> changed = Fingerprint.changed(before, Fingerprint.take());
                    fingerprints[0] += 2;
                    if (!changed.isEmpty()) {
                        changes[p.index()] = p.name() + " was denied (" + replies[p.index()].status()
                                + ") but changed " + changed;
                    }
                }
            }
            sendWindow(pool, window, replies, changes, fingerprints);

            // A made-up id for the admin, per endpoint with an id: none of them may change anything.
            Api admin = api("admin");
            Map<ApiSurface.Endpoint, Future<Api.Reply>> madeUp = new LinkedHashMap<>();
            for (ApiSurface.Endpoint e : endpoints) {
                String idParam = ProofWorld.paramsOf(e.path()).stream().filter(p -> !p.equals("kind")
                        && !p.equals("month") && !p.equals("number")).findFirst().orElse(null);
                if (idParam != null) {
                    Input input = inputs.getOrDefault(e.key(), Input.NONE);
                    String path = "api/v1" + world.fill(e.path().replace("{" + idParam + "}", MADE_UP_ID))
                            + input.query();
                    madeUp.put(e, pool.submit(() -> send(input.to(admin), e, path, input.json())));
                }
            }

            Map<String, StringBuilder> observed = new LinkedHashMap<>();
            List<String> failures = new ArrayList<>();
            int requests = 0;
            for (Probe p : probes) {
                Api.Reply reply = replies[p.index()];
                requests++;
                char outcome = outcomeOf(reply.status());
                observed.computeIfAbsent(p.endpoint().key(), k -> new StringBuilder()).append(outcome);
                if (reply.status() >= 500) {
                    failures.add(p.name() + " → " + reply);
                    continue;
                }
                if (reply.status() >= 400 && reply.status() != 401 && !isProblem(reply)) {
                    failures.add(p.name() + " → " + reply.status() + " without a problem body");
                }
                if (p.expected() != 0 && !matches(p.expected(), outcome)) {
                    failures.add(p.name() + " expected " + p.expected() + " got " + reply);
                }
                if (changes[p.index()] != null) {
                    failures.add(changes[p.index()]);
                }
            }
            for (ApiSurface.Endpoint e : endpoints) {
                char outcome = '-';
                if (madeUp.containsKey(e)) {
                    Api.Reply reply = madeUp.get(e).get();
                    requests++;
                    outcome = outcomeOf(reply.status());
                    if (reply.status() >= 500) {
                        failures.add("ADMIN made-up id " + e.key() + " → " + reply);
                    }
                }
                observed.get(e.key()).append(' ').append(outcome);
                String expected = API.get(e.key());
                if (expected != null && expected.charAt(expected.length() - 1) != outcome) {
                    failures.add("ADMIN made-up id " + e.key() + " expected " + expected.charAt(expected.length() - 1)
                            + " got " + outcome);
                }
            }
            if (PRINT || !missing.isEmpty()) {
                observed.forEach((key, row) -> System.out.println("        api(\"" + key + "\", \"" + row + "\");"));
            }
            System.out.println("MATRIX api: " + endpoints.size() + " endpoints x " + Role.values().length
                    + " roles + made-up ids = " + requests + " requests in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms (" + THREADS + " at a time, "
                    + fingerprints[0] + " database fingerprints)");
            failures.forEach(f -> System.out.println("MATRIX failure: " + f));
            assertThat(missing).as("endpoints without a row in the table (add one: printed above)").isEmpty();
            assertThat(stale).as("rows for endpoints that no longer exist").isEmpty();
            assertThat(failures).as("authorisation matrix").isEmpty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Sends a run of requests that must change nothing: the reads in parallel, then the denied writes in parallel
     * between two fingerprints of the database. When the fingerprints differ, each denied write is sent again alone
     * between fingerprints of its own, to name the one that changed something.
     */
    private static void sendWindow(ExecutorService pool, List<Probe> window, Api.Reply[] replies, String[] changes,
            int[] fingerprints) throws InterruptedException {
        List<Probe> reads = window.stream().filter(p -> !p.endpoint().write()).toList();
        List<Probe> writes = window.stream().filter(p -> p.endpoint().write()).toList();
        sendAll(pool, reads, replies);
        if (writes.isEmpty()) {
            return;
        }
        Map<String, String> before = Fingerprint.take();
        sendAll(pool, writes, replies);
        List<String> changed = Fingerprint.changed(before, Fingerprint.take());
        fingerprints[0] += 2;
        if (changed.isEmpty() || writes.stream().anyMatch(p -> outcomeOf(replies[p.index()].status()) == 'A')) {
            return; // a write that was let through is a failure of its own; what it changed is its right
        }
        boolean named = false;
        for (Probe p : writes) {
            Map<String, String> alone = Fingerprint.take();
            Api.Reply again = send(p.as(), p.endpoint(), p.path(), p.json());
            List<String> itsChanges = Fingerprint.changed(alone, Fingerprint.take());
            fingerprints[0] += 2;
            if (!itsChanges.isEmpty()) {
                changes[p.index()] = p.name() + " was denied (" + again.status() + ") but changed " + itsChanges;
                named = true;
            }
        }
        if (!named) {
            Probe last = writes.get(writes.size() - 1);
            changes[last.index()] = writes.stream().map(Probe::name).toList() + " were denied but together changed "
                    + changed;
        }
    }

    private static void sendAll(ExecutorService pool, List<Probe> probes, Api.Reply[] replies)
            throws InterruptedException {
        List<Callable<Api.Reply>> calls = probes.stream()
                .<Callable<Api.Reply>>map(p -> () -> send(p.as(), p.endpoint(), p.path(), p.json())).toList();
        List<Future<Api.Reply>> answers = pool.invokeAll(calls);
        for (int i = 0; i < probes.size(); i++) {
            try {
                replies[probes.get(i).index()] = answers.get(i).get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(probes.get(i).name(), e.getCause());
            }
        }
    }

    /** The invariants the table must keep whatever it says: no anonymous access outside the public doors, and the
     * other county's coordinator never reaches this county's objects. */
    @Test
    void theTableItselfDeniesAnonymousAndCrossCountyAccess() {
        for (Map.Entry<String, String> row : API.entrySet()) {
            String path = row.getKey().substring(row.getKey().indexOf(' ') + 1);
            boolean publicDoor = path.startsWith("/checkin") || path.startsWith("/feedback/")
                    || path.startsWith("/host-invitations/") || path.equals("/health");
            if (!publicDoor) {
                assertThat(row.getValue().charAt(Role.ANONYMOUS.ordinal())).as(row.getKey()).isEqualTo('U');
            }
            // The objects the proof world made in Wuxi (shared ones such as templates, approved courseware or
            // national feedback forms may be readable network-wide).
            boolean scoped = !ProofWorld.paramsOf(path).isEmpty() && !publicDoor && java.util.Set.of("projects",
                    "sessions", "batches", "participants", "units", "sites", "reports", "activities", "hosts",
                    "figures", "reach").contains(path.split("/")[1]);
            // No exception for requests refused for their form before any object is looked up: such endpoints are
            // sent well-formed requests (see inputs), so every scoped row proves the scope check.
            if (scoped) {
                assertThat(row.getValue().charAt(Role.OTHER_COUNTY_COORDINATOR.ordinal())).as(row.getKey())
                        .isIn('F', 'N', 'D');
            }
        }
    }

    @Test
    void theServedOpenApiDocumentListsTheSameEndpoints() {
        Api.Reply reply = anonymous().get("openapi?format=JSON");
        assertThat(reply.status()).isEqualTo(200);
        JsonObject paths = reply.object().getJsonObject("paths");
        TreeSet<String> served = new TreeSet<>();
        paths.forEach((path, item) -> ((JsonObject) item).keySet().forEach(method -> {
            if (List.of("get", "put", "post", "delete", "patch").contains(method)) {
                served.add(method.toUpperCase() + " " + path.replaceFirst("^/api/v1", ""));
            }
        }));
        TreeSet<String> declared = new TreeSet<>();
        ApiSurface.endpoints().forEach(e -> declared.add(e.key()));
        assertThat(served).as("/openapi lists what the classes declare").isEqualTo(declared);
    }

    @Test
    void everyRoleSeesExactlyItsPages() throws InterruptedException, ExecutionException {
        ProofWorld world = ProofWorld.get(this);
        Map<String, String> queries = pageQueries(world);
        List<String> views = ApiSurface.pages();
        assertThat(views).hasSizeGreaterThan(30);
        List<String> missing = views.stream().filter(v -> !PAGES.containsKey(v)).toList();
        long started = System.nanoTime();
        // Pages only read: the roles browse at the same time, each its own session, its pages one after another.
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<HttpResponse<String>>>> browsed = new ArrayList<>();
        try {
            for (Role role : Role.values()) {
                browsed.add(pool.submit(() -> {
                    Pages browser = new Pages(base(), role.username);
                    List<HttpResponse<String>> responses = new ArrayList<>();
                    for (String view : views) {
                        responses.add(browser.get(view + queries.getOrDefault(view, "")));
                    }
                    return responses;
                }));
            }
            for (Future<List<HttpResponse<String>>> f : browsed) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, StringBuilder> observed = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Role role : Role.values()) {
            List<HttpResponse<String>> responses = browsed.get(role.ordinal()).get();
            for (int i = 0; i < views.size(); i++) {
                String view = views.get(i);
                HttpResponse<String> response = responses.get(i);
                requests++;
                char outcome = pageOutcome(response);
                observed.computeIfAbsent(view, k -> new StringBuilder()).append(outcome);
                if (response.statusCode() >= 500) {
                    failures.add(role + " " + view + " → " + response.statusCode());
                }
                String expected = PAGES.get(view);
                if (expected != null && expected.charAt(role.ordinal()) != outcome) {
                    failures.add(role + " " + view + " expected " + expected.charAt(role.ordinal()) + " got "
                            + outcome + " (" + response.statusCode() + " " + response.headers()
                            .firstValue("Location").orElse("") + ")");
                }
            }
        }
        for (Shown shown : shown(world)) {
            int i = views.indexOf(shown.view());
            for (Role role : Role.values()) {
                HttpResponse<String> page = browsed.get(role.ordinal()).get().get(i);
                if (role.username != null && page.statusCode() == 200) {
                    shown.check(role, page.body(), api(role.username).get("api/v1/" + shown.apiPath()), failures);
                }
            }
        }
        if (PRINT || !missing.isEmpty()) {
            observed.forEach((view, row) -> System.out.println("        page(\"" + view + "\", \"" + row + "\");"));
        }
        System.out.println("MATRIX pages: " + views.size() + " pages x " + Role.values().length + " roles = "
                + requests + " requests in " + (System.nanoTime() - started) / 1_000_000 + " ms (" + THREADS
                + " at a time)");
        failures.forEach(f -> System.out.println("MATRIX failure: " + f));
        assertThat(missing).as("pages without a row in the table (add one: printed above)").isEmpty();
        assertThat(failures).as("page matrix").isEmpty();
    }

    static Api.Reply send(Api as, ApiSurface.Endpoint e, String path) {
        return send(as, e, path, null);
    }

    /** Sends the endpoint's request: a JSON endpoint {@code json} (default {@code {}}), any other one byte. */
    static Api.Reply send(Api as, ApiSurface.Endpoint e, String path, String json) {
        try {
            return sendOnce(as, e, path, json == null ? "{}" : json);
        } catch (UncheckedIOException closed) {
            // an HTTP/2 connection the server closed (GOAWAY): the client's affair
            return sendOnce(as, e, path, json == null ? "{}" : json);
        }
    }

    private static Api.Reply sendOnce(Api as, ApiSurface.Endpoint e, String path, String json) {
        return switch (e.method()) {
            case "GET" -> as.get(path);
            case "DELETE" -> as.delete(path);
            case "PUT" -> e.json() ? as.put(path, json) : as.putBytes(path, "application/octet-stream", new byte[] {1});
            default -> e.json() ? as.post(path, json)
                    : as.postBytes(path, "application/octet-stream", new byte[] {1});
        };
    }

    /**
     * What an endpoint is sent instead of the defaults ({@code {}}, one byte, no query, JSON accepted), where the
     * defaults would be refused for their form before anything is looked up (a required query parameter or body
     * field, a download's media type): a well-formed request reaches the check of who may act on the object, so the
     * other county's coordinator meets it. Those allowed are still refused, for the content or the version (nothing
     * changes): a site already taking part, a file that is no picture, version -1.
     */
    record Input(String query, String json, String accept) {

        static final Input NONE = new Input("", null, null);

        Api to(Api as) {
            return accept == null ? as : as.accepting(accept);
        }
    }

    private static Map<String, Input> inputs(ProofWorld w) {
        Map<String, Input> in = new LinkedHashMap<>();
        for (String export : List.of("adx", "dataValueSets", "pdf", "xlsx")) {
            in.put("GET /figures/projects/{projectId}/units/{unitId}/" + export, new Input("?period=2026Q3", null,
                    "*/*"));
        }
        in.put("GET /participants/{id}/completion", new Input("?projectId=" + w.projectId, null, null));
        in.put("GET /projects/{id}/feedback-results/adjustments", new Input("?lesson=1", null, null));
        in.put("GET /projects/{id}/feedback-results/compare", new Input("?by=batch", null, null));
        in.put("POST /projects/{id}/sites", new Input("", "{\"siteId\":" + w.value("/projects/{siteId}", "siteId")
                + "}", null));
        in.put("POST /reports/{id}/attachments", new Input("?kind=PHOTO&filename=matrix.png", null, null));
        in.put("GET /reports/{id}/pdf", new Input("", null, "*/*"));
        in.put("GET /reports/{id}/xlsx", new Input("", null, "*/*"));
        String step = "{\"comment\":\"矩阵\",\"version\":-1}";
        in.put("POST /reports/{id}/reopen", new Input("", step, null));
        in.put("POST /reports/{id}/return", new Input("", step, null));
        in.put("POST /units/{id}/move", new Input("", "{\"parentId\":" + Db.unitId("JS-WX-YX-YC")
                + ",\"expectedVersion\":-1}", null));
        return in;
    }

    /** The objects a page is opened on: the proof world's (a page of another county's object is a cross-scope try). */
    private static Map<String, String> pageQueries(ProofWorld w) {
        String project = String.valueOf(w.projectId);
        String session = String.valueOf(w.sessionId);
        String wuxi = w.value("/figures/{unitId}", "unitId");
        Map<String, String> q = new LinkedHashMap<>();
        q.put("activity/activity.xhtml", "?id=" + w.value("/activities/{id}", "id"));
        q.put("activity/reach.xhtml", "?unitId=" + wuxi);
        q.put("cascade/host.xhtml", "?id=" + w.value("/hosts/{id}", "id"));
        q.put("checkin.xhtml", "?code=" + w.checkInCode);
        q.put("feedback.xhtml", "?s=" + w.feedbackToken);
        q.put("feedback/assignments.xhtml", "?projectId=" + project);
        q.put("feedback/form.xhtml", "?id=" + w.value("/feedback-forms/{id}", "id"));
        q.put("feedback/results.xhtml", "?projectId=" + project);
        q.put("feedback/session-results.xhtml", "?sessionId=" + session);
        q.put("organisation/units.xhtml", "?unit=" + w.value("/units/{id}", "id"));
        q.put("project/batch-import.xhtml", "?batch=" + w.value("/batches/{id}", "id"));
        q.put("project/batches.xhtml", "?project=" + project);
        q.put("project/courseware.xhtml", "?project=" + project);
        q.put("project/curriculum.xhtml", "?project=" + project);
        q.put("project/groups.xhtml", "?project=" + project);
        q.put("project/project.xhtml", "?id=" + project);
        q.put("reporting/dashboard.xhtml", "?projectId=" + project + "&unitId=" + wuxi);
        q.put("reporting/figures.xhtml", "?projectId=" + project + "&unitId=" + wuxi);
        q.put("reporting/report.xhtml", "?id=" + w.value("/reports/{id}", "id"));
        q.put("reporting/reports.xhtml", "?project=" + project);
        q.put("session/checkin-code.xhtml", "?id=" + session);
        q.put("session/dashboard.xhtml", "?projectId=" + project);
        q.put("session/guidance.xhtml", "?id=" + session);
        q.put("session/roll-call.xhtml", "?id=" + session);
        q.put("session/session.xhtml", "?id=" + session);
        return q;
    }

    /**
     * A page that answers 200 to whoever signs in, opened on the proof world's object: its names appear exactly when
     * the API lets the same caller read the object; otherwise the page shows the API's own message (a list: its
     * empty state) and nothing of the object. The pages' own checks, not only their status.
     */
    private record Shown(String view, String apiPath, List<String> names, String emptyText) {

        void check(Role role, String html, Api.Reply read, List<String> failures) {
            String page = html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&");
            String name = role + " " + view + " ";
            boolean readable = read.status() == 200 && (emptyText == null || read.body().contains(names.get(0)));
            if (read.status() != 200 && read.status() != 403 && read.status() != 404) {
                failures.add(name + "its object's API read: " + read);
            } else if (readable) {
                names.stream().filter(n -> !page.contains(n))
                        .forEach(n -> failures.add(name + "may be read but does not show " + n));
            } else {
                names.stream().filter(page::contains)
                        .forEach(n -> failures.add(name + "may not be read (" + read.status() + ") but shows " + n));
                String message = emptyText != null ? emptyText : read.string("detail");
                if (message == null || !page.contains(message)) {
                    failures.add(name + "does not say \"" + message + "\"");
                }
            }
        }
    }

    private static List<Shown> shown(ProofWorld w) {
        String unitId = w.value("/figures/{unitId}", "unitId");
        String wuxi = (String) Db.value("select name_zh from organisation_unit where id = ?", Long.parseLong(unitId));
        String project = (String) Db.value("select name_zh from project where id = ?", w.projectId);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        return List.of(
                new Shown("activity/activity.xhtml", "activities/" + w.value("/activities/{id}", "id"),
                        List.of("证明测试讲座"), null),
                new Shown("activity/reach.xhtml", "reach/units/" + unitId + "?from=" + today.withDayOfYear(1)
                        + "&to=" + today, List.of(wuxi), null),
                // (its project list shows the project's name to whoever may see the project, e.g. its trainers)
                new Shown("reporting/figures.xhtml", "figures/projects/" + w.projectId + "/units/" + unitId,
                        List.of(wuxi), null),
                new Shown("reporting/report.xhtml", "reports/" + w.value("/reports/{id}", "id"), List.of(wuxi), null),
                new Shown("reporting/reports.xhtml", "reports?project=" + w.projectId, List.of(wuxi, project),
                        "暂无报告。"));
    }

    static char outcomeOf(int status) {
        return switch (status) {
            case 401 -> 'U';
            case 403 -> 'F';
            case 404 -> 'N';
            default -> status >= 500 ? '!' : 'A';
        };
    }

    private static boolean matches(char expected, char outcome) {
        return expected == outcome || expected == 'D' && (outcome == 'F' || outcome == 'N');
    }

    static boolean isProblem(Api.Reply reply) {
        String type = reply.header("Content-Type");
        return type != null && type.startsWith("application/problem+json");
    }

    private static char pageOutcome(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 200) {
            return 'A';
        }
        if (status / 100 == 3) {
            String location = response.headers().firstValue("Location").orElse("");
            return location.contains("login.xhtml") ? 'L' : 'R';
        }
        return outcomeOf(status);
    }

    /** A browser without JavaScript: signs in through the login form (cookies kept), never follows redirects. */
    static final class Pages {

        private final URI base;
        private final HttpClient client;

        Pages(URI base, String username) {
            this.base = base;
            this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
            if (username != null) {
                String login = get("login.xhtml").body();
                Map<String, String> hidden = JsfPostback.hiddenFields(login);
                assertThat(hidden).as("login form has a view state").containsKey("jakarta.faces.ViewState");
                StringBuilder form = new StringBuilder("loginForm=loginForm&loginForm%3Ausername=" + enc(username)
                        + "&loginForm%3Apassword=" + enc(DEMO_PASSWORD) + "&loginForm%3Asubmit=");
                hidden.forEach((name, value) -> form.append('&').append(enc(name)).append('=').append(enc(value)));
                HttpResponse<String> signedIn = send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
                assertThat(signedIn.statusCode()).as(username + " signs in: " + signedIn.body()).isEqualTo(302);
            }
        }

        HttpResponse<String> get(String view) {
            return send(HttpRequest.newBuilder(base.resolve(view)).header("Accept-Language", "zh-CN").GET());
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            return JsfPostback.send(client, request);
        }

        private static String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    // ---------------------------------------------------------------- THE TABLES

    private static void apiTable() {
        // Accounts, passwords and the second factor (issue 7): the proof world's own trainer account is the {id}.
        api("GET /accounts", "UAFFFFAA -");
        api("POST /accounts", "UAFFFFAA -");
        api("GET /accounts/{id}", "UDFFFFAA N");
        api("PUT /accounts/{id}", "UDFFFFAA N");
        api("POST /accounts/{id}/deactivate", "UDFFFFAA N");
        api("POST /accounts/{id}/reactivate", "UDFFFFAA N");
        api("POST /accounts/{id}/password-reset", "UDFFFFAA N");
        api("POST /me/password", "UAAAAAAA -");
        api("POST /me/second-factor/proposal", "UAFFFFAA -");
        api("PUT /me/second-factor", "UAFFFFAA -");
        // The audit trail and participants' personal data.
        api("GET /audit/events", "UAFFFFAA -");
        api("GET /audit/changes", "UAFFFFAA -");
        api("GET /participants/{id}/personal-data", "UFFFFFAA N");
        api("POST /participants/{id}/erasure", "UFFFFFAA N");
        api("POST /privacy/retention/run", "UFFFFFFA -");
        api("GET /privacy/registry", "UFFFFFFA -");
        api("GET /activities", "UAFAAAAA -");
        api("POST /activities", "UAFFAAAA -");
        api("DELETE /activities/{id}", "UFFFFFAN N");
        api("GET /activities/{id}", "UFFAFANN N");
        api("PUT /activities/{id}", "UFFFFFNN N");
        api("GET /activities/{id}/evidence", "UFFAFANN N");
        api("POST /activities/{id}/evidence", "UFFFFFNN N");
        api("DELETE /activities/{id}/evidence/{fileId}", "UFFFFFNN N");
        api("GET /activities/{id}/evidence/{fileId}", "UFFNFNNN N");
        api("GET /adjustments/{id}", "UFFAFAAA N");
        api("PUT /adjustments/{id}", "UFFFFAAA N");
        api("DELETE /allocations/{id}", "UFFFFFAN N");
        api("GET /allocations/{id}", "UFFAFANN N");
        api("PUT /allocations/{id}", "UFFFFFNN N");
        api("GET /batches/{id}", "UFFAFAAA N");
        api("PUT /batches/{id}", "UFFFFFAA N");
        api("GET /batches/{id}/certificates.pdf", "UFFFFAAA N");
        api("GET /batches/{id}/completion", "UFFFFAAA N");
        api("GET /batches/{id}/enrolments", "UFFFFAAA N");
        api("POST /batches/{id}/enrolments", "UFFFFFAA N");
        api("POST /batches/{id}/enrolments/{enrolmentId}/move", "UFFFFFAA N");
        api("POST /batches/{id}/enrolments/{enrolmentId}/withdraw", "UFFFFFAA N");
        api("POST /batches/{id}/import/apply", "UFFFFFAA N");
        api("POST /batches/{id}/import/preview", "UFFFFFAA N");
        api("GET /batches/{id}/participants/{participantId}/certificate.pdf", "UFFFFAAA N");
        api("POST /batches/{id}/sessions", "UFFFFAAA N");
        api("POST /batches/{id}/sessions/generate", "UFFFFAAA N");
        api("POST /checkin", "AAAAAAAA -");
        api("GET /courseware", "UAAAAAAA -");
        api("POST /courseware", "UAAAAAAA -");
        api("GET /courseware/approved", "UAAAAAAA -");
        api("GET /courseware/files/{fileId}", "UFFAFAAA N");
        api("GET /courseware/{id}", "UFFAFAAA N");
        api("GET /courseware/{id}/history", "UFFAFAAA N");
        api("GET /courseware/{id}/versions/{number}", "UFFAFAAA N");
        api("POST /courseware/{id}/versions/{number}/approve", "UFFFFFFF N");
        api("POST /courseware/{id}/versions/{number}/comments", "UFFAFAAA N");
        api("POST /courseware/{id}/versions/{number}/items", "UFFFFAFF N");
        api("DELETE /courseware/{id}/versions/{number}/items/{itemId}", "UFFFFAFF N");
        api("POST /courseware/{id}/versions/{number}/links", "UFFFFAFF N");
        api("POST /courseware/{id}/versions/{number}/new-version", "UFFFFAFF N");
        api("POST /courseware/{id}/versions/{number}/return", "UFFFFFFF N");
        api("POST /courseware/{id}/versions/{number}/submit", "UFFFFAFF N");
        api("POST /courseware/{id}/versions/{number}/submit-review", "UFFFFAFF N");
        api("POST /courseware/{id}/versions/{number}/withdraw", "UFFFFAFF N");
        api("GET /curricula", "UAFAAAAA -");
        api("POST /curricula", "UAFFFFAA -");
        api("GET /curricula/{id}", "UFFAFAAA N");
        api("PUT /curricula/{id}", "UFFFFFAA N");
        api("POST /curricula/{id}/lessons", "UFFFFFAA N");
        api("DELETE /curricula/{id}/lessons/{lessonId}", "UFFFFFAA N");
        api("PUT /curricula/{id}/lessons/{lessonId}", "UFFFFFAA N");
        api("POST /curricula/{id}/lessons/{lessonId}/move", "UFFFFFAA N");
        api("POST /curricula/{id}/lessons/{lessonId}/segments", "UFFFFFAA N");
        api("DELETE /curricula/{id}/segments/{segmentId}", "UFFFFFAA N");
        api("PUT /curricula/{id}/segments/{segmentId}", "UFFFFFAA N");
        api("POST /curricula/{id}/segments/{segmentId}/move", "UFFFFFAA N");
        api("GET /feedback-forms", "UAFAAAAA -");
        api("POST /feedback-forms", "UAFFFFAA -");
        api("GET /feedback-forms/{id}", "UAFAAAAA N");
        api("PUT /feedback-forms/{id}", "UFFFFFFA N");
        api("PUT /feedback-forms/{id}/definition", "UFFFFFFA N");
        api("GET /feedback-forms/{id}/versions/{versionId}", "UAFAAAAA N");
        api("GET /feedback/{token}", "AAAAAAAA N");
        api("POST /feedback/{token}/responses", "AAAAAAAA A");
        api("GET /figures/projects/{projectId}/units/{unitId}", "UFFAFFAA N");
        api("GET /figures/projects/{projectId}/units/{unitId}/adx", "UFFAFFAA N");
        api("GET /figures/projects/{projectId}/units/{unitId}/dashboard", "UFFAFFAA N");
        api("GET /figures/projects/{projectId}/units/{unitId}/dashboard/months/{month}", "UFFAFFAA N");
        api("GET /figures/projects/{projectId}/units/{unitId}/dataValueSets", "UFFAFFAA N");
        api("GET /figures/projects/{projectId}/units/{unitId}/pdf", "UFFAFFAA N");
        api("GET /figures/projects/{projectId}/units/{unitId}/xlsx", "UFFAFFAA N");
        api("DELETE /fund-uses/{id}", "UFFFFFAN N");
        api("GET /fund-uses/{id}", "UFFAFANN N");
        api("PUT /fund-uses/{id}", "UFFFFFNN N");
        api("GET /fund-uses/{id}/receipt", "UFFNFNNN N");
        api("PUT /fund-uses/{id}/receipt", "UFFFFFNN N");
        api("GET /health", "AAAAAAAA -");
        api("POST /host-invitations/{token}", "AAAAAAAA A");
        api("GET /hosts", "UAAFAAAA -");
        api("POST /hosts", "UAFFAAAA -");
        api("GET /hosts/roles", "UAAAAAAA -");
        api("GET /hosts/{id}", "UFFFFAAA N");
        api("POST /hosts/{id}/invitations", "UFFFFAAA N");
        api("POST /hosts/{id}/revoke", "UFFFFAAA N");
        api("GET /indicators", "UAFAAAAA -");
        api("GET /indicators/{id}", "UAFAAAAA N");
        api("GET /me", "UAAAAAAA -");
        api("GET /participants", "UAFFFFAA -");
        api("POST /participants", "UAFFFFAA -");
        api("GET /participants/{id}", "UFFFFFAA N");
        api("PUT /participants/{id}", "UFFFFFAA N");
        api("GET /participants/{id}/completion", "UFFFFAAA N");
        api("POST /participants/{id}/consent", "UFFFFFAA N");
        api("POST /participants/{id}/consent/withdraw", "UFFFFFAA N");
        api("GET /participants/{id}/enrolments", "UFFFFFAA N");
        api("GET /peer-sessions", "UAAFAAAA -");
        api("POST /peer-sessions", "UFAFFFFF -");
        api("GET /peer-sessions/{id}", "UFFFFFAA N");
        api("PUT /peer-sessions/{id}", "UFFFFFFF F");
        api("POST /peer-sessions/{id}/approve", "UFFFFFFA N");
        api("POST /peer-sessions/{id}/attendance", "UFFFFFFF F");
        api("POST /peer-sessions/{id}/cancel", "UFFFFFFA N");
        api("POST /peer-sessions/{id}/comment", "UFFFFFFA N");
        api("GET /peer-sessions/{id}/feedback-link", "UFFFFFAA N");
        api("GET /peer-sessions/{id}/feedback-link/qr.png", "UFFFFFAA N");
        api("GET /peer-sessions/{id}/notes", "UFFFFFAA N");
        api("POST /peer-sessions/{id}/return", "UFFFFFFA N");
        api("GET /projects", "UAFAAAAA -");
        api("POST /projects", "UAFFFFAA -");
        api("GET /projects/{id}", "UFFAFAAA N");
        api("PUT /projects/{id}", "UFFFFFAA N");
        api("POST /projects/{id}/activate", "UFFFFFAA N");
        api("GET /projects/{id}/cascade-settings", "UFFFFAAA N");
        api("PUT /projects/{id}/cascade-settings", "UFFFFFAA N");
        api("POST /projects/{id}/close", "UFFFFFAA N");
        api("GET /projects/{id}/feedback-assignments", "UFFFFFAA N");
        api("DELETE /projects/{id}/feedback-assignments/default", "UFFFFFAA N");
        api("PUT /projects/{id}/feedback-assignments/default", "UFFFFFAA N");
        api("GET /projects/{id}/feedback-assignments/forms", "UFFFFFAA N");
        api("DELETE /projects/{id}/feedback-assignments/lessons/{lineageId}", "UFFFFFAA N");
        api("PUT /projects/{id}/feedback-assignments/lessons/{lineageId}", "UFFFFFAA N");
        api("GET /projects/{id}/feedback-results", "UFFAFAAA N");
        api("GET /projects/{id}/feedback-results/adjustments", "UFFAFAAA N");
        api("GET /projects/{id}/feedback-results/answers", "UFFAFAAA N");
        api("GET /projects/{id}/feedback-results/compare", "UFFAFAAA N");
        api("GET /projects/{id}/feedback-results/responses.csv", "UFFAFAAA N");
        api("GET /projects/{id}/feedback-results/responses.xlsx", "UFFAFAAA N");
        api("GET /projects/{id}/sites", "UFFAFAAA N");
        api("POST /projects/{id}/sites", "UFFFFFAA N");
        api("DELETE /projects/{id}/sites/{siteId}", "UFFFFFAA N");
        api("GET /projects/{id}/sites/{siteId}", "UFFAFAAA N");
        api("GET /projects/{projectId}/attendance-dashboard", "UFFAFAAA N");
        api("GET /projects/{projectId}/attendance-dashboard/sessions", "UFFAFAAA N");
        api("GET /projects/{projectId}/batches", "UFFAFAAA N");
        api("POST /projects/{projectId}/batches", "UFFFFFAA N");
        api("GET /projects/{projectId}/completion-rule", "UFFAFAAA N");
        api("PUT /projects/{projectId}/completion-rule", "UFFFFFAA N");
        api("GET /projects/{projectId}/curriculum", "UFFAFAAA N");
        api("POST /projects/{projectId}/curriculum", "UFFFFFAA N");
        api("GET /projects/{projectId}/curriculum/versions", "UFFAFAAA N");
        api("GET /projects/{projectId}/funds", "UFFAFAAA N");
        api("POST /projects/{projectId}/funds", "UFFFFFAA N");
        api("GET /projects/{projectId}/funds/summary", "UFFAFAAA N");
        api("GET /projects/{projectId}/groups", "UFFAFAAA N");
        api("GET /projects/{projectId}/groups/{groupId}", "UFFAFAAA N");
        api("GET /projects/{projectId}/groups/{groupId}/candidates", "UFFFFFAA N");
        api("PUT /projects/{projectId}/groups/{groupId}/leader", "UFFFFFAA N");
        api("POST /projects/{projectId}/groups/{groupId}/members", "UFFFFFAA N");
        api("DELETE /projects/{projectId}/groups/{groupId}/members/{accountId}", "UFFFFFNN N");
        api("POST /projects/{projectId}/indicators", "UFFFFFAA N");
        api("GET /projects/{projectId}/targets", "UFFAFAAA N");
        api("PUT /projects/{projectId}/targets/{indicatorId}", "UFFFFFAA N");
        api("GET /projects/{projectId}/texts", "UFFAFAAA N");
        api("POST /projects/{projectId}/texts", "UFFFFFAA N");
        api("GET /projects/{projectId}/texts/{textId}/file", "UFFNFNNN N");
        api("GET /reach/units/{id}", "UFFAFFAA N");
        api("GET /reports", "UAFAFFAA -");
        api("POST /reports", "UAAAAAAA -");
        api("GET /reports/completeness", "UAAAAAAA -");
        api("GET /reports/{id}", "UFFAFFAA N");
        api("POST /reports/{id}/accept", "UFFFFFFA N");
        api("GET /reports/{id}/attachments", "UFFAFFAA N");
        api("POST /reports/{id}/attachments", "UFFFFFAA N");
        api("DELETE /reports/{id}/attachments/{attachmentId}", "UFFFFFNA N");
        api("GET /reports/{id}/attachments/{fileId}", "UFFNFFNN N");
        api("GET /reports/{id}/checks", "UFFAFFAA N");
        api("GET /reports/{id}/document", "UFFAFFAA N");
        api("GET /reports/{id}/history", "UFFAFFAA N");
        api("GET /reports/{id}/pdf", "UFFAFFAA N");
        api("POST /reports/{id}/reopen", "UFFFFFFA N");
        api("POST /reports/{id}/return", "UFFFFFFA N");
        api("GET /reports/{id}/sections", "UFFAFFAA N");
        api("PUT /reports/{id}/sections/{kind}", "UFFFFFAA N");
        api("GET /reports/{id}/snapshot", "UFFNFFNA N");
        api("POST /reports/{id}/submit", "UFFFFFAA N");
        api("GET /reports/{id}/xlsx", "UFFAFFAA N");
        api("GET /sessions", "UAFAAAAA -");
        api("GET /sessions/{id}", "UFFAFAAA N");
        api("PUT /sessions/{id}", "UFFFFAAA N");
        api("GET /sessions/{id}/adjustments", "UFFAFAAA N");
        api("POST /sessions/{id}/adjustments", "UFFFFAAA N");
        api("GET /sessions/{id}/attendance", "UFFFFAAA N");
        api("PUT /sessions/{id}/attendance", "UFFFFAAA N");
        api("GET /sessions/{id}/attendance/history", "UFFFFAAA N");
        api("POST /sessions/{id}/attendance/import/apply", "UFFFFAAA N");
        api("POST /sessions/{id}/attendance/import/preview", "UFFFFAAA N");
        api("GET /sessions/{id}/attendance/walk-in-candidates", "UFFFFAAA N");
        api("POST /sessions/{id}/attendance/walk-ins", "UFFFFAAA N");
        api("POST /sessions/{id}/cancel", "UFFFFAAA N");
        api("GET /sessions/{id}/checkin", "UFFFFAAA N");
        api("POST /sessions/{id}/checkin/code", "UFFFFAAA N");
        api("GET /sessions/{id}/checkin/qr.png", "UFFFFAAA N");
        api("GET /sessions/{id}/feedback-link", "UFFAFAAA N");
        api("GET /sessions/{id}/feedback-link/qr.png", "UFFAFAAA N");
        api("GET /sessions/{id}/feedback-results", "UFFAFAAA N");
        api("GET /sessions/{id}/feedback-results/answers", "UFFAFAAA N");
        api("GET /sessions/{id}/feedback-results/responses.csv", "UFFAFAAA N");
        api("GET /sessions/{id}/feedback-results/responses.xlsx", "UFFAFAAA N");
        api("GET /sessions/{id}/feedback-summary.pdf", "UFFAFAAA N");
        api("GET /sessions/{id}/guidance-notes", "UFFAFAAA N");
        api("POST /sessions/{id}/guidance-notes", "UFFAFFFF N");
        api("POST /sessions/{id}/postpone", "UFFFFAAA N");
        api("POST /sessions/{id}/replan", "UFFFFAAA N");
        api("GET /sessions/{id}/signin-sheet.pdf", "UFFFFAAA N");
        api("POST /sites", "UAAAAAAA -");
        api("GET /sites/{id}", "UFFAFFAA N");
        api("PUT /sites/{id}", "UFFFFFAA N");
        api("POST /sites/{id}/deactivate", "UFFFFFAA N");
        api("POST /sites/{id}/reactivate", "UFFFFFAA N");
        api("GET /targets/{targetId}", "UFFAFFAA N");
        api("GET /targets/{targetId}/allocations", "UFFAFFAA N");
        api("POST /targets/{targetId}/allocations", "UFFFFFAA N");
        api("GET /trainers/me", "UAFAAAAA -");
        api("PUT /trainers/me", "UAFAAAAA -");
        api("GET /trainers/me/groups", "UAFAAAAA -");
        api("GET /trainers/{accountId}", "UFFFFAAA N");
        api("POST /unit-imports/apply", "UAFFFFAA -");
        api("POST /unit-imports/preview", "UAFFFFAA -");
        api("GET /units", "UAFAAAAA -");
        api("POST /units", "UFFFFFFA -");
        api("GET /units/roots", "UAFAAAAA -");
        api("GET /units/{id}", "UFFAFFAA N");
        api("PUT /units/{id}", "UFFFFFAA N");
        api("GET /units/{id}/children", "UFFAFFAA N");
        api("POST /units/{id}/deactivate", "UFFFFFAA N");
        api("POST /units/{id}/move", "UFFFFFAA N");
        api("POST /units/{id}/reactivate", "UFFFFFAA N");
        api("GET /units/{id}/sites", "UFFAFFAA N");
    }

    private static void pageTable() {
        page("account/accounts.xhtml", "LAFFFFAA");
        page("account/change-password.xhtml", "LAAAAAAA");
        page("audit/trail.xhtml", "LAFFFFAA");
        // The second sign-in step without a password step before it: back to the login page, signed in or not.
        page("login-code.xhtml", "LLLLLLLL");
        page("account/profile.xhtml", "LARAAAAA");
        page("activity/activities.xhtml", "LARAAAAA");
        page("activity/activity.xhtml", "LARAAAAA");
        page("activity/reach.xhtml", "LARAAAAA");
        page("cascade/accept.xhtml", "AAAAAAAA");
        page("cascade/host.xhtml", "LFFRFAAA");
        page("cascade/hosts.xhtml", "LARRAAAA");
        page("cascade/peer-sessions.xhtml", "LAARAAAA");
        page("checkin.xhtml", "AAAAAAAA");
        page("curriculum/template.xhtml", "LNNNNNNN");
        page("curriculum/templates.xhtml", "LARAAAAA");
        page("feedback.xhtml", "AAAAAAAA");
        page("feedback/assignments.xhtml", "LFRFFFAA");
        page("feedback/form.xhtml", "LARAAAAA");
        page("feedback/forms.xhtml", "LARAAAAA");
        page("feedback/results.xhtml", "LFRAFAAA");
        page("feedback/session-results.xhtml", "LFRAFAAA");
        page("index.xhtml", "LARAAAAA");
        page("login.xhtml", "ARRRRRRR");
        page("organisation/import.xhtml", "LAFFFFAA");
        page("organisation/unit-actions.xhtml", "LRRRRRRR");
        page("organisation/units.xhtml", "LFRAFFAA");
        page("participant/participants.xhtml", "LAFFFFAA");
        page("project/batch-import.xhtml", "LFRFFFAA");
        page("project/batches.xhtml", "LFRAFAAA");
        page("project/courseware.xhtml", "LFRAFAAA");
        page("project/curriculum.xhtml", "LFRAFAAA");
        page("project/groups.xhtml", "LFRAFAAA");
        page("project/project.xhtml", "LFRAFAAA");
        page("project/projects.xhtml", "LARAAAAA");
        page("reporting/completeness.xhtml", "LARARRAA");
        page("reporting/dashboard.xhtml", "LFRAFFAA");
        page("reporting/figures.xhtml", "LARAAAAA");
        page("reporting/report.xhtml", "LARARRAA");
        page("reporting/reports.xhtml", "LARARRAA");
        page("session/calendar.xhtml", "LARAAAAA");
        page("session/checkin-code.xhtml", "LFRFFAAA");
        page("session/dashboard.xhtml", "LFRAFAAA");
        page("session/feedback-link.xhtml", "LAAAAAAA");
        page("session/guidance.xhtml", "LFRAFAAA");
        page("session/roll-call.xhtml", "LFRFFAAA");
        page("session/session.xhtml", "LFRAFAAA");
    }
}
