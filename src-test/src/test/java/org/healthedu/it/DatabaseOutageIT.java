package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped and started again while clients read, write and open pages: during the outage every request
 * gets a translated 503 "try again" (problem body with Retry-After in the API, the "try again" page for pages), never
 * a 500; the application recovers by itself once the database is back; and every submission it acknowledged (201)
 * is in the database afterwards. Prints the figures as FAULTS lines.
 */
class DatabaseOutageIT extends AppIT {

    private static final long OUTAGE_MILLIS = 6_000;

    /**
     * A page as a browser gets it: with its cookies, following redirects (a page's failure outside AJAX is sent to the
     * failure page by PrimeFaces' exception handler, which answers 503 "try again" there).
     */
    private Api.Reply pageAsABrowserOpensIt(String path) {
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
                .connectTimeout(java.time.Duration.ofSeconds(5)).build();
        return new Api.Reply(JsfPostback.send(browser, java.net.http.HttpRequest.newBuilder(base().resolve(path)).GET()));
    }

    record Outcome(String kind, long at, int status, Api.Reply reply, String key) {
    }

    @Test
    void requestsDuringARestartAreTriedAgainLaterAndNoAcknowledgedWriteIsLost() throws Exception {
        assumeTrue(EmbeddedPostgresControl.available(), "needs the tests' own embedded PostgreSQL to restart");
        EmbeddedPostgresControl postgres = EmbeddedPostgresControl.ofRunningServer();
        FeedbackFixture feedback = FeedbackFixture.create(this);
        Db.update("delete from rate_limit where key like 'feedback:%'");
        long before = feedback.responses();

        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Api reader = api("wuxi.coord");
        Api english = anonymous().inEnglish();
        List<Thread> clients = List.of(
                client(running, outcomes, "write", () -> {
                    String key = UUID.randomUUID().toString();
                    return new Outcome("write", 0, 0, feedback.submit(this,
                            feedback.body(key, feedback.fullAnswers("停机测试"), null), FeedbackFixture.device()), key);
                }),
                client(running, outcomes, "read", () -> new Outcome("read", 0, 0,
                        reader.get("api/v1/units/roots"), null)),
                client(running, outcomes, "public read", () -> new Outcome("public read", 0, 0,
                        english.get("api/v1/feedback/" + feedback.token()), null)),
                client(running, outcomes, "page", () -> new Outcome("page", 0, 0,
                        pageAsABrowserOpensIt("feedback.xhtml?s=" + feedback.token()), null)));

        long stoppedAt;
        long upAt;
        boolean stopped = false;
        try {
            clients.forEach(Thread::start);
            Thread.sleep(3_000);
            stoppedAt = System.currentTimeMillis();
            postgres.stop();
            stopped = true;
            Thread.sleep(OUTAGE_MILLIS);
            postgres.start();
            stopped = false;
            upAt = System.currentTimeMillis();
            long deadline = upAt + 60_000;
            while (System.currentTimeMillis() < deadline && !recoveredAll(outcomes, upAt)) {
                Thread.sleep(100);
            }
            Thread.sleep(2_000);
        } finally {
            running.set(false);
            for (Thread client : clients) {
                client.join(120_000);
            }
            if (stopped) {
                postgres.start();
            }
            awaitAnswering();
        }

        List<Outcome> all = new ArrayList<>(outcomes);
        Map<String, Map<Integer, Long>> byKind = all.stream().collect(Collectors.groupingBy(Outcome::kind,
                TreeMap::new, Collectors.groupingBy(Outcome::status, TreeMap::new, Collectors.counting())));
        System.out.println("FAULTS outage: database stopped " + (upAt - stoppedAt) + " ms; statuses by kind "
                + byKind);
        List<Outcome> wrong = all.stream().filter(o -> o.status() != 200 && o.status() != 201 && o.status() != 503)
                .toList();
        assertThat(wrong).as("requests answered other than 2xx or 503 (first: %s)",
                wrong.isEmpty() ? "" : wrong.get(0).reply()).isEmpty();

        for (String kind : List.of("write", "read", "public read", "page")) {
            assertThat(all).as("%s requests saw the outage", kind)
                    .anyMatch(o -> o.kind().equals(kind) && o.status() == 503);
            long recovery = all.stream().filter(o -> o.kind().equals(kind) && o.at() >= upAt && o.status() < 300)
                    .mapToLong(o -> o.at() - upAt).min().orElse(Long.MAX_VALUE);
            System.out.println("FAULTS outage: " + kind + " answered 2xx again " + recovery + " ms after the database"
                    + " was up");
            assertThat(recovery).as("%s recovered within 30 s of the database coming back", kind)
                    .isLessThan(30_000);
        }
        for (Outcome o : all) {
            if (o.status() != 503) {
                continue;
            }
            assertThat(o.reply().header("Retry-After")).as("Retry-After on %s", o.reply()).isNotBlank();
            if (o.kind().equals("page")) {
                assertThat(o.reply().header("Content-Type")).startsWith("text/html");
                assertThat(o.reply().body()).contains("请稍后重试").doesNotContain("Exception:").doesNotContain("Caused by")
                        .doesNotContain("at org.");
            } else {
                assertProblem(o.reply(), 503, "faults.unavailable");
                if (o.kind().equals("public read")) {
                    assertThat(o.reply().string("detail")).startsWith("The database cannot be reached");
                }
            }
        }

        List<String> acknowledged = all.stream().filter(o -> o.kind().equals("write") && o.status() == 201)
                .map(Outcome::key).toList();
        long found = Db.count("select count(*) from feedback_response where session_id = ?"
                + " and submission_key::text = any(string_to_array(?, ','))", feedback.sessionId(),
                String.join(",", acknowledged));
        long stored = feedback.responses() - before;
        System.out.println("FAULTS outage: writes acknowledged (201) " + acknowledged.size() + ", of them found "
                + found + "; responses stored in all " + stored);
        assertThat(found).as("every acknowledged submission is stored").isEqualTo(acknowledged.size());
        assertThat(acknowledged).as("writes went through before and after the outage").hasSizeGreaterThan(2);
    }

    private static boolean recoveredAll(ConcurrentLinkedQueue<Outcome> outcomes, long upAt) {
        return List.of("write", "read", "public read", "page").stream().allMatch(kind -> outcomes.stream()
                .anyMatch(o -> o.kind().equals(kind) && o.at() >= upAt && o.status() < 300));
    }

    /** One client: the same request again and again (about three a second) until told to stop. */
    private static Thread client(AtomicBoolean running, ConcurrentLinkedQueue<Outcome> outcomes, String kind,
            Supplier<Outcome> request) {
        return new Thread(() -> {
            while (running.get()) {
                try {
                    Outcome o = request.get();
                    outcomes.add(new Outcome(kind, System.currentTimeMillis(), o.reply().status(), o.reply(),
                            o.key()));
                } catch (UncheckedIOException e) {
                    outcomes.add(new Outcome(kind, System.currentTimeMillis(), -1, null, null));
                }
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "outage-" + kind);
    }

    /** The run's other tests share this server and database: wait until both answer again. */
    private void awaitAnswering() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (api("admin").get("api/v1/units/roots").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the application did not answer again within 90 s of the database restart");
    }
}
