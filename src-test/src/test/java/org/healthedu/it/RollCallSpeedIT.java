package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * The roll call's cost does not grow with the number of people: loading and saving the roll call of 10 and of 60
 * participants run the same number of SQL statements. Counted by Hibernate's statistics of the application's
 * persistence unit (prepared statements: every SQL statement Hibernate sends, queries, inserts, updates, native
 * statements), read from WildFly's management API before and after each request. Tests run one at a time, so nothing
 * else runs statements meanwhile.
 */
class RollCallSpeedIT extends AppIT {

    @ArquillianResource
    private ManagementClient management;

    @Test
    void loadingAndSavingARollCallOf60RunsAsManyStatementsAsOneOf10() {
        writeStatisticsEnabled(true);
        try {
            Map<String, Long> ten = measure(10, LocalDate.of(2026, 11, 2));
            Map<String, Long> sixty = measure(60, LocalDate.of(2026, 11, 3));
            ten.forEach((step, count) -> System.out.printf("BENCHMARK roll call %-40s 10 people: %3d statements,"
                    + " 60 people: %3d statements%n", step, count, sixty.get(step)));
            assertThat(sixty).isEqualTo(ten);
            assertThat(ten.values()).allSatisfy(count -> assertThat(count).isPositive().isLessThan(30));
        } finally {
            writeStatisticsEnabled(false);
        }
    }

    private Map<String, Long> measure(int people, LocalDate day) {
        SessionFixture fixture = SessionFixture.create(this, people);
        RollCallFixture.enrolledInJuly(fixture);
        long session = RollCallFixture.session(this, fixture, day);
        Api trainer = api("baodong.trainer");
        Map<String, Long> counts = new LinkedHashMap<>();
        JsonObject[] roll = new JsonObject[1];
        counts.put("load (no marks)", statements(() -> roll[0] = RollCallFixture.rollCall(trainer, session)));
        assertThat(RollCallFixture.entries(roll[0])).hasSize(people);
        counts.put("save everyone present (inserts)", statements(() -> {
            Api.Reply reply = RollCallFixture.saveAll(trainer, session, roll[0], "PRESENT");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            return reply;
        }));
        counts.put("load (everyone marked)", statements(() -> roll[0] = RollCallFixture.rollCall(trainer, session)));
        counts.put("save everyone late (updates, history)", statements(() -> {
            Api.Reply reply = RollCallFixture.saveAll(trainer, session, roll[0], "LATE");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            return reply;
        }));
        assertThat(Db.count("select count(*) from attendance where session_id = ? and status = 'LATE'", session))
                .isEqualTo(people);
        assertThat(Db.count("select count(*) from attendance_change where session_id = ?", session))
                .isEqualTo(people);
        return counts;
    }

    private long statements(Supplier<?> request) {
        long before = preparedStatements();
        request.get();
        return preparedStatements() - before;
    }

    private long preparedStatements() {
        return new HibernateStatistics(management).preparedStatements();
    }

    private void writeStatisticsEnabled(boolean enabled) {
        new HibernateStatistics(management).enabled(enabled);
    }
}
