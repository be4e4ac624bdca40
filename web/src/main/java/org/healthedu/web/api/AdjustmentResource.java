package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.feedback.AdjustmentDraft;
import org.healthedu.feedback.AdjustmentView;
import org.healthedu.feedback.Adjustments;

/** One adjustment (调整记录): read by whoever sees its session, changed by those who take its roll. */
@Path("adjustments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "feedback results")
public class AdjustmentResource {

    @Inject
    private Adjustments adjustments;

    @GET
    @Path("{id}")
    @Operation(summary = "One adjustment")
    public AdjustmentView get(@PathParam("id") long id) {
        return adjustments.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an adjustment: description, questionId, expectedVersion (409 when stale)")
    public AdjustmentView change(@PathParam("id") long id, AdjustmentDraft draft) {
        return adjustments.change(id, UnitResource.requireBody(draft));
    }
}
