package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.servlet.http.HttpServletRequest;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.util.List;
import org.healthedu.cascade.Headcount;
import org.healthedu.cascade.PeerFeedbackLink;
import org.healthedu.cascade.PeerSessionNote;
import org.healthedu.cascade.PeerSessionStatus;
import org.healthedu.cascade.PeerSessionDraft;
import org.healthedu.cascade.PeerSessionService;
import org.healthedu.cascade.PeerSessionView;
import org.healthedu.feedback.FeedbackWindow;
import org.healthedu.shared.Page;
import org.healthedu.shared.pdf.QrCodes;
import org.healthedu.web.checkin.CheckInLinks;

/**
 * Peer sessions run by hosts: plan and change a plan, approve or return, record the headcount, cancel; the plan's
 * history and the public feedback link.
 */
@Path("peer-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "cascade")
public class PeerSessionResource {

    @Inject
    private PeerSessionService sessions;

    @Context
    private HttpServletRequest request;

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

    @PUT
    @Path("{id}")
    @Operation(summary = "The host changes a plan not yet approved; a returned plan is resubmitted (planned again)")
    public PeerSessionView edit(@PathParam("id") long id, PeerSessionDraft draft) {
        return sessions.edit(id, UnitResource.requireBody(draft));
    }

    @GET
    @Path("{id}/notes")
    @Operation(summary = "The plan's history: approvals, returns and comments of the supervisor, resubmissions")
    public List<PeerSessionNote> notes(@PathParam("id") long id) {
        return sessions.notes(id);
    }

    /** The public feedback link and its window (local times in China), as for training sessions. */
    public record FeedbackLink(long peerSessionId, String url, LocalDateTime opensAt, LocalDateTime closesAt,
            PeerSessionStatus status, FeedbackWindow state, boolean open) {
    }

    @GET
    @Path("{id}/feedback-link")
    @Operation(summary = "The peer session's public feedback link (made now if it had none) and its window")
    public FeedbackLink feedbackLink(@PathParam("id") long id) {
        PeerFeedbackLink link = sessions.feedbackLink(id);
        return new FeedbackLink(id, CheckInLinks.feedbackBase(request) + link.token(), link.opensAt(),
                link.closesAt(), link.status(), link.state(), link.state() == FeedbackWindow.OPEN);
    }

    @GET
    @Path("{id}/feedback-link/qr.png")
    @Produces({"image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "A QR code (PNG) of the peer session's public feedback link")
    public Response feedbackQr(@PathParam("id") long id) {
        return Response.ok(QrCodes.png(CheckInLinks.feedbackBase(request) + sessions.feedbackLink(id).token(),
                SessionCheckInResource.QR_SIZE), "image/png")
                .header("Cache-Control", "private, no-store")
                .build();
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
