package org.healthedu.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the tests' own embedded PostgreSQL before any test (and so before Arquillian starts the server, which reads
 * its address from DB_URL) and stops it after the last one. Does nothing when an external test database is named
 * (TEST_DB_URL), or in a JVM that is not running the integration tests.
 */
public class TestDatabaseListener implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(TestDatabaseListener.class.getName());

    private EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("healthedu.test.db.embedded")) {
            return;
        }
        int port = Integer.getInteger("healthedu.test.db.port", 15433);
        Path dir = Path.of(System.getProperty("healthedu.test.db.dir", "target/pgdata"));
        try {
            database = EmbeddedDatabase.start(dir, port, true);
            LOG.info(() -> "Test database: embedded PostgreSQL at " + database.jdbcUrl());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded test database on port " + port, e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                LOG.warning("Could not stop the embedded test database: " + e.getMessage());
            }
        }
    }
}
