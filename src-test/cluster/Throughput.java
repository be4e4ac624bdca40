import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load client behind throughput.sh (run as a source file: java Throughput.java). Open loop at a fixed offered
 * rate: every 1/RATE seconds the next request starts, whether or not earlier ones have answered, so a server that
 * cannot keep up shows it in latency and in what it completes, not by slowing the client down. Requests cycle
 * through PATHS (comma-separated), signed in as USER (user:password). Latency counts from the scheduled start.
 *
 * Environment: BASE, PATHS, USER, RATE, DURATION_SECONDS, LABEL. Prints one line: label, offered rate, completed per
 * second, 2xx, errors, p50/p95/p99 in ms.
 */
public final class Throughput {

    public static void main(String[] args) throws Exception {
        String base = env("BASE", "http://127.0.0.1:8880/");
        List<String> paths = List.of(env("PATHS", "api/v1/me").split(","));
        String user = env("USER_PASSWORD", "wuxi.coord:Demo@2026");
        double rate = Double.parseDouble(env("RATE", "20"));
        int seconds = Integer.parseInt(env("DURATION_SECONDS", "60"));
        String label = env("LABEL", base);
        String authorization = "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(64)).build();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        int total = (int) Math.round(rate * seconds);
        CountDownLatch done = new CountDownLatch(total);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = (long) (1_000_000_000L / rate);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            String path = paths.get(i % paths.size());
            long scheduled = start + i * periodNanos;
            clock.schedule(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                        .header("Authorization", authorization).header("Accept", "application/json").GET().build();
                http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                    latencies.add((System.nanoTime() - scheduled) / 1_000_000);
                    if (failure == null && response.statusCode() / 100 == 2) {
                        ok.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                    }
                    done.countDown();
                });
            }, scheduled - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        done.await(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-12s offered %5.1f/s  completed %5.1f/s  2xx %d  errors %d  p50 %d ms  p95 %d ms"
                + "  p99 %d ms%n", label, rate, (ok.get() + errors.get()) / elapsed, ok.get(), errors.get(),
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
        clock.shutdownNow();
        System.exit(0);
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
