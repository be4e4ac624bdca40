import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak client behind soak.sh (run as a source file: java Soak.java). An open-loop load at a fixed rate: every
 * 1/RATE seconds the next operation of a fixed mix is started, whether or not earlier ones have answered (wrk has no
 * fixed-rate mode, and a closed loop slows down with the server and hides its stalls). Latency is measured from the
 * operation's scheduled start. Every minute the server's heap after a full GC is sampled with jcmd.
 *
 * Environment: BASE, SESSION, FEEDBACK_TOKEN, FEEDBACK_ANSWERS, CHECKIN_CODE, PROJECT, UNIT, SERVER_PID, RATE (10),
 * DURATION_SECONDS (600), TRAINER / COORDINATOR (user:password).
 */
public final class Soak {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(16)).build();
    private static final Pattern ENTRY = Pattern.compile("\\{[^{}]*\"participantId\":(\\d+)[^{}]*\\}");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern EXPECTED = Pattern.compile("\"expected\":true");

    private static final Map<String, ConcurrentLinkedQueue<Long>> LATENCIES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> STATUSES = new ConcurrentHashMap<>();
    private static final AtomicLong ERRORS = new AtomicLong();
    private static final AtomicLong ROLL_CALL_TURN = new AtomicLong();

    private static String base;
    private static String trainer;
    private static String coordinator;

    public static void main(String[] args) throws Exception {
        base = env("BASE", "http://127.0.0.1:8080");
        trainer = basic(env("TRAINER", "baodong.trainer:Demo@2026"));
        coordinator = basic(env("COORDINATOR", "wuxi.coord:Demo@2026"));
        double rate = Double.parseDouble(env("RATE", "10"));
        int seconds = Integer.parseInt(env("DURATION_SECONDS", "600"));
        String session = env("SESSION", null);
        String pid = env("SERVER_PID", null);

        List<Runnable> mix = List.of(
                () -> rollCall(session),
                () -> feedback(),
                () -> checkIn(),
                () -> figures(),
                () -> feedback(),
                () -> checkIn(),
                () -> dashboard());

        List<String> heap = new ArrayList<>();
        heap.add("0 min: " + heapAfterGc(pid));
        long periodNanos = (long) (1e9 / rate);
        long total = (long) (seconds * rate);
        CountDownLatch scheduled = new CountDownLatch(1);
        AtomicLong started = new AtomicLong();
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        clock.scheduleAtFixedRate(() -> {
            long n = started.getAndIncrement();
            if (n >= total) {
                scheduled.countDown();
                return;
            }
            mix.get((int) (n % mix.size())).run();
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        long start = System.nanoTime();
        for (int minute = 1; !scheduled.await(60, TimeUnit.SECONDS); minute++) {
            String sample = minute + " min: " + heapAfterGc(pid);
            heap.add(sample);
            System.out.println("heap after GC, " + sample + "; requests so far " + requests() + ", errors "
                    + ERRORS.get());
        }
        clock.shutdown();
        Thread.sleep(10_000); // let the last requests answer
        double elapsed = (System.nanoTime() - start) / 1e9;
        heap.add("end: " + heapAfterGc(pid));

        System.out.printf("== soak: %d operations started in %.0f s (%.1f/s target %.1f/s), %d HTTP requests%n",
                Math.min(started.get(), total), elapsed, Math.min(started.get(), total) / elapsed, rate, requests());
        System.out.println("statuses: " + new TreeMap<>(STATUSES));
        System.out.println("errors (not 2xx, or no answer): " + ERRORS.get());
        List<Long> all = new ArrayList<>();
        for (Map.Entry<String, ConcurrentLinkedQueue<Long>> e : new TreeMap<>(LATENCIES).entrySet()) {
            List<Long> l = new ArrayList<>(e.getValue());
            all.addAll(l);
            System.out.printf("%-22s n=%5d p50=%6.1f ms p99=%7.1f ms max=%7.1f ms%n", e.getKey(), l.size(),
                    pct(l, 50), pct(l, 99), pct(l, 100));
        }
        System.out.printf("%-22s n=%5d p50=%6.1f ms p99=%7.1f ms max=%7.1f ms%n", "all", all.size(), pct(all, 50),
                pct(all, 99), pct(all, 100));
        System.out.println("heap after GC: " + String.join(" | ", heap));
        System.exit(0);
    }

    /** A trainer's roll call: read it, then mark one expected person (in turn) with the version just read. */
    private static void rollCall(String session) {
        long t0 = System.nanoTime();
        send("rollcall GET", get("/api/v1/sessions/" + session + "/attendance", trainer), t0).thenAccept(body -> {
            if (body == null) {
                return;
            }
            List<String[]> people = new ArrayList<>();
            Matcher m = ENTRY.matcher(body);
            while (m.find()) {
                if (EXPECTED.matcher(m.group()).find()) {
                    Matcher v = VERSION.matcher(m.group());
                    people.add(new String[] {m.group(1), v.find() ? v.group(1) : "null"});
                }
            }
            if (people.isEmpty()) {
                return;
            }
            long turn = ROLL_CALL_TURN.getAndIncrement();
            String[] who = people.get((int) (turn % people.size()));
            String status = (turn / people.size()) % 2 == 0 ? "PRESENT" : "LATE";
            String json = "{\"entries\":[{\"participantId\":" + who[0] + ",\"status\":\"" + status
                    + "\",\"expectedVersion\":" + who[1] + "}]}";
            send("rollcall PUT", HttpRequest.newBuilder(URI.create(base + "/api/v1/sessions/" + session
                    + "/attendance")).header("Authorization", trainer).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)), System.nanoTime());
        });
    }

    private static void feedback() {
        String json = "{\"submissionKey\":\"" + UUID.randomUUID() + "\",\"audience\":\"PARENT\",\"answers\":"
                + env("FEEDBACK_ANSWERS", "[]") + "}";
        send("feedback POST", HttpRequest.newBuilder(URI.create(base + "/api/v1/feedback/"
                + env("FEEDBACK_TOKEN", "") + "/responses")).header("Content-Type", "application/json")
                .header("Cookie", "healthedu_fd=" + UUID.randomUUID().toString().replace("-", "")
                        + UUID.randomUUID().toString().replace("-", "").substring(0, 11))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), System.nanoTime());
    }

    /** The public check-in's first step: the session's code → the people (masked) to pick from. */
    private static void checkIn() {
        send("checkin POST", HttpRequest.newBuilder(URI.create(base + "/api/v1/checkin"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + env("CHECKIN_CODE", "") + "\"}")),
                System.nanoTime());
    }

    private static void figures() {
        send("figures GET", get("/api/v1/figures/projects/" + env("PROJECT", "") + "/units/" + env("UNIT", ""),
                coordinator), System.nanoTime());
    }

    private static void dashboard() {
        send("report GET", get("/api/v1/reports?limit=20", coordinator), System.nanoTime());
    }

    private static HttpRequest.Builder get(String path, String auth) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth).GET();
    }

    private static java.util.concurrent.CompletableFuture<String> send(String what, HttpRequest.Builder request,
            long t0) {
        return HTTP.sendAsync(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
                    LATENCIES.computeIfAbsent(what, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - t0);
                    String key = what + " " + (failure == null ? response.statusCode() : "no answer");
                    STATUSES.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
                    if (failure != null || response.statusCode() >= 300) {
                        ERRORS.incrementAndGet();
                        return null;
                    }
                    return response.body();
                });
    }

    private static long requests() {
        return STATUSES.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** Used heap right after a full GC of the server's JVM, from jcmd (GC.run, then GC.heap_info). */
    private static String heapAfterGc(String pid) {
        if (pid == null) {
            return "n/a (no SERVER_PID)";
        }
        try {
            run("jcmd", pid, "GC.run");
            String info = run("jcmd", pid, "GC.heap_info");
            Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
            return m.find() ? (Long.parseLong(m.group(1)) / 1024) + " MiB" : info.trim();
        } catch (IOException | InterruptedException e) {
            return "n/a (" + e.getMessage() + ")";
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static double pct(List<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    private static String basic(String userPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
