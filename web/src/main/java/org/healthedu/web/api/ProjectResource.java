package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.project.ProjectChanges;
import org.healthedu.project.ProjectDraft;
import org.healthedu.project.ProjectService;
import org.healthedu.project.ProjectSiteView;
import org.healthedu.project.ProjectStatus;
import org.healthedu.project.ProjectView;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;

/**
 * Projects seen by the caller (covering the owning or the funding unit), their status workflow and their sites.
 * Dates are ISO ("2026-07-11"), budgets a number of yuan with at most two decimals.
 */
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public class ProjectResource {

    @Inject
    private ProjectService projects;

    @GET
    @Operation(summary = "Search projects in scope by code or name, optionally in one status (DRAFT, ACTIVE, CLOSED); "
            + "latest start first")
    public Page<ProjectView> list(@QueryParam("q") String query, @QueryParam("status") String status,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        ProjectStatus wanted = QueryParams.constant(ProjectStatus.class, "status", status, "project.status.unknown");
        return projects.listProjects(query, wanted, offset, limit);
    }

    @POST
    @Operation(summary = "Create a draft project owned by a unit in scope, funded by that unit or one above it")
    public Response create(ProjectDraft draft, @Context UriInfo uri) {
        ProjectView created = projects.createProject(UnitResource.requireBody(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public ProjectView get(@PathParam("id") long id) {
        return projects.getProject(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a project's code, names, period, text or budget; give the version you read to avoid "
            + "lost updates. A closed project cannot be changed")
    public ProjectView update(@PathParam("id") long id, ProjectChanges changes) {
        return projects.updateProject(id, UnitResource.requireBody(changes));
    }

    @POST
    @Path("{id}/activate")
    @Operation(summary = "Start carrying out a draft project")
    public ProjectView activate(@PathParam("id") long id) {
        return projects.activateProject(id);
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close an active project; it becomes read-only")
    public ProjectView close(@PathParam("id") long id) {
        return projects.closeProject(id);
    }

    @GET
    @Path("{id}/sites")
    @Operation(summary = "The sites taking part in a project")
    public List<ProjectSiteView> sites(@PathParam("id") long id) {
        return projects.sitesOf(id);
    }

    @GET
    @Path("{id}/sites/{siteId}")
    public ProjectSiteView site(@PathParam("id") long id, @PathParam("siteId") long siteId) {
        return projects.projectSite(id, siteId);
    }

    @POST
    @Path("{id}/sites")
    @Operation(summary = "Add a site of the owning unit's subtree to a project, with the unit responsible for it "
            + "(default: the site's own unit)")
    public Response addSite(@PathParam("id") long id, SiteRequest request, @Context UriInfo uri) {
        if (UnitResource.requireBody(request).siteId() == null) {
            throw DomainException.invalid("siteId", "error.required");
        }
        ProjectSiteView added = projects.addSite(id, request.siteId(), request.responsibleUnitId());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.siteId())).build())
                .entity(added).build();
    }

    @DELETE
    @Path("{id}/sites/{siteId}")
    @Operation(summary = "Take a site out of a project")
    public Response removeSite(@PathParam("id") long id, @PathParam("siteId") long siteId) {
        projects.removeSite(id, siteId);
        return Response.noContent().build();
    }

    /** A site joining a project, and the unit responsible for it there (optional). */
    public record SiteRequest(Long siteId, Long responsibleUnitId) {
    }
}
