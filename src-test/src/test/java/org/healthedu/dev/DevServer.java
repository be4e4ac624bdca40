package org.healthedu.dev;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.healthedu.testsupport.EmbeddedDatabase;

/**
 * The README's run command: starts PostgreSQL (embedded, data kept in {@code .run/pgdata}, unless DB_URL names
 * another), then the provisioned WildFly with the EAR, loads the demo data once, and prints where to go. Ctrl-C
 * stops WildFly and then PostgreSQL. The server's own log goes to {@code .run/server.log}.
 */
public final class DevServer {

    /**
     * The terminal itself, not Maven's System.out: Maven's ANSI filter can fail while the JVM shuts down, and the
     * shutdown hook must still stop WildFly and PostgreSQL after Ctrl-C.
     */
    private static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("healthedu.root", ".")).toAbsolutePath().normalize();
        Path runDir = root.resolve(".run");
        Files.createDirectories(runDir);
        Path server = root.resolve("ear/target/server");
        if (!Files.isExecutable(server.resolve("bin/standalone.sh"))) {
            throw new IllegalStateException("No provisioned server at " + server + ": build with mvn -Prun package");
        }
        int httpPort = Integer.parseInt(setting("HTTP_PORT", "8080"));
        int offset = httpPort - 8080;
        String bind = setting("BIND_ADDRESS", "127.0.0.1");

        EmbeddedDatabase database = null;
        String dbUrl = System.getenv("DB_URL");
        String dbUser = System.getenv("DB_USER");
        String dbPassword = System.getenv("DB_PASSWORD");
        if (dbUrl == null || dbUrl.isBlank()) {
            int pgPort = Integer.parseInt(setting("EMBEDDED_DB_PORT", "15432"));
            OUT.println("Starting embedded PostgreSQL on port " + pgPort + " (data in " + runDir.resolve("pgdata")
                    + ")");
            database = EmbeddedDatabase.start(runDir.resolve("pgdata"), pgPort, false);
            dbUrl = database.jdbcUrl();
            dbUser = database.user();
            dbPassword = database.password();
        } else {
            OUT.println("Using the database at " + dbUrl);
        }

        Path log = runDir.resolve("server.log");
        List<String> command = new ArrayList<>(List.of(server.resolve("bin/standalone.sh").toString(),
                "-b", bind, "-Djboss.socket.binding.port-offset=" + offset,
                "-Djboss.server.log.dir=" + runDir.resolve("log")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("DB_URL", dbUrl);
        env.put("DB_USER", dbUser == null ? "" : dbUser);
        env.put("DB_PASSWORD", dbPassword == null ? "" : dbPassword);
        env.putIfAbsent("HEALTHEDU_DEMO_DATA", "true");
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1"); // standalone.sh then passes signals on to the JVM
        OUT.println("Starting WildFly (log: " + log + ") ...");
        Process wildfly = builder.start();

        EmbeddedDatabase db = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(wildfly, db), "healthedu-stop"));

        String url = "http://" + ("0.0.0.0".equals(bind) ? "localhost" : bind) + ":" + httpPort + "/";
        if (waitUntilUp(url + "api/v1/health", wildfly)) {
            banner(url, database != null, Boolean.parseBoolean(env.get("HEALTHEDU_DEMO_DATA")), runDir);
        } else {
            OUT.println("The server did not come up. The end of " + log + ":");
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(OUT::println);
        }
        int exit = wildfly.waitFor();
        OUT.println("WildFly exited (" + exit + ").");
    }

    private static boolean waitUntilUp(String healthUrl, Process wildfly) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline && wildfly.isAlive()) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(healthUrl))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        return false;
    }

    private static void banner(String url, boolean embedded, boolean demo, Path runDir) {
        OUT.println();
        OUT.println("============================================================");
        OUT.println(" HealthEdu is running at " + url);
        OUT.println();
        if (!demo) {
            OUT.println(" No demo data (HEALTHEDU_DEMO_DATA=false). Sign in with your own accounts, or as admin");
            OUT.println(" with HEALTHEDU_ADMIN_PASSWORD on a database that has no account yet.");
            OUT.println(" Press Ctrl-C to stop.");
            OUT.println("============================================================");
            return;
        }
        OUT.println(" Demo logins (password for all: Demo@2026):");
        OUT.println("   admin            administrator, whole network");
        OUT.println("   wuxi.coord       coordinator, Wuxi city");
        OUT.println("   yixing.coord     coordinator, Yixing county");
        OUT.println("   guiyang.coord    coordinator, Guiyang county (Hunan)");
        OUT.println("   baodong.trainer  trainer, Baodong community");
        OUT.println("   wuxi.observer    guidance group, Wuxi city");
        OUT.println("   baodong.manager  management group leader, parent training (Yicheng street)");
        OUT.println("   baodong.lecturer2 lecturer, parent training (Baodong community)");
        OUT.println("   jiangnan.lecturer / wxit.lecturer  lecturers, universities' project");
        OUT.println();
        if (embedded) {
            OUT.println(" Database: embedded PostgreSQL, data in " + runDir.resolve("pgdata"));
            OUT.println(" Reset the demo data: stop, delete that folder, start again.");
        }
        OUT.println(" Press Ctrl-C to stop.");
        OUT.println("============================================================");
    }

    private static void stop(Process wildfly, EmbeddedDatabase database) {
        OUT.println("Stopping ...");
        try {
            if (wildfly.isAlive()) {
                List<ProcessHandle> children = wildfly.descendants().toList();
                wildfly.destroy();
                children.forEach(ProcessHandle::destroy);
                if (!wildfly.waitFor(30, TimeUnit.SECONDS)) {
                    children.forEach(ProcessHandle::destroyForcibly);
                    wildfly.destroyForcibly();
                }
                for (ProcessHandle child : children) {
                    child.onExit().get(10, TimeUnit.SECONDS);
                }
            }
        } catch (Exception e) {
            OUT.println("WildFly did not stop cleanly: " + e.getMessage());
        }
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                OUT.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
        OUT.println("Stopped.");
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
