package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.completion.CompletionService;
import org.healthedu.completion.RuleChanges;
import org.healthedu.completion.RuleView;

/**
 * A project's completion rule. Shares the path {@code projects} with {@link ProjectResource} (see
 * {@link ProjectTargetResource} for why a shared root path); a batch's and a participant's completion are under
 * {@link BatchCompletionResource} and {@link ParticipantCompletionResource}.
 */
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "completion")
public class CompletionResource {

    @Inject
    private CompletionService completion;

    @GET
    @Path("{projectId}/completion-rule")
    @Operation(summary = "The project's completion rule: minLessons (null: all lessons but one), whether LATE and "
            + "EXCUSED count as attended")
    public RuleView rule(@PathParam("projectId") long projectId) {
        return completion.rule(projectId);
    }

    @PUT
    @Path("{projectId}/completion-rule")
    @Operation(summary = "Change the project's completion rule (its managers); version: the one read (0 before any)")
    public RuleView changeRule(@PathParam("projectId") long projectId, RuleChanges changes) {
        return completion.changeRule(projectId, UnitResource.requireBody(changes));
    }
}
