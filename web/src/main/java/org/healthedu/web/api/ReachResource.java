package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.activity.Reach;
import org.healthedu.activity.ReachFigures;

/** Unique people trained, contacts and people reached, for a unit's subtree and a period. */
@Path("reach")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "activities")
public class ReachResource {

    @Inject
    private ReachFigures figures;

    @GET
    @Path("units/{id}")
    @Operation(summary = "Reach figures of the unit's subtree from `from` to `to` (dates, both included), optionally "
            + "of one project: in all and per child unit")
    public Reach unit(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("projectId") Long projectId) {
        return figures.reach(id, QueryParams.date("from", from), QueryParams.date("to", to), projectId);
    }
}
