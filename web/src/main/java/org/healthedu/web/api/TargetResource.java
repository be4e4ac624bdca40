package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.project.AllocationNode;
import org.healthedu.project.IndicatorView;
import org.healthedu.project.TargetService;
import org.healthedu.project.TargetView;

/**
 * Indicators, targets and their breakdown (目标分解) to lower units and sites, addressed by their own ids. What is
 * addressed through a project ({@code projects/{id}/targets}, {@code projects/{id}/indicators}) is in
 * {@link ProjectTargetResource}.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "targets")
public class TargetResource {

    @Inject
    private TargetService targets;

    @GET
    @Path("indicators")
    @Operation(summary = "The standard indicators, and with projectId also that project's own")
    public List<IndicatorView> indicators(@QueryParam("projectId") Long projectId) {
        return targets.indicators(projectId);
    }

    @GET
    @Path("indicators/{id}")
    public IndicatorView indicator(@PathParam("id") long id) {
        return targets.indicator(id);
    }

    @GET
    @Path("targets/{targetId}")
    public TargetView target(@PathParam("targetId") long targetId) {
        return targets.target(targetId);
    }

    @GET
    @Path("targets/{targetId}/allocations")
    @Operation(summary = "The allocation tree of a target, depth-first (parents before their children)")
    public List<AllocationNode> allocations(@PathParam("targetId") long targetId) {
        return targets.allocations(targetId);
    }

    @POST
    @Path("targets/{targetId}/allocations")
    @Operation(summary = "Give a share of a target to a unit or a site (one of unitId, siteId), directly under the "
            + "owning unit or under a unit's allocation (parentAllocationId); children never exceed their parent")
    public Response allocate(@PathParam("targetId") long targetId, AllocationRequest request,
            @Context UriInfo uri) {
        UnitResource.requireBody(request);
        AllocationNode created = targets.allocate(targetId, request.parentAllocationId(), request.unitId(),
                request.siteId(), request.value());
        return Response.created(uri.getBaseUriBuilder().path("allocations").path(String.valueOf(created.id()))
                .build()).entity(created).build();
    }

    @GET
    @Path("allocations/{id}")
    public AllocationNode allocation(@PathParam("id") long id) {
        return targets.allocation(id);
    }

    @PUT
    @Path("allocations/{id}")
    @Operation(summary = "Change an allocation's value: within its parent's, not below its children's sum")
    public AllocationNode changeAllocation(@PathParam("id") long id, AllocationChange change) {
        UnitResource.requireBody(change);
        return targets.changeAllocation(id, change.value(), change.expectedVersion());
    }

    @DELETE
    @Path("allocations/{id}")
    @Operation(summary = "Take back an allocation that has not been broken down further")
    public Response removeAllocation(@PathParam("id") long id) {
        targets.removeAllocation(id);
        return Response.noContent().build();
    }

    /** A share of a target for a unit or a site, under a parent allocation (optional). */
    public record AllocationRequest(Long parentAllocationId, Long unitId, Long siteId, Long value) {
    }

    /** A new value for an allocation, and the version read (optional). */
    public record AllocationChange(Long value, Long expectedVersion) {
    }
}
