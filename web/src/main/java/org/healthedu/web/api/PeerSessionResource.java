package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.cascade.Headcount;
import org.healthedu.cascade.PeerSessionDraft;
import org.healthedu.cascade.PeerSessionService;
import org.healthedu.cascade.PeerSessionView;
import org.healthedu.shared.Page;

/** Peer sessions run by hosts: plan, approve or return, record the headcount, cancel. */
@Path("peer-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "cascade")
public class PeerSessionResource {

    @Inject
    private PeerSessionService sessions;

    /** A supervisor's comment, or a cancellation's reason. */
    public record Note(String comment, String reason) {
    }

    @POST
    @Operation(summary = "A host plans a peer session at their site")
    public Response plan(PeerSessionDraft draft, @Context UriInfo uri) {
        PeerSessionView session = sessions.plan(UnitResource.requireBody(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(session.id())).build())
                .entity(session).build();
    }

    @GET
    @Operation(summary = "Peer sessions: view=mine (a host's), supervised (default), scope (a coordinator's sites)")
    public Page<PeerSessionView> list(@QueryParam("view") String view,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        return sessions.list(view, offset, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One peer session (its host, their supervisor, coordinators covering the site)")
    public PeerSessionView get(@PathParam("id") long id) {
        return sessions.get(id);
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "The supervisor approves a planned session, with an optional comment")
    public PeerSessionView approve(@PathParam("id") long id, Note note) {
        return sessions.approve(id, note == null ? null : note.comment());
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "The supervisor returns a plan with a comment (required)")
    public PeerSessionView returnPlan(@PathParam("id") long id, Note note) {
        return sessions.returnPlan(id, note == null ? null : note.comment());
    }

    @POST
    @Path("{id}/comment")
    @Operation(summary = "The supervisor comments on a session or its record")
    public PeerSessionView comment(@PathParam("id") long id, Note note) {
        return sessions.comment(id, note == null ? null : note.comment());
    }

    @POST
    @Path("{id}/attendance")
    @Operation(summary = "The host records the headcount: total, optionally female and male (summing to the total)")
    public PeerSessionView record(@PathParam("id") long id, Headcount headcount) {
        return sessions.record(id, UnitResource.requireBody(headcount));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "The host or the supervisor cancels a session not yet held, with a reason")
    public PeerSessionView cancel(@PathParam("id") long id, Note note) {
        return sessions.cancel(id, note == null ? null : note.reason());
    }
}
