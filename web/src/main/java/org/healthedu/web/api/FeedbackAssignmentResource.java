package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.feedback.FeedbackAssignmentService;
import org.healthedu.feedback.FormSummary;
import org.healthedu.feedback.ProjectFeedbackForms;

/** Which feedback form a project's lessons use. Shares the path {@code projects} with {@link ProjectResource}. */
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "feedback")
public class FeedbackAssignmentResource {

    /** The form to use. */
    public record AssignedForm(Long formId) {
    }

    @Inject
    private FeedbackAssignmentService assignments;

    @GET
    @Path("{id}/feedback-assignments")
    @Operation(summary = "The project's default form and, per lesson (by lineage), the form its sessions use and why "
            + "(LESSON, PROJECT or TEMPLATE); forms whose audience does not fit are flagged")
    public ProjectFeedbackForms get(@PathParam("id") long id) {
        return assignments.forProject(id);
    }

    @GET
    @Path("{id}/feedback-assignments/forms")
    @Operation(summary = "The forms the project may use: templates and forms its owning unit sees, not archived")
    public List<FormSummary> usable(@PathParam("id") long id) {
        return assignments.usableForms(id);
    }

    @PUT
    @Path("{id}/feedback-assignments/default")
    @Operation(summary = "The project's default form: {\"formId\": …}")
    public ProjectFeedbackForms assignDefault(@PathParam("id") long id, AssignedForm choice) {
        return assignments.assignDefault(id, UnitResource.requireBody(choice).formId());
    }

    @DELETE
    @Path("{id}/feedback-assignments/default")
    @Operation(summary = "No default: the shipped template that fits the participants")
    public ProjectFeedbackForms clearDefault(@PathParam("id") long id) {
        return assignments.clearDefault(id);
    }

    @PUT
    @Path("{id}/feedback-assignments/lessons/{lineageId}")
    @Operation(summary = "A lesson's own form, by the lesson's lineage id: {\"formId\": …}")
    public ProjectFeedbackForms assignLesson(@PathParam("id") long id, @PathParam("lineageId") long lineageId,
            AssignedForm choice) {
        return assignments.assignLesson(id, lineageId, UnitResource.requireBody(choice).formId());
    }

    @DELETE
    @Path("{id}/feedback-assignments/lessons/{lineageId}")
    @Operation(summary = "The lesson goes back to the project's default")
    public ProjectFeedbackForms clearLesson(@PathParam("id") long id, @PathParam("lineageId") long lineageId) {
        return assignments.clearLesson(id, lineageId);
    }
}
