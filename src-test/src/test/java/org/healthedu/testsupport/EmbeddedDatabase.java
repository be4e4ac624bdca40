package org.healthedu.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server from binaries served as Maven artifacts: the zero-install database behind the run
 * command (data kept between runs) and the tests (a fresh one each run).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean fresh) throws IOException {
        if (fresh) {
            // What an interrupted run (Ctrl-C, a killed build) left behind: initdb refuses a directory that is not
            // empty, and a fresh database is wanted anyway.
            deleteRecursively(dataDirectory);
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(fresh)
                .setRegisterShutdownHook(false)
                // UTF-8 whatever the machine's locale: names are Chinese.
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C")
                .setServerConfig("timezone", "UTC")
                .start();
        return new EmbeddedDatabase(postgres, port);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String user() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
