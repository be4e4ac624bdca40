package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every pooled connection in use: another session holds a lock on the units table (as a long migration or a stuck
 * report would), so each request that reads units keeps its connection while it waits. More such requests than the
 * pool has connections (30, DB_POOL_MAX) come in; those that find no free connection within the pool's blocking
 * timeout (5 s, the CLI script) get a translated 503 "busy" with Retry-After, never a 500; once the lock is gone the
 * waiting ones finish and new requests are served.
 */
class PoolExhaustionIT extends AppIT {

    private static final int REQUESTS = 48;

    @Test
    void aFullPoolAnswersBusyAndRecovers() throws Exception {
        Api coordinator = api("wuxi.coord").inEnglish();
        assertThat(coordinator.get("api/v1/units/roots").status()).isEqualTo(200);

        ExecutorService clients = Executors.newFixedThreadPool(REQUESTS);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        long firstBusyMillis;
        try (Connection locker = DriverManager.getConnection(System.getProperty("healthedu.test.db.url"),
                System.getProperty("healthedu.test.db.user"), System.getProperty("healthedu.test.db.password"))) {
            locker.setAutoCommit(false);
            try (Statement statement = locker.createStatement()) {
                statement.execute("lock table organisation_unit in access exclusive mode");
            }
            long start = System.currentTimeMillis();
            for (int i = 0; i < REQUESTS; i++) {
                replies.add(clients.submit(() -> coordinator.get("api/v1/units/roots")));
            }
            // Hold the lock until the first request has been turned away (or long enough that one should have been).
            while (System.currentTimeMillis() - start < 60_000 && replies.stream().noneMatch(Future::isDone)) {
                Thread.sleep(100);
            }
            firstBusyMillis = System.currentTimeMillis() - start;
            locker.rollback();
        }
        List<Api.Reply> answered = new ArrayList<>();
        for (Future<Api.Reply> reply : replies) {
            answered.add(reply.get(180, TimeUnit.SECONDS));
        }
        clients.shutdown();

        Map<Integer, Long> statuses = answered.stream().collect(Collectors.groupingBy(Api.Reply::status,
                TreeMap::new, Collectors.counting()));
        System.out.println("FAULTS pool: " + REQUESTS + " requests against a held lock; first answer after "
                + firstBusyMillis + " ms; statuses " + statuses);
        assertThat(statuses.keySet()).as("only served or busy, never a 500").isSubsetOf(200, 503);
        assertThat(statuses.get(503)).as("some requests found the pool exhausted").isNotNull();
        assertThat(statuses.get(200)).as("the requests that held a connection finished once the lock was gone")
                .isNotNull();
        for (Api.Reply reply : answered) {
            if (reply.status() == 503) {
                assertProblem(reply, 503, "faults.busy");
                assertThat(reply.string("detail")).startsWith("The server is busy");
                assertThat(reply.header("Retry-After")).isEqualTo("5");
            }
        }

        long recovered = System.currentTimeMillis();
        for (int i = 0; i < 5; i++) {
            Api.Reply after = coordinator.get("api/v1/units/roots");
            assertThat(after.status()).as("request %d after the pool was free again: %s", i, after).isEqualTo(200);
        }
        System.out.println("FAULTS pool: 5 requests after the lock served 200 in "
                + (System.currentTimeMillis() - recovered) + " ms");
    }
}
