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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.guidance.GuidanceNoteDraft;
import org.healthedu.guidance.GuidanceNoteView;
import org.healthedu.guidance.GuidanceService;

/** Guidance notes on a session. Shares the path {@code sessions} with {@link SessionResource}. */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "guidance")
public class GuidanceNoteResource {

    @Inject
    private GuidanceService guidance;

    @GET
    @Path("{id}/guidance-notes")
    @Operation(summary = "The session's guidance notes, newest first (whoever sees the session)")
    public List<GuidanceNoteView> notes(@PathParam("id") long id) {
        return guidance.list(id);
    }

    @POST
    @Path("{id}/guidance-notes")
    @Operation(summary = "An observer's note on a session that took place: observed (required), suggestions")
    public Response add(@PathParam("id") long id, GuidanceNoteDraft draft, @Context UriInfo uri) {
        GuidanceNoteView note = guidance.add(id, UnitResource.requireBody(draft));
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(note).build();
    }
}
