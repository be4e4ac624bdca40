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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.file.FilePolicy;
import org.healthedu.project.FundSummary;
import org.healthedu.project.FundUseService;
import org.healthedu.project.FundUseView;
import org.healthedu.project.ProjectTextService;
import org.healthedu.project.ProjectTextView;
import org.healthedu.shared.Page;

/**
 * A project's text versions and its fund use. Shares the path {@code projects} with {@link ProjectResource} (see
 * {@link ProjectTargetResource} for why the classes share the root path).
 */
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "project texts and funds")
public class ProjectFileResource {

    @Inject
    private ProjectTextService texts;

    @Inject
    private FundUseService funds;

    @GET
    @Path("{projectId}/texts")
    @Operation(summary = "Every version of the project text, newest first")
    public List<ProjectTextView> texts(@PathParam("projectId") long projectId) {
        return texts.versions(projectId);
    }

    @POST
    @Path("{projectId}/texts")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload the next version of the project text: the file (PDF or Word, at most 20 MiB, "
            + "recognised by its content) is the request body; its name and a note are query parameters")
    public Response uploadText(@PathParam("projectId") long projectId, @QueryParam("filename") String filename,
            @QueryParam("note") String note, InputStream body, @Context UriInfo uri) throws IOException {
        ProjectTextView created = texts.upload(projectId, filename, Uploads.read(body, FilePolicy.DOCUMENT), note);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).path("file").build())
                .entity(created).build();
    }

    @GET
    @Path("{projectId}/texts/{textId}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download one version of the project text")
    public Response downloadText(@PathParam("projectId") long projectId, @PathParam("textId") long textId) {
        return Downloads.attachment(texts.download(projectId, textId));
    }

    @GET
    @Path("{projectId}/funds")
    @Operation(summary = "The project's fund-use entries, latest first, a page at a time")
    public Page<FundUseView> funds(@PathParam("projectId") long projectId,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        return funds.entries(projectId, offset, limit);
    }

    @GET
    @Path("{projectId}/funds/summary")
    @Operation(summary = "Spent against budget: total, remaining, share used, per category, entries without receipt")
    public FundSummary fundSummary(@PathParam("projectId") long projectId) {
        return funds.summary(projectId);
    }

    @POST
    @Path("{projectId}/funds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a use of funds: day inside the project period, category, amount in yuan, note")
    public Response recordFundUse(@PathParam("projectId") long projectId, FundUseResource.FundUseRequest request,
            @Context UriInfo uri) {
        FundUseView created = funds.record(projectId, FundUseResource.draft(request, null));
        return Response.created(uri.getBaseUriBuilder().path("fund-uses").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
