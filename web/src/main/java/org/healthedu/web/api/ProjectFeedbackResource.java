package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.feedback.AdjustmentView;
import org.healthedu.feedback.Adjustments;
import org.healthedu.feedback.FeedbackExports;
import org.healthedu.feedback.FeedbackFigures.Comparison;
import org.healthedu.feedback.FeedbackFigures.Results;
import org.healthedu.feedback.FeedbackFigures.TextAnswers;
import org.healthedu.feedback.FeedbackResults;
import org.healthedu.shared.DomainException;
import org.healthedu.web.feedback.FeedbackTexts;

/**
 * A project's feedback results within the caller's visible sites, comparisons and exports. Shares the path
 * {@code projects} with {@link ProjectResource}.
 */
@Path("projects")
@Tag(name = "feedback results")
public class ProjectFeedbackResource {

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
    @Operation(summary = "Results of the project's sessions the caller may see, narrowed by siteId (project site), "
            + "batchId, lesson (position) and trainerId (lead trainer; comparing trainers' results is for the "
            + "project's managers and management groups, or a trainer's own)")
    public Results results(@PathParam("id") long id, @QueryParam("siteId") Long siteId,
            @QueryParam("batchId") Long batchId, @QueryParam("lesson") Integer lesson,
            @QueryParam("trainerId") Long trainerId) {
        return results.project(id, siteId, batchId, lesson, trainerId);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{id}/feedback-results/answers")
    @Operation(summary = "Free-text answers of the project's sessions the caller may see, newest first, 20 a page "
            + "(page from 0), q searches them; the same filters as the results; above a session's own trainers, "
            + "sessions with too few responses are left out")
    public TextAnswers answers(@PathParam("id") long id, @QueryParam("siteId") Long siteId,
            @QueryParam("batchId") Long batchId, @QueryParam("lesson") Integer lesson,
            @QueryParam("trainerId") Long trainerId, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page) {
        return results.projectAnswers(id, siteId, batchId, lesson, trainerId, q, page);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{id}/feedback-results/compare")
    @Operation(summary = "Means of satisfaction, usefulness and clarity with n, by=batch, lesson or trainer "
            + "(trainer: the project's managers and the sites' management group members only)")
    public Comparison compare(@PathParam("id") long id, @QueryParam("by") String by,
            @QueryParam("siteId") Long siteId) {
        return results.compare(id, by, siteId);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{id}/feedback-results/adjustments")
    @Operation(summary = "The adjustments of one lesson (lesson = its position) across the project's batches")
    public List<AdjustmentView> adjustments(@PathParam("id") long id, @QueryParam("lesson") Integer lesson,
            @QueryParam("siteId") Long siteId) {
        if (lesson == null) {
            throw DomainException.invalid("lesson", "error.required");
        }
        return adjustments.forLesson(id, lesson, siteId);
    }

    @GET
    @Path("{id}/feedback-results/responses.csv")
    @Operation(summary = "The responses (no identities), filtered as the results, CSV in UTF-8 with a BOM")
    public Response csv(@PathParam("id") long id, @QueryParam("siteId") Long siteId,
            @QueryParam("batchId") Long batchId, @QueryParam("lesson") Integer lesson,
            @QueryParam("trainerId") Long trainerId) {
        return export(id, siteId, batchId, lesson, trainerId, false);
    }

    @GET
    @Path("{id}/feedback-results/responses.xlsx")
    @Operation(summary = "The responses (no identities), filtered as the results, as an Excel workbook")
    public Response xlsx(@PathParam("id") long id, @QueryParam("siteId") Long siteId,
            @QueryParam("batchId") Long batchId, @QueryParam("lesson") Integer lesson,
            @QueryParam("trainerId") Long trainerId) {
        return export(id, siteId, batchId, lesson, trainerId, true);
    }

    private Response export(long id, Long siteId, Long batchId, Integer lesson, Long trainerId, boolean xlsx) {
        Locale locale = Problems.localeOf(headers);
        return Downloads.attachment(exports.projectResponses(id, siteId, batchId, lesson, trainerId, xlsx,
                FeedbackTexts.labels(locale), FeedbackTexts.english(locale)));
    }
}
