package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scheduled jobs survive a server's death mid-run: a slot left unfinished by a server that stopped renewing its lease
 * is taken over by another server's catch-up timer (every 2 s on the test server) and finished there; a slot still
 * held, or that has failed {@code MAX_ATTEMPTS} times, is left alone by the same pass. (That two servers never run the same slot is shown with two real
 * servers by ClusterFailoverIT.)
 */
class JobLeaseIT extends AppIT {

    private static final Duration PATIENCE = Duration.ofSeconds(40);

    private static Instant uniqueSlot() {
        return Instant.parse("2001-01-01T00:00:00Z").plusSeconds(System.nanoTime() % 100_000_000L);
    }

    private static List<Object> run(Instant slot) {
        return Db.rows("select node, attempts, finished_at is not null, outcome from job_run "
                + "where job = 'retention' and slot = ?::timestamptz", slot.toString()).get(0);
    }

    @Test
    void aRunWhoseServerDiedIsTakenOverAndFinishedByAnother() throws InterruptedException {
        Instant slot = uniqueSlot();
        Db.update("insert into job_run (job, slot, node, started_at, lease_until) "
                + "values ('retention', ?::timestamptz, 'dead-node', now() - interval '5 minutes', "
                + "now() - interval '1 second')", slot.toString());

        awaitFinished(slot);
        List<Object> after = run(slot);
        assertThat(after.get(2)).as("finished: %s", after).isEqualTo(true);
        assertThat(after.get(0)).as("taken over by the live server").isEqualTo("it-node");
        assertThat(((Number) after.get(1)).intValue()).as("attempts").isEqualTo(2);
        assertThat((String) after.get(3))
                .matches("anonymised \\d+ in \\d+ batches, \\d+ files removed|another run held the lock");
    }

    @Test
    void aRunStillHeldOrTriedTooOftenIsLeftAlone() throws InterruptedException {
        Instant held = uniqueSlot();
        Instant given = held.plusSeconds(1);
        Instant probe = held.plusSeconds(2);
        // One statement: the catch-up pass that takes the probe (abandoned, due) has seen the other two as well.
        Db.update("insert into job_run (job, slot, node, lease_until, attempts, outcome) values "
                + "('retention', ?::timestamptz, 'busy-node', now() + interval '10 minutes', 1, null), "
                + "('retention', ?::timestamptz, 'dead-node', now() - interval '1 minute', 3, 'failed'), "
                + "('retention', ?::timestamptz, 'dead-node', now() - interval '1 minute', 1, null)",
                held.toString(), given.toString(), probe.toString());

        awaitFinished(probe);
        assertThat(run(probe).get(2)).as("a catch-up pass ran after the rows were in").isEqualTo(true);
        assertThat(run(held)).as("its server still renews the lease").containsExactly("busy-node", 1, false, null);
        assertThat(run(given)).as("given up after three attempts").containsExactly("dead-node", 3, false, "failed");
        Db.update("delete from job_run where slot in (?::timestamptz, ?::timestamptz, ?::timestamptz) "
                + "and job = 'retention'", held.toString(), given.toString(), probe.toString());
    }

    /** Waits until a catch-up pass has taken {@code slot} over and finished it (or the patience runs out). */
    private static void awaitFinished(Instant slot) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!(Boolean) run(slot).get(2) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
    }
}
