package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.dashboard.DashboardService;
import org.healthedu.dashboard.Figures.Dashboard;
import org.healthedu.dashboard.Figures.SessionFigures;
import org.healthedu.session.SessionStatus;

/**
 * A project's attendance dashboard and the sessions behind its figures, within the caller's scope. Shares the path
 * {@code projects} with {@link ProjectResource}.
 */
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dashboard")
public class DashboardResource {

    @Inject
    private DashboardService dashboards;

    @GET
    @Path("{projectId}/attendance-dashboard")
    @Operation(summary = "Sessions planned/held/cancelled and attendance rates per site, batch and lesson; people at "
            + "risk (missed two held sessions in a row); lessons not held; held sessions without marks. Only the "
            + "sites the caller may see; ?projectSiteId= narrows to one")
    public Dashboard dashboard(@PathParam("projectId") long projectId,
            @QueryParam("projectSiteId") Long projectSiteId) {
        return dashboards.dashboard(projectId, projectSiteId);
    }

    @GET
    @Path("{projectId}/attendance-dashboard/sessions")
    @Operation(summary = "The sessions behind a figure, with expected and attended marks: by site, batch, lesson "
            + "position, status; unrecorded=true for HELD sessions without any mark")
    public List<SessionFigures> sessions(@PathParam("projectId") long projectId,
            @QueryParam("projectSiteId") Long projectSiteId, @QueryParam("batchId") Long batchId,
            @QueryParam("position") Integer position, @QueryParam("status") String status,
            @QueryParam("unrecorded") @DefaultValue("false") boolean unrecorded) {
        SessionStatus parsed = QueryParams.constant(SessionStatus.class, "status", status, "session.status.unknown");
        return dashboards.sessions(projectId, projectSiteId, batchId, position,
                parsed == null ? null : parsed.name(), unrecorded);
    }
}
