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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.feedback.AdjustmentDraft;
import org.healthedu.feedback.AdjustmentView;
import org.healthedu.feedback.Adjustments;
import org.healthedu.feedback.FeedbackExports;
import org.healthedu.feedback.FeedbackFigures.Results;
import org.healthedu.feedback.FeedbackFigures.TextAnswers;
import org.healthedu.feedback.FeedbackResults;
import org.healthedu.web.feedback.FeedbackTexts;

/**
 * A session's feedback results, exports and adjustments. Shares the path {@code sessions} with
 * {@link SessionResource}.
 */
@Path("sessions")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "feedback results")
public class SessionFeedbackResource {

    @Inject
    private FeedbackResults results;

    @Inject
    private FeedbackExports exports;

    @Inject
    private Adjustments adjustments;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{id}/feedback-results")
    @Operation(summary = "Responses, response rate (÷ people present or late), per question distribution, mean and "
            + "median with n; figures about fewer responses than the threshold are 'tooFew' above the session's "
            + "trainers")
    public Results results(@PathParam("id") long id) {
        return results.session(id);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{id}/feedback-results/answers")
    @Operation(summary = "Free-text answers, newest first, 20 a page (page from 0), q searches them")
    public TextAnswers answers(@PathParam("id") long id, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page) {
        return results.answers(id, q, page);
    }

    @GET
    @Path("{id}/feedback-results/responses.csv")
    @Operation(summary = "The responses, one row per response (no identities), CSV in UTF-8 with a BOM")
    public Response csv(@PathParam("id") long id) {
        Locale locale = Problems.localeOf(headers);
        return Downloads.attachment(exports.sessionResponses(id, false, FeedbackTexts.labels(locale),
                FeedbackTexts.english(locale)));
    }

    @GET
    @Path("{id}/feedback-results/responses.xlsx")
    @Operation(summary = "The responses, one row per response (no identities), as an Excel workbook")
    public Response xlsx(@PathParam("id") long id) {
        Locale locale = Problems.localeOf(headers);
        return Downloads.attachment(exports.sessionResponses(id, true, FeedbackTexts.labels(locale),
                FeedbackTexts.english(locale)));
    }

    @GET
    @Path("{id}/feedback-summary.pdf")
    @Operation(summary = "A one-page PDF summary of the session's feedback")
    public Response summary(@PathParam("id") long id) {
        Locale locale = Problems.localeOf(headers);
        return Downloads.attachment(exports.summaryPdf(id, FeedbackTexts.labels(locale),
                FeedbackTexts.english(locale)));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{id}/adjustments")
    @Operation(summary = "The session's adjustments (调整记录), newest first")
    public List<AdjustmentView> adjustments(@PathParam("id") long id) {
        return adjustments.forSession(id);
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{id}/adjustments")
    @Operation(summary = "Record an adjustment: description (required), questionId (optional, a question of the "
            + "session's form); by those who take the session's roll")
    public Response record(@PathParam("id") long id, AdjustmentDraft draft, @Context UriInfo uri) {
        AdjustmentView view = adjustments.record(id, UnitResource.requireBody(draft));
        return Response.created(uri.getBaseUriBuilder().path("adjustments").path(String.valueOf(view.id())).build())
                .entity(view).build();
    }
}
