package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The two-node proof of issue 8, on the HA build (ear/target/server-ha) started by the documented command
 * (src-test/cluster/cluster.sh) behind HAProxy, on one PostgreSQL (the run's test database): a file uploaded on one node downloads from
 * the other; the retention job, due every minute here, runs once per slot with both nodes up; and a trainer's roll call
 * survives the loss of the node serving it: half the marks entered, that node killed (kill -9), the other half entered
 * and saved on the other node without signing in again, and every mark is in the database. Runs in its own failsafe
 * execution after the other ITs (their server is stopped by then). Skipped, with the reason, where haproxy or
 * Chromium is not installed (.ci/run installs both). Prints the session sizes the nodes measured (SESSION-BYTES).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

    private static final Path ROOT = Path.of(System.getProperty("healthedu.root", "..")).toAbsolutePath();
    private static final Path WORK = Path.of(System.getProperty("healthedu.cluster.dir",
            ROOT.resolve("src-test/target/cluster").toString()));
    private static final int PORT_OFFSET = Integer.getInteger("healthedu.cluster.port-offset", 600);
    private static final int LB_PORT = Integer.getInteger("healthedu.cluster.lb-port", 8880);
    private static final String PASSWORD = AppIT.DEMO_PASSWORD;

    private static String jdbcUrl;
    private static boolean started;

    @BeforeAll
    static void startCluster() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/haproxy")),
                "no haproxy at /usr/sbin/haproxy (apt-get install haproxy): the cluster proof is skipped");
        assumeTrue(Browser.unavailableBecause() == null, Browser.unavailableBecause());
        if (Boolean.getBoolean("healthedu.cluster.attach")) { // a cluster already started by hand, for development
            jdbcUrl = System.getProperty("healthedu.cluster.db.url");
            return;
        }
        // The run's test database (fresh for this execution: TestDatabaseListener), shared by both nodes.
        jdbcUrl = System.getProperty("healthedu.test.db.url");
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", jdbcUrl);
        env.put("DB_USER", System.getProperty("healthedu.test.db.user"));
        env.put("DB_PASSWORD", System.getProperty("healthedu.test.db.password"));
        env.put("HEALTHEDU_DEMO_DATA", "true");
        env.put("HEALTHEDU_JOB_RETENTION_SCHEDULE", "* *");
        env.put("CLUSTER_DIR", WORK.toString());
        env.put("PORT_OFFSET", String.valueOf(PORT_OFFSET));
        env.put("LB_PORT", String.valueOf(LB_PORT));
        env.put("NODE_OPTS", "-Dhealthedu.session.measure=true");
        started = true;
        script(env, Duration.ofMinutes(8), "start");
    }

    @AfterAll
    static void stopCluster() throws Exception {
        try {
            if (started) {
                script(Map.of("CLUSTER_DIR", WORK.toString(), "PORT_OFFSET", String.valueOf(PORT_OFFSET)),
                        Duration.ofMinutes(2), "stop");
            }
        } finally {
            started = false;
        }
    }

    @Test
    @Order(1)
    void aFileUploadedOnOneNodeDownloadsFromTheOther() throws SQLException {
        long courseware = number("select c.id from courseware c join courseware_version v on v.id = c.latest_version_id "
                + "where v.status = 'DRAFT' and v.number = 2");
        byte[] pdf = ("%PDF-1.4\n% cluster proof " + System.nanoTime() + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        Api.Reply uploaded = Api.as(node(1), "baodong.lecturer2", PASSWORD).postBytes("api/v1/courseware/"
                + courseware + "/versions/2/items?filename=cluster-proof.pdf", "application/pdf", pdf);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        long fileId = uploaded.object().getJsonNumber("fileId").longValue();

        HttpResponse<byte[]> download = Api.as(node(2), "baodong.lecturer2", PASSWORD)
                .download("api/v1/courseware/files/" + fileId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).as("the bytes uploaded on node1, read on node2").isEqualTo(pdf);
    }

    @Test
    @Order(3)
    void aRollCallSurvivesTheLossOfTheNodeServingIt() throws Exception {
        long session = number("select s.id from training_session s join batch b on b.id = s.batch_id "
                + "join project p on p.id = s.project_id where p.code = 'WX-2026-PARENT' and b.number = 2 "
                + "and s.status = 'HELD' order by s.starts_at desc limit 1");
        URI balancer = URI.create("http://127.0.0.1:" + LB_PORT + "/");
        try (Browser browser = new Browser()) {
            browser.open(balancer + "login.xhtml");
            browser.type(By.id("loginForm:username"), "baodong.trainer");
            browser.type(By.id("loginForm:password"), PASSWORD);
            browser.click(By.id("loginForm:submit"));
            browser.find(By.id("welcome"));

            browser.open(balancer + "session/roll-call.xhtml?id=" + session);
            browser.find(By.id("sessionTitle"));
            List<Long> people = new ArrayList<>();
            for (WebElement row : browser.driver().findElements(By.cssSelector(".rollcall-row"))) {
                people.add(Long.parseLong(row.getAttribute("data-participant")));
            }
            assertThat(people).as("the demo batch's roll").hasSizeGreaterThanOrEqualTo(6);
            List<Long> before = people.subList(0, people.size() / 2);
            List<Long> after = people.subList(people.size() / 2, people.size());

            for (long person : before) {
                browser.click(statusButton(person, "缺"));
            }
            browser.settle();
            String served = browser.cookie("HEALTHEDU_NODE");
            assertThat(served).as("the balancer's node cookie").isIn("node1", "node2");
            int dead = Integer.parseInt(served.substring(4));
            script(Map.of("CLUSTER_DIR", WORK.toString(), "PORT_OFFSET", String.valueOf(PORT_OFFSET)),
                    Duration.ofSeconds(30), "kill", String.valueOf(dead));

            for (long person : after) {
                browser.click(statusButton(person, "迟"));
            }
            browser.click(By.id("rollCallForm:save"));
            browser.waitForText(By.id("rollCallForm:saved"), "已保存：");
            assertThat(browser.driver().getCurrentUrl()).as("still signed in, on the same page")
                    .contains("session/roll-call.xhtml");
            assertThat(browser.cookie("HEALTHEDU_NODE")).as("now served by the other node").isNotEqualTo(served);

            for (long person : before) {
                assertThat(status(session, person)).as("marked before the node died: %s", person)
                        .isEqualTo("ABSENT");
            }
            for (long person : after) {
                assertThat(status(session, person)).as("marked after the node died: %s", person)
                        .isEqualTo("LATE");
            }
            System.out.printf("CLUSTER roll call of %d people: %d marks before killing %s, %d after, all %d saved%n",
                    people.size(), before.size(), served, after.size(), people.size());
        }
        reportSessionSizes();
    }

    @Test
    @Order(2)
    void theRetentionJobRunsOncePerSlotWithTwoNodesUp() throws Exception {
        // Due every minute here: every slot so far was run by exactly one node, and for those after both nodes were up
        // the other node's timer fired too and stood back.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        List<Instant> slots = finishedSlots();
        while (slots.size() < 2 && Instant.now().isBefore(deadline)) {
            TimeUnit.SECONDS.sleep(2);
            slots = finishedSlots();
        }
        assertThat(slots).as("finished retention slots").hasSizeGreaterThanOrEqualTo(2);
        String logs = Files.readString(WORK.resolve("node1/log/server.log"))
                + Files.readString(WORK.resolve("node2/log/server.log"));
        int checked = 0;
        for (Instant slot : slots) {
            int ran = count(logs, "JOB retention slot " + slot + ": runs on");
            int skipped = count(logs, "JOB retention slot " + slot + ": another server has it; skipped on");
            assertThat(ran).as("servers that ran slot %s", slot).isEqualTo(1);
            if (skipped == 1) {
                checked++;
            }
        }
        assertThat(checked).as("slots for which both nodes' timers fired and one of them stood back")
                .isGreaterThanOrEqualTo(1);
        System.out.printf("CLUSTER retention slots %s: each run by exactly one node%n", slots);
    }

    private static void reportSessionSizes() throws IOException {
        Pattern line = Pattern.compile("SESSION-BYTES (\\S+) total=(-?\\d+) (\\{.*})");
        List<Long> rollCall = new ArrayList<>();
        long largest = 0;
        String largestLine = "";
        for (int node = 1; node <= 2; node++) {
            for (String text : Files.readAllLines(WORK.resolve("node" + node + "/log/server.log"))) {
                Matcher m = line.matcher(text);
                if (m.find()) {
                    long total = Long.parseLong(m.group(2));
                    assertThat(m.group(3)).as("every attribute serializable: %s", text).doesNotContain("=-1");
                    if (m.group(1).contains("roll-call")) {
                        rollCall.add(total);
                    }
                    if (total > largest) {
                        largest = total;
                        largestLine = m.group(1) + " " + m.group(3);
                    }
                }
            }
        }
        assertThat(rollCall).as("sizes measured on the roll-call page").isNotEmpty();
        rollCall.sort(null);
        System.out.printf("CLUSTER session bytes (Java serialization) on the roll-call page: median %d, max %d;"
                + " largest of all pages %d (%s)%n", rollCall.get(rollCall.size() / 2), rollCall.get(rollCall.size() - 1),
                largest, largestLine);
    }

    private static URI node(int n) {
        return URI.create("http://127.0.0.1:" + (8080 + PORT_OFFSET + 100 * (n - 1)) + "/");
    }

    private static By statusButton(long participantId, String label) {
        return By.xpath("//div[@data-participant='" + participantId + "']//div[contains(concat(' ', "
                + "normalize-space(@class), ' '), ' ui-button ')][.//span[normalize-space(.)='" + label + "']]");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static String status(long session, long participant) throws SQLException {
        return (String) value("select status from attendance where session_id = ? and participant_id = ?", session,
                participant);
    }

    private static List<Instant> finishedSlots() throws SQLException {
        List<Instant> slots = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select slot from job_run where job = 'retention' and finished_at is not null order by slot")) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    slots.add(rs.getTimestamp(1).toInstant());
                }
            }
        }
        return slots;
    }

    private static long number(String sql) throws SQLException {
        return ((Number) value(sql)).longValue();
    }

    private static Object value(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("a row for %s", sql).isTrue();
                return rs.getObject(1);
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, System.getProperty("healthedu.test.db.user", "postgres"),
                System.getProperty("healthedu.test.db.password", "postgres"));
    }

    private static void script(Map<String, String> env, Duration limit, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("src-test/cluster/cluster.sh").toString()));
        command.addAll(List.of(args));
        // Its output goes to a file (not this JVM's stdout, which failsafe reads) and is printed afterwards.
        Files.createDirectories(WORK);
        Path output = WORK.resolve("cluster-sh.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().putAll(env);
        long from = Files.exists(output) ? Files.size(output) : 0;
        Process process = builder.start();
        boolean finished = process.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String printed = new String(Files.readAllBytes(output), StandardCharsets.UTF_8).substring((int) from);
        System.out.print(printed);
        assertThat(finished).as("cluster.sh %s within %s: %s", String.join(" ", args), limit, printed).isTrue();
        assertThat(process.exitValue()).as("cluster.sh %s: %s", String.join(" ", args), printed).isZero();
    }
}
