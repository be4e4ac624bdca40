package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The README's backup procedure, run: pg_dump (custom format, --no-owner) of the live test database while the
 * server runs, pg_restore into a fresh database, and every table compared — row count and an md5 of all its rows —
 * against the exact moment the dump saw (its exported snapshot). The audit log's append-only triggers come back too.
 * Needs pg_dump and pg_restore of the server's major version (the zonky bundle has none; see
 * {@link EmbeddedPostgresControl#client}); without them it is skipped, saying so.
 */
class BackupRestoreIT extends AppIT {

    private static final String RESTORED = "healthedu_restore_check";

    @Test
    void aDumpRestoresIntoAFreshDatabaseWithTheSameRowsInEveryTable() throws Exception {
        assumeTrue(EmbeddedPostgresControl.available(), "uses the embedded server's pg_dump and pg_restore");
        EmbeddedPostgresControl postgres = EmbeddedPostgresControl.ofRunningServer();
        Optional<Path> pgDump = postgres.client("pg_dump");
        Optional<Path> pgRestore = postgres.client("pg_restore");
        assumeTrue(pgDump.isPresent() && pgRestore.isPresent(), "no pg_dump/pg_restore of the server's major version"
                + " or newer (set PG_BIN, or install the PostgreSQL client of that version)");
        URI source = URI.create(System.getProperty("healthedu.test.db.url").substring("jdbc:".length()));
        Path dump = Files.createTempFile("healthedu-backup", ".dump");
        Db.update("drop database if exists " + RESTORED);
        try (Connection live = connect(null)) {
            live.setAutoCommit(false);
            Map<String, String> before;
            long dumpMillis;
            try (Statement s = live.createStatement()) {
                s.execute("set transaction isolation level repeatable read");
                String snapshot;
                try (ResultSet rs = s.executeQuery("select pg_export_snapshot()")) {
                    rs.next();
                    snapshot = rs.getString(1);
                }
                long start = System.currentTimeMillis();
                EmbeddedPostgresControl.run(List.of(pgDump.get().toString(), "--format=custom",
                        "--no-owner", "--snapshot=" + snapshot, "--host=" + source.getHost(),
                        "--port=" + source.getPort(), "--username=" + System.getProperty("healthedu.test.db.user"),
                        "--file=" + dump, source.getPath().substring(1)));
                dumpMillis = System.currentTimeMillis() - start;
                before = fingerprints(live);
            }
            live.rollback();

            Db.update("create database " + RESTORED + " template template0 encoding 'UTF8'");
            long start = System.currentTimeMillis();
            EmbeddedPostgresControl.run(List.of(pgRestore.get().toString(), "--no-owner",
                    "--exit-on-error", "--host=" + source.getHost(), "--port=" + source.getPort(),
                    "--username=" + System.getProperty("healthedu.test.db.user"), "--dbname=" + RESTORED,
                    dump.toString()));
            long restoreMillis = System.currentTimeMillis() - start;

            try (Connection restored = connect(RESTORED)) {
                Map<String, String> after = fingerprints(restored);
                long rows = before.values().stream().mapToLong(v -> Long.parseLong(v.split(" ")[0])).sum();
                System.out.println("FAULTS backup: " + before.size() + " tables, " + rows + " rows; pg_dump "
                        + dumpMillis + " ms (" + Files.size(dump) / 1024 + " KiB), pg_restore " + restoreMillis
                        + " ms");
                assertThat(before).as("tables of the live database").containsKey("public.audit_event")
                        .containsKey("public.flyway_schema_history").hasSizeGreaterThan(50);
                assertThat(after).as("every table with the same row count and checksum").isEqualTo(before);

                try (Statement s = restored.createStatement()) {
                    s.execute("insert into audit_event (kind, actor_username, details) values"
                            + " ('LOGIN_FAILED', 'restore-check', '{}'::jsonb)");
                    assertThatThrownBy(() -> s.executeUpdate("delete from audit_event"))
                            .as("the restored audit log still refuses deletes").isInstanceOf(SQLException.class);
                    assertThatThrownBy(() -> s.executeUpdate("update audit_event set actor_username = 'x'"))
                            .isInstanceOf(SQLException.class);
                    assertThatThrownBy(() -> s.execute("truncate audit_event")).isInstanceOf(SQLException.class);
                }
            }
        } finally {
            Db.update("drop database if exists " + RESTORED);
            Files.deleteIfExists(dump);
        }
    }

    /** Every table of the application's schemas: "rows md5-of-all-rows", by schema-qualified name. */
    private static Map<String, String> fingerprints(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select quote_ident(schemaname) || '.'"
                + " || quote_ident(tablename) from pg_tables where schemaname not in ('pg_catalog',"
                + " 'information_schema') order by 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, String> fingerprints = new TreeMap<>();
        for (String table : tables) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*), md5(coalesce("
                    + "string_agg(t::text, ',' order by t::text), '')) from " + table + " t")) {
                rs.next();
                fingerprints.put(table, rs.getLong(1) + " " + rs.getString(2));
            }
        }
        return fingerprints;
    }

    private static Connection connect(String database) throws SQLException {
        String url = System.getProperty("healthedu.test.db.url");
        if (database != null) {
            url = url.substring(0, url.lastIndexOf('/') + 1) + database;
        }
        return DriverManager.getConnection(url, System.getProperty("healthedu.test.db.user"),
                System.getProperty("healthedu.test.db.password"));
    }
}
