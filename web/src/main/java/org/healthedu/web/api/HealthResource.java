package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthedu.platform.HealthService;

/** Up only when the database answers: what a load balancer should ask before sending work here. */
@Path("health")
public class HealthResource {

    @Inject
    private HealthService health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether this server can serve (its database answers)")
    public Response health() {
        boolean up = health.databaseAnswers();
        String status = up ? "UP" : "DOWN";
        return Response.status(up ? 200 : 503)
                .entity(Map.of("status", status, "checks", Map.of("database", status)))
                .build();
    }
}
