package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.checkin.CheckInCodeView;
import org.healthedu.checkin.CheckInCodes;
import org.healthedu.checkin.SignInSheets;
import org.healthedu.session.SessionStatus;
import org.healthedu.shared.pdf.QrCodes;
import org.healthedu.web.checkin.CheckInLinks;

/**
 * A session's check-in code, its QR code and its printable sign-in sheet, for those who take the session's roll. The
 * code is issued the first time it is asked for; {@code POST …/checkin/code} replaces it. The image and the PDF declare
 * no media type to match, so a client asking for JSON still gets them (and a refusal still comes as a problem).
 */
@Path("sessions")
@Tag(name = "check-in")
public class SessionCheckInResource {

    /** Pixels of the QR code image (sharp when projected). */
    static final int QR_SIZE = 480;

    @Inject
    private CheckInCodes codes;

    @Inject
    private SignInSheets sheets;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    /** The code, the link it makes and the window it is accepted in (local times in China). */
    public record CheckInLink(long sessionId, String code, String url, LocalDateTime startsAt,
            LocalDateTime opensAt, LocalDateTime closesAt, LocalDateTime lateAfter, SessionStatus status,
            boolean accepting, boolean open) {

        static CheckInLink of(CheckInCodeView view, String base) {
            return new CheckInLink(view.sessionId(), view.code(), base + view.code(), view.startsAt(),
                    view.opensAt(), view.closesAt(), view.lateAfter(), view.status(), view.accepting(), view.open());
        }
    }

    @GET
    @Path("{id}/checkin")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The session's check-in code (issued now if it had none), link and window")
    public CheckInLink code(@PathParam("id") long id) {
        return CheckInLink.of(codes.code(id), CheckInLinks.base(request));
    }

    @POST
    @Path("{id}/checkin/code")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the session's check-in code (the old one stops working)")
    public CheckInLink regenerate(@PathParam("id") long id) {
        return CheckInLink.of(codes.regenerate(id), CheckInLinks.base(request));
    }

    @GET
    @Path("{id}/checkin/qr.png")
    @Operation(summary = "A QR code (PNG) of the session's check-in link, to project or print")
    public Response qr(@PathParam("id") long id) {
        CheckInCodeView view = codes.code(id);
        return Response.ok(QrCodes.png(CheckInLinks.base(request) + view.code(), QR_SIZE), "image/png")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @GET
    @Path("{id}/signin-sheet.pdf")
    @Operation(summary = "The printable sign-in sheet (A4 PDF): expected people, signature column, check-in QR")
    public Response signInSheet(@PathParam("id") long id) {
        Locale locale = Problems.localeOf(headers);
        return Downloads.attachment(sheets.pdf(id, CheckInLinks.sheetLabels(locale), CheckInLinks.base(request),
                CheckInLinks.feedbackBase(request)));
    }
}
