package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.enrolment.BatchDetails;
import org.healthedu.enrolment.BatchService;
import org.healthedu.enrolment.BatchView;

/**
 * A project's batches. Shares the path {@code projects} with {@link ProjectResource} (see
 * {@link ProjectTargetResource} for why a shared root path).
 */
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "batches")
public class ProjectBatchResource {

    @Inject
    private BatchService batches;

    @GET
    @Path("{projectId}/batches")
    @Operation(summary = "A project's batches by number, with their counts: enrolled now, moved out, withdrawn. "
            + "Trainer group members see those at their sites")
    public List<BatchView> batchesOf(@PathParam("projectId") long projectId) {
        return batches.batchesOf(projectId);
    }

    @POST
    @Path("{projectId}/batches")
    @Operation(summary = "Plan the next batch of a project at one of its sites: name, planned start (ISO), capacity "
            + "(1 to 10,000) and the curriculum version it follows (default: the project's current one)")
    public Response plan(@PathParam("projectId") long projectId, BatchRequest request, @Context UriInfo uri) {
        UnitResource.requireBody(request);
        BatchView created = batches.planBatch(projectId, request.siteId(),
                new BatchDetails(request.name(), request.plannedStart(), request.capacity()), request.curriculumId());
        return Response.created(uri.getBaseUriBuilder().path("batches").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    /** A new batch: where, what it is called, when it starts, how many it takes, which curriculum version. */
    public record BatchRequest(Long siteId, String name, LocalDate plannedStart, Integer capacity,
            Long curriculumId) {
    }
}
