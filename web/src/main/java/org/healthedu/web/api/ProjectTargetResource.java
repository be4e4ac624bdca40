package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.project.IndicatorDraft;
import org.healthedu.project.IndicatorView;
import org.healthedu.project.TargetService;
import org.healthedu.project.TargetView;

/**
 * A project's targets and its own indicators. Shares the path {@code projects} with {@link ProjectResource}: JAX-RS
 * matches a request to the root path first and then to the methods of every class on it, so the two classes add up
 * to one resource (a class on a longer path, or on {@code ""}, would not be reached: the first root match wins).
 */
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "targets")
public class ProjectTargetResource {

    @Inject
    private TargetService targets;

    @POST
    @Path("{projectId}/indicators")
    @Operation(summary = "Define an indicator of the project's own: unique code, names and unit of count in both "
            + "languages, description")
    public Response defineIndicator(@PathParam("projectId") long projectId, IndicatorDraft draft,
            @Context UriInfo uri) {
        IndicatorView created = targets.defineIndicator(projectId, UnitResource.requireBody(draft));
        return Response.created(uri.getBaseUriBuilder().path("indicators").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{projectId}/targets")
    @Operation(summary = "A project's targets, each with what its top-level allocations hold (shortfall or excess) "
            + "and what has been achieved")
    public List<TargetView> targetsOf(@PathParam("projectId") long projectId) {
        return targets.targetsOf(projectId);
    }

    @PUT
    @Path("{projectId}/targets/{indicatorId}")
    @Operation(summary = "Set the project's planned value for an indicator (created the first time); allocations "
            + "already made are kept and the difference is shown. Give the version you read to avoid lost updates")
    public TargetView setTarget(@PathParam("projectId") long projectId, @PathParam("indicatorId") long indicatorId,
            TargetRequest request) {
        UnitResource.requireBody(request);
        return targets.setTarget(projectId, indicatorId, request.plannedValue(), request.expectedVersion());
    }

    /** A project's planned value for an indicator, and the version read (optional). */
    public record TargetRequest(Long plannedValue, Long expectedVersion) {
    }
}
