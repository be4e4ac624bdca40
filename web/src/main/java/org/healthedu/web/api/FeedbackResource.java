package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.feedback.FeedbackCollector;
import org.healthedu.feedback.FeedbackTokens;
import org.healthedu.feedback.PublicForm;
import org.healthedu.feedback.Receipt;
import org.healthedu.feedback.Submission;
import org.healthedu.web.feedback.DeviceCookie;
import org.healthedu.web.i18n.Texts;

/**
 * The public feedback form of a session (no account), by the session's link token:
 * <ul>
 * <li>{@code GET feedback/{token}} (optionally {@code ?audience=PARENT|STUDENT}) → the lesson, date and site, whether
 * the form is open and when, and the form's sections and questions (while open);</li>
 * <li>{@code POST feedback/{token}/responses} with {@code {submissionKey, audience, ticket?, formVersionId?,
 * answers:[{questionId, number?|choiceIds?|text?}]}} → 201 with a thank-you, or 200 with the same when this
 * submission key was stored before (a resend stores nothing more).</li>
 * </ul>
 * One response per person: with the check-in ticket, or else per device (the {@code healthedu_fd} cookie, set here
 * when missing). Refusals are problems: bad answers (400), unknown link (404), not open, closed, cancelled, answered
 * before, ticket used, form changed (409), body over the size limit (413), too many requests (429).
 */
@Path("feedback")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "feedback")
public class FeedbackResource {

    @Inject
    private FeedbackCollector collector;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    /** A stored response, thanked for in the caller's language. */
    public record Thanks(String submissionKey, LocalDateTime submittedAt, boolean repeated, String message) {
    }

    @GET
    @Path("{token}")
    @SecurityRequirements // none: open to anyone
    @Operation(summary = "The public feedback form of a session: lesson, date, site, open window and questions")
    public Response form(@PathParam("token") String token, @QueryParam("audience") String audience) {
        PublicForm form = collector.form(token, audience, request.getRemoteAddr());
        Response.ResponseBuilder ok = Response.ok(form).header("Cache-Control", "no-store");
        if (DeviceCookie.read(request) == null) {
            ok.header("Set-Cookie", DeviceCookie.header(request, FeedbackTokens.secret()));
        }
        return ok.build();
    }

    @POST
    @Path("{token}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements // none: open to anyone
    @Operation(summary = "Submit one response to a session's feedback form (idempotent per submissionKey)")
    public Response submit(@PathParam("token") String token, Submission body) {
        Submission given = UnitResource.requireBody(body);
        String device = DeviceCookie.read(request);
        boolean fresh = device == null;
        if (fresh) {
            device = FeedbackTokens.secret();
        }
        Locale locale = Problems.localeOf(headers);
        Receipt receipt = collector.submit(token, given, device, request.getRemoteAddr(), locale.toLanguageTag());
        Response.ResponseBuilder reply = Response.status(receipt.repeated() ? 200 : 201)
                .entity(new Thanks(receipt.submissionKey(), receipt.submittedAt(), receipt.repeated(),
                        Texts.text(locale, "feedback.public.thanks")));
        if (fresh) {
            reply.header("Set-Cookie", DeviceCookie.header(request, device));
        }
        return reply.build();
    }
}
