package org.healthedu.testsupport;

import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.StopSuiteContainers;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * Deploys the EAR once for the whole IT run instead of once per test class: every test class declares the same
 * deployment (the real EAR, see {@code AppIT}), so the first class deploys it, later classes find it there, and it is
 * undeployed just before the server stops. Saves a deploy and an undeploy (some seconds of Hibernate, Weld, Faces and
 * RESTEasy start-up) per class. Tests already share one database, so nothing they relied on was per deployment.
 */
public class OneDeploymentPerRun implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(OneDeploymentPerRun.class.getName());
    private static final String NAME = "healthedu.ear";

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(KeepDeployed.class);
    }

    /** Lets the first deploy through, swallows the per-class undeploys, undeploys before the server stops. */
    public static class KeepDeployed {

        private boolean deployed;

        public void deployOnce(@Observes EventContext<DeployManagedDeployments> event) {
            if (!deployed) {
                event.proceed();
                deployed = true;
            }
        }

        public void keepDeployed(@Observes EventContext<UnDeployManagedDeployments> event) {
            // Not proceeding: the next class uses the same deployment.
        }

        public void undeployBeforeStop(@Observes EventContext<StopSuiteContainers> event) {
            if (deployed) {
                undeploy();
            }
            event.proceed();
        }

        /** As Arquillian would have: undeploy and remove, so a reused server directory starts without it. */
        private static void undeploy() {
            int port = Integer.getInteger("healthedu.test.management-port", 10090);
            try (ModelControllerClient client = ModelControllerClient.Factory.create("127.0.0.1", port)) {
                for (String operation : new String[] {"undeploy", "remove"}) {
                    ModelNode op = new ModelNode();
                    op.get("operation").set(operation);
                    op.get("address").add("deployment", NAME);
                    ModelNode result = client.execute(op);
                    if (!"success".equals(result.get("outcome").asString())) {
                        LOG.warning(() -> operation + " " + NAME + ": " + result.get("failure-description"));
                    }
                }
            } catch (Exception e) {
                LOG.warning(() -> "Could not undeploy " + NAME + " at the end of the run: " + e);
            }
        }
    }
}
