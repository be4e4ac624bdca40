package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The tests' own embedded PostgreSQL, driven with its own binaries (the ones the zonky artifact extracted, so the
 * tests need nothing installed): where its data and binaries are (asked of the server itself), stopping and
 * starting it with the exact command line it was started with (postmaster.opts), and running pg_dump/pg_restore.
 */
final class EmbeddedPostgresControl {

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Path dataDirectory;
    private final Path binDirectory;
    private final List<String> serverArguments;

    private EmbeddedPostgresControl(Path dataDirectory, Path binDirectory, List<String> serverArguments) {
        this.dataDirectory = dataDirectory;
        this.binDirectory = binDirectory;
        this.serverArguments = serverArguments;
    }

    /** True when this JVM started the test database (not an external TEST_DB_URL one). */
    static boolean available() {
        return Boolean.getBoolean("healthedu.test.db.embedded");
    }

    /** Reads the running server's data directory and its postmaster.opts: binary and arguments. */
    static EmbeddedPostgresControl ofRunningServer() throws IOException {
        Path data = Path.of((String) Db.value("select setting from pg_settings where name = 'data_directory'"));
        String opts = Files.readString(data.resolve("postmaster.opts"), StandardCharsets.UTF_8).trim();
        // e.g. /tmp/embedded-pg/PG-…/bin/postgres "-D" "/…/pgdata" "-p" "16033" "-F" "-c" "timezone=UTC"
        int firstQuote = opts.indexOf('"');
        Path postgres = Path.of(opts.substring(0, firstQuote).trim());
        List<String> arguments = new ArrayList<>();
        Matcher m = QUOTED.matcher(opts.substring(firstQuote));
        while (m.find()) {
            arguments.add(m.group(1));
        }
        int d = arguments.indexOf("-D");
        if (d >= 0) {
            arguments.remove(d + 1);
            arguments.remove(d);
        }
        return new EmbeddedPostgresControl(data, postgres.getParent(), List.copyOf(arguments));
    }

    Path bin(String program) {
        return binDirectory.resolve(program);
    }

    /**
     * A client program (pg_dump, pg_restore) able to work with this server: its major version at least the server's
     * (pg_dump refuses an older one). Looked for beside the server (the zonky bundle ships only initdb, pg_ctl and
     * postgres), in PG_BIN, in Debian's /usr/lib/postgresql/N/bin, then on the PATH; empty if none fits.
     */
    Optional<Path> client(String program) throws IOException, InterruptedException {
        int serverMajor = (int) (Db.count("select current_setting('server_version_num')::int") / 10_000);
        List<Path> candidates = new ArrayList<>(List.of(bin(program)));
        String pgBin = System.getenv("PG_BIN");
        if (pgBin != null && !pgBin.isBlank()) {
            candidates.add(Path.of(pgBin, program));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.sorted(Comparator.reverseOrder()).forEach(v -> candidates.add(v.resolve("bin")
                        .resolve(program)));
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isBlank()) {
                candidates.add(Path.of(dir, program));
            }
        }
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate)) {
                Matcher version = Pattern.compile("\\) (\\d+)").matcher(run(List.of(candidate.toString(),
                        "--version")));
                if (version.find() && Integer.parseInt(version.group(1)) >= serverMajor) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Stops the server at once: SIGINT to the postmaster is PostgreSQL's fast shutdown (open sessions are ended, as in
     * a restart). Not pg_ctl: it refuses to run as root, which CI containers often are (see start).
     */
    void stop() throws IOException, InterruptedException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        long pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim());
        run(List.of("kill", "-INT", String.valueOf(pid)));
        long deadline = System.currentTimeMillis() + 60_000;
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) || Files.exists(pidFile)) {
            assertThat(System.currentTimeMillis()).as("PostgreSQL stopped within 60 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** Starts it again with its original arguments and waits until it accepts connections. */
    void start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // postgres refuses to run as root; zonky starts it in a user namespace of its own (unshare -U: the
            // process and the data directory's files then belong to the unmapped "nobody"), and so does this.
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(bin("postgres").toString(), "-D", dataDirectory.toString()));
        command.addAll(serverArguments);
        new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDirectory.resolveSibling("pg-restarted.log")
                        .toFile())).start();
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            try {
                Db.count("select 1");
                return;
            } catch (IllegalStateException notYet) {
                assertThat(System.currentTimeMillis()).as("PostgreSQL accepted connections within 120 s")
                        .isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }

    /** Runs one of the binaries; the output goes to the test log; a non-zero exit fails the test. */
    static String run(List<String> command) throws IOException, InterruptedException {
        // Output to a file, not a pipe: a server started by pg_ctl must not hold the test's pipe open.
        Path output = Files.createTempFile("pg-command", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("finished: %s", command).isTrue();
            String said = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("%s said:%n%s", command, said).isZero();
            return said;
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
