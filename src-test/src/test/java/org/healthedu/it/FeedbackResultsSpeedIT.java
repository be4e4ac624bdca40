package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * Feedback results cost the same number of SQL statements whatever the number of responses and sessions: a session
 * with 5 responses and one with 40 (both above the small-cell threshold, which skips queries), a fresh project with
 * one session and the demo project with eight and 171 responses. Counted by Hibernate's statistics (prepared
 * statements) read from WildFly's management API ({@link HibernateStatistics}), as in {@link RollCallSpeedIT}.
 */
class FeedbackResultsSpeedIT extends AppIT {

    @ArquillianResource
    private ManagementClient management;

    @Test
    void resultsRunAsManyStatementsForManyResponsesAsForFew() {
        SessionFixture fixture = SessionFixture.create(this, 0);
        long few = Marks.session(fixture, 1, "2026-05-02", "HELD");
        long many = Marks.session(fixture, 2, "2026-05-09", "HELD");
        for (int i = 0; i < 5; i++) {
            FeedbackRows.respond(few, 4, 4, 8, 2, new int[] {1}, "少" + i);
        }
        for (int i = 0; i < 40; i++) {
            FeedbackRows.respond(many, 1 + i % 5, 5, i % 11, 1 + i % 3, new int[] {1, 1 + i % 5}, "多" + i);
        }
        long demo = ((Number) Db.value("select id from project where code = 'WX-2026-PARENT'")).longValue();
        writeStatisticsEnabled(true);
        try {
            Map<String, long[]> counts = new LinkedHashMap<>();
            for (String path : new String[] {"feedback-results", "feedback-results/answers?q=%E5%A4%9A",
                "feedback-results/responses.csv", "feedback-summary.pdf", "adjustments"}) {
                counts.put("session " + path, new long[] {
                    statements("api/v1/sessions/" + few + "/" + path),
                    statements("api/v1/sessions/" + many + "/" + path)});
            }
            for (String path : new String[] {"feedback-results", "feedback-results/compare?by=lesson",
                "feedback-results/compare?by=trainer", "feedback-results/responses.xlsx"}) {
                counts.put("project " + path, new long[] {
                    statements("api/v1/projects/" + fixture.projectId() + "/" + path),
                    statements("api/v1/projects/" + demo + "/" + path)});
            }
            counts.forEach((what, c) -> System.out.printf("BENCHMARK feedback %-48s few: %3d statements,"
                    + " many: %3d statements%n", what, c[0], c[1]));
            assertThat(counts.values()).allSatisfy(c -> {
                assertThat(c[1]).isEqualTo(c[0]);
                assertThat(c[0]).isPositive().isLessThan(30);
            });
        } finally {
            writeStatisticsEnabled(false);
        }
    }

    private long statements(String path) {
        long before = preparedStatements();
        int status = api("wuxi.coord").download(path).statusCode();
        assertThat(status).as(path).isEqualTo(200);
        return preparedStatements() - before;
    }

    private long preparedStatements() {
        return new HibernateStatistics(management).preparedStatements();
    }

    private void writeStatisticsEnabled(boolean enabled) {
        new HibernateStatistics(management).enabled(enabled);
    }
}
