package org.healthedu.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.transaction.RollbackException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which failures are the database's or the pool's (503, try again) and which are not (500). */
class UnavailableTest {

    @Test
    void connectionFailuresDeepInTheChainAreTheDatabase() {
        SQLException refused = new SQLException("Connection refused", "08001", new ConnectException("refused"));
        ResourceException cannotCreate = new ResourceException("IJ031084: Unable to create connection", refused);
        Throwable wrapped = new EJBException(new PersistenceException(new IllegalStateException(
                new SQLException("IJ031013", cannotCreate))));
        assertThat(Unavailable.of(wrapped)).contains(Unavailable.DATABASE);
        assertThat(Unavailable.of(new PersistenceException(new SQLException("terminating connection due to"
                + " administrator command", "57P01")))).contains(Unavailable.DATABASE);
        assertThat(Unavailable.of(new SQLException("the database system is starting up", "57P03")))
                .contains(Unavailable.DATABASE);
    }

    @Test
    void aFailedCommitReportsTheLostConnectionAsSuppressed() {
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(Unavailable.of(new EJBException(commit))).contains(Unavailable.DATABASE);
    }

    @Test
    void noFreeConnectionWithinTheTimeoutIsBusy() {
        ResourceException timeout = new ResourceException("IJ000655: No managed connections available within"
                + " configured blocking timeout (5000 [ms])");
        Throwable wrapped = new IllegalStateException(new SQLException("IJ031019", new ResourceException(
                "IJ000453: Unable to get managed connection", timeout)));
        assertThat(Unavailable.of(wrapped)).contains(Unavailable.BUSY);
    }

    @Test
    void otherFailuresAreNeither() {
        assertThat(Unavailable.of(new EJBException(new PersistenceException(new SQLException(
                "duplicate key value violates unique constraint", "23505"))))).isEqualTo(Optional.empty());
        assertThat(Unavailable.of(new NullPointerException())).isEmpty();
        assertThat(Unavailable.of(null)).isEmpty();
        Throwable loop = new IllegalStateException();
        loop.initCause(new RuntimeException(new SQLException("syntax error", "42601")));
        assertThat(Unavailable.of(loop)).isEmpty();
    }
}
