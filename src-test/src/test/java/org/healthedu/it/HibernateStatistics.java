package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/**
 * Hibernate's statistics of the application's persistence unit, through WildFly's management API: how many SQL
 * statements (prepared statements: queries, inserts, updates, native statements) the server sent. Tests run one at a
 * time, so the difference before and after a request is that request's.
 */
record HibernateStatistics(ManagementClient management) {

    private static final String UNIT = "healthedu.ear/healthedu-ejb.jar#healthedu";

    void enabled(boolean enabled) {
        ModelNode op = operation("write-attribute");
        op.get("name").set("statistics-enabled");
        op.get("value").set(enabled);
        execute(op);
    }

    long preparedStatements() {
        ModelNode op = operation("read-attribute");
        op.get("name").set("prepared-statement-count");
        return execute(op).asLong();
    }

    private static ModelNode operation(String name) {
        ModelNode op = new ModelNode();
        op.get("operation").set(name);
        ModelNode address = op.get("address");
        address.add("deployment", "healthedu.ear");
        address.add("subdeployment", "healthedu-ejb.jar");
        address.add("subsystem", "jpa");
        address.add("hibernate-persistence-unit", UNIT);
        return op;
    }

    private ModelNode execute(ModelNode op) {
        try {
            ModelNode result = management.getControllerClient().execute(op);
            assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
            return result.get("result");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
