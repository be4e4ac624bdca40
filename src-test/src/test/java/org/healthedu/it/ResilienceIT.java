package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The application keeps serving when the database drops its connections (a restart, a failover). */
class ResilienceIT extends AppIT {

    @Test
    void brokenPooledConnectionsAreReplacedNotHandedOut() {
        assertThat(api("admin").get("api/v1/units/roots").status()).isEqualTo(200);

        long killed = Db.count("select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity"
                + " where datname = current_database() and pid <> pg_backend_pid()"
                + " and backend_type = 'client backend') t");
        assertThat(killed).as("the server held pooled connections").isPositive();

        for (int i = 0; i < 5; i++) {
            Api.Reply reply = api("admin").get("api/v1/units/roots");
            assertThat(reply.status()).as("request %d after the connections were killed: %s", i, reply).isEqualTo(200);
        }
        assertThat(anonymous().get("api/v1/health").string("status")).isEqualTo("UP");
    }
}
