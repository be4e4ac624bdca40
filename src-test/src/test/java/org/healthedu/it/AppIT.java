package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests: the real EAR, as built, deployed to the provisioned WildFly that Arquillian starts
 * once for the whole run, talking to a real PostgreSQL. Tests act as clients (HTTP, browser) and check the database
 * directly where a user could not see a change.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class AppIT {

    public static final String DEMO_PASSWORD = "Demo@2026";

    private static EnterpriseArchive ear;

    /**
     * Every class declares the same deployment; it is deployed once for the run (see {@code OneDeploymentPerRun}),
     * so the archive is read once too.
     */
    @Deployment(testable = false)
    public static synchronized EnterpriseArchive application() {
        if (ear == null) {
            File file = new File(System.getProperty("healthedu.ear", "../ear/target/healthedu.ear"));
            ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
        }
        return ear;
    }

    /** Once per run, before the first test: cheap sign-ins for the demo accounts (see {@link FastLogins}). */
    @BeforeAll
    static void fastDemoLogins() {
        FastLogins.once();
    }

    /**
     * The application's root, e.g. http://127.0.0.1:8180/ (the web module's context root is "/"; the port is the
     * test server's offset from 8080). Not injected by Arquillian: only the class that deployed would get it.
     */
    protected URI base() {
        return URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("healthedu.test.port-offset", 100)) + "/");
    }

    protected Api api(String username) {
        return Api.as(base(), username, DEMO_PASSWORD);
    }

    protected Api anonymous() {
        return Api.as(base(), null, null);
    }

    /** A code no other test (or earlier run on an external database) has used. */
    protected static String uniqueCode(String prefix) {
        return (prefix + "-" + Long.toString(System.nanoTime(), 36)).toUpperCase();
    }

    /**
     * The reply is the problem a user would be shown: the status, problem+json, the rule's code, and a translated
     * detail (never the bare key).
     */
    protected static void assertProblem(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.string("code")).as(reply.toString()).isEqualTo(code);
        assertThat(reply.string("detail")).as("translated, not a key").isNotBlank().doesNotContain(code);
    }

    /** As {@link #assertProblem(Api.Reply, int, String)}, naming the field the rule is about. */
    protected static void assertProblem(Api.Reply reply, int status, String code, String field) {
        assertProblem(reply, status, code);
        assertThat(reply.string("field")).as(reply.toString()).isEqualTo(field);
    }
}
