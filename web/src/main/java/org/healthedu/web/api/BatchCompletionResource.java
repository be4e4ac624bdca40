package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.completion.BatchCompletion;
import org.healthedu.completion.CertificateService;
import org.healthedu.completion.CompletionService;

/**
 * A batch's completion and its certificates. Shares the path {@code batches} with {@link BatchResource}.
 */
@Path("batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "completion")
public class BatchCompletionResource {

    @Inject
    private CompletionService completion;

    @Inject
    private CertificateService certificates;

    @GET
    @Path("{id}/completion")
    @Operation(summary = "The batch's participants with lessons attended (each lesson once) of its curriculum, the "
            + "number the project's rule requires, and whether each completed")
    public BatchCompletion completion(@PathParam("id") long id) {
        return completion.batch(id);
    }

    @GET
    @Path("{id}/certificates.pdf")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Completion certificates of everyone in the batch who completed, one page each (409 when "
            + "nobody has)")
    public Response certificates(@PathParam("id") long id) {
        return Downloads.attachment(certificates.batch(id));
    }

    @GET
    @Path("{id}/participants/{participantId}/certificate.pdf")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "One participant's completion certificate (409 when they have not completed)")
    public Response certificate(@PathParam("id") long id, @PathParam("participantId") long participantId) {
        return Downloads.attachment(certificates.participant(id, participantId));
    }
}
