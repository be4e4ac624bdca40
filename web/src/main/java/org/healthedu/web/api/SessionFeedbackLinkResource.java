package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.feedback.FeedbackLinkView;
import org.healthedu.feedback.FeedbackLinks;
import org.healthedu.feedback.FeedbackWindow;
import org.healthedu.session.SessionStatus;
import org.healthedu.shared.pdf.QrCodes;
import org.healthedu.web.checkin.CheckInLinks;

/**
 * A session's public feedback link and its QR code, for whoever sees the session; the link is made the first time it
 * is asked for and never changes.
 */
@Path("sessions")
@Tag(name = "feedback")
public class SessionFeedbackLinkResource {

    @Inject
    private FeedbackLinks links;

    @Context
    private HttpServletRequest request;

    /** The link, the window it takes answers in (local times in China) and whether it does now. */
    public record FeedbackLink(long sessionId, String url, LocalDateTime opensAt, LocalDateTime closesAt,
            SessionStatus status, FeedbackWindow state, boolean open) {

        static FeedbackLink of(FeedbackLinkView view, String base) {
            return new FeedbackLink(view.sessionId(), base + view.token(), view.opensAt(), view.closesAt(),
                    view.status(), view.state(), view.state() == FeedbackWindow.OPEN);
        }
    }

    @GET
    @Path("{id}/feedback-link")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The session's public feedback link (made now if it had none) and its window")
    public FeedbackLink link(@PathParam("id") long id) {
        return FeedbackLink.of(links.link(id), CheckInLinks.feedbackBase(request));
    }

    @GET
    @Path("{id}/feedback-link/qr.png")
    @Operation(summary = "A QR code (PNG) of the session's public feedback link")
    public Response qr(@PathParam("id") long id) {
        return Response.ok(QrCodes.png(CheckInLinks.feedbackBase(request) + links.link(id).token(),
                SessionCheckInResource.QR_SIZE), "image/png")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
