package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.completion.CompletionService;
import org.healthedu.completion.CompletionView;
import org.healthedu.shared.DomainException;

/** A participant's completion in one project. Shares the path {@code participants} with {@link ParticipantResource}. */
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "completion")
public class ParticipantCompletionResource {

    @Inject
    private CompletionService completion;

    @GET
    @Path("{id}/completion")
    @Operation(summary = "A participant's completion in a project (?projectId=): lessons attended of the batch's "
            + "curriculum, the number required, completed or not")
    public CompletionView completion(@PathParam("id") long id, @QueryParam("projectId") Long projectId) {
        if (projectId == null) {
            throw DomainException.invalid("projectId", "error.required");
        }
        return completion.participant(id, projectId);
    }
}
