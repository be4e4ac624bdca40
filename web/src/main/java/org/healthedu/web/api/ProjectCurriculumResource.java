package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.curriculum.CurriculumDetail;
import org.healthedu.curriculum.CurriculumService;
import org.healthedu.curriculum.CurriculumSummary;

/**
 * A project's own curriculum: adopting a template, the current version and all versions. Its lessons and segments are
 * edited at {@code curricula/{id}} ({@link CurriculumResource}). On the path {@code projects} beside
 * {@link ProjectResource}.
 */
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "curricula")
public class ProjectCurriculumResource {

    @Inject
    private CurriculumService curricula;

    @GET
    @Path("{projectId}/curriculum")
    @Operation(summary = "The project's current curriculum version, with lessons and segments (404 before it adopts "
            + "one)")
    public CurriculumDetail current(@PathParam("projectId") long projectId) {
        return curricula.current(projectId);
    }

    @POST
    @Path("{projectId}/curriculum")
    @Operation(summary = "Adopt a template as the project's own curriculum: version 1, a copy the project may adapt")
    public Response adopt(@PathParam("projectId") long projectId, AdoptRequest request, @Context UriInfo uri) {
        CurriculumDetail adopted = curricula.adopt(projectId, UnitResource.requireBody(request).templateId());
        return Response.created(uri.getBaseUriBuilder().path("curricula").path(String.valueOf(adopted.id())).build())
                .entity(adopted).build();
    }

    @GET
    @Path("{projectId}/curriculum/versions")
    @Operation(summary = "Every version of the project's curriculum, latest first; a version in use (a batch follows "
            + "it) is never changed")
    public List<CurriculumSummary> versions(@PathParam("projectId") long projectId) {
        return curricula.versions(projectId);
    }

    /** The template to adopt. */
    public record AdoptRequest(Long templateId) {
    }
}
