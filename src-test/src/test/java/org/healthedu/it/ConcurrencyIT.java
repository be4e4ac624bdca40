package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.it.RollCallFixture.entries;
import static org.healthedu.it.RollCallFixture.mark;
import static org.healthedu.it.RollCallFixture.rollCall;
import static org.healthedu.it.RollCallFixture.save;
import static org.healthedu.it.RollCallFixture.versionOf;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Twenty clients at once on the same roll call and on the same session's feedback form: no update is lost (every
 * saved roll call saw the one before it, and the change log has each change), nothing is stored twice, and no request
 * gets a 500 (a 409 "changed meanwhile, read again" is the product's answer to a stale roll call).
 */
class ConcurrencyIT extends AppIT {

    private static final int CLIENTS = 20;
    private static final int PEOPLE = 5;
    private static final String[] STATUSES = {"PRESENT", "LATE", "EXCUSED", "ABSENT"};

    @Test
    void twentyTrainersSavingTheSameRollCallLoseNoUpdate() throws Exception {
        SessionFixture fixture = SessionFixture.create(this, PEOPLE);
        RollCallFixture.enrolledInJuly(fixture);
        long session = RollCallFixture.session(this, fixture, LocalDate.of(2026, 10, 21));
        Api trainer = api("baodong.trainer");

        // Each client marks everyone with its own status and note; on a 409 it reads the roll call again and
        // resubmits, as the roll-call page tells a trainer to.
        List<Callable<List<Integer>>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            String status = STATUSES[c % STATUSES.length];
            String note = "client " + c;
            clients.add(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int attempt = 0; attempt < 60; attempt++) {
                    JsonObject read = rollCall(trainer, session);
                    Api.Reply reply = save(trainer, session, entries(read).stream().map(e -> mark(
                            e.getJsonNumber("participantId").longValue(), status, note, versionOf(e))).toList());
                    statuses.add(reply.status());
                    if (reply.status() != 409) {
                        return statuses;
                    }
                    assertProblem(reply, 409, "rollcall.conflict", "entries");
                }
                return statuses;
            });
        }
        List<Integer> statuses = together(clients).stream().flatMap(List::stream).toList();
        Map<Integer, Long> counted = statuses.stream().collect(Collectors.groupingBy(s -> s, TreeMap::new,
                Collectors.counting()));
        System.out.println("FAULTS concurrency: " + CLIENTS + " clients saving one roll call of " + PEOPLE
                + " people (re-reading after a 409): statuses " + counted);
        assertThat(counted.keySet()).as("saved or told to read again, never a 500").isSubsetOf(200, 409);
        assertThat(counted.get(200)).as("every client got its roll call saved in the end").isEqualTo(CLIENTS);

        // No lost update: for each person, every change started from the mark the previous save left, and the mark
        // now is the last change's; the first save created the marks, each later one changed all of them.
        for (long person : fixture.participantIds()) {
            List<List<Object>> changes = Db.rows("select old_note, new_note, version_after from attendance_change"
                    + " where session_id = ? and participant_id = ? order by version_after", session, person);
            assertThat(changes).as("changes of %d", person).hasSize(CLIENTS - 1);
            for (int i = 1; i < changes.size(); i++) {
                assertThat(changes.get(i).get(0)).as("change %d of %d started from the one before", i, person)
                        .isEqualTo(changes.get(i - 1).get(1));
            }
            List<Object> now = Db.rows("select note, status, version from attendance where session_id = ?"
                    + " and participant_id = ?", session, person).get(0);
            assertThat(now.get(0)).isEqualTo(changes.get(changes.size() - 1).get(1));
            assertThat(((Number) now.get(2)).longValue())
                    .isEqualTo(((Number) changes.get(changes.size() - 1).get(2)).longValue());
            int client = Integer.parseInt(((String) now.get(0)).substring("client ".length()));
            assertThat(now.get(1)).as("status and note from the same save").isEqualTo(STATUSES[client % 4]);
        }
        assertThat(Db.count("select count(distinct note) from attendance where session_id = ?", session))
                .as("everyone's mark comes from the same (last) save").isEqualTo(1);
        assertThat(Db.count("select count(*) from attendance where session_id = ?", session)).isEqualTo(PEOPLE);
    }

    @Test
    void twentyParentsSubmittingAtOnceAreEachStoredOnce() throws Exception {
        FeedbackFixture feedback = FeedbackFixture.create(this);
        Db.update("delete from rate_limit where key like 'feedback:%'");

        // Each parent's phone sends its submission twice at the same moment (a double tap), all twenty at once.
        List<Callable<List<Integer>>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            String device = FeedbackFixture.device();
            String body = feedback.body(feedback.fullAnswers("并发提交 " + c));
            for (int tap = 0; tap < 2; tap++) {
                clients.add(() -> List.of(feedback.submit(this, body, device).status()));
            }
        }
        List<Integer> statuses = together(clients).stream().flatMap(List::stream).toList();
        Map<Integer, Long> counted = statuses.stream().collect(Collectors.groupingBy(s -> s, TreeMap::new,
                Collectors.counting()));
        System.out.println("FAULTS concurrency: " + CLIENTS + " parents submitting twice at once to one session:"
                + " statuses " + counted + ", responses stored " + feedback.responses());
        assertThat(counted).as("one stored (201) and one found again (200) per parent")
                .isEqualTo(Map.of(200, (long) CLIENTS, 201, (long) CLIENTS));
        assertThat(feedback.responses()).isEqualTo(CLIENTS);
        assertThat(Db.rows("select count(*) from feedback_answer a join feedback_response r on r.id = a.response_id"
                + " where r.session_id = ? group by r.id", feedback.sessionId())).as("every response complete, once")
                .hasSize(CLIENTS).extracting(row -> row.get(0)).containsOnly(feedback.answers() / CLIENTS);
        assertThat(Db.count("select count(distinct submission_key) from feedback_response where session_id = ?",
                feedback.sessionId())).isEqualTo(CLIENTS);
    }

    /** Starts every call at the same moment and returns their results in order. */
    private static <T> List<T> together(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(300, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
