package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.session.SessionFilter;
import org.healthedu.session.SessionService;
import org.healthedu.session.SessionStatus;
import org.healthedu.session.SessionView;
import org.healthedu.shared.Page;

/**
 * Training sessions: one, and those the caller may see by project, batch, site, trainer, status and dates. Sessions
 * are planned under their batch ({@code POST /batches/{id}/sessions}). Times are local to China
 * ({@code 2026-09-05T09:30}).
 */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "sessions")
public class SessionResource {

    @Inject
    private SessionService sessions;

    @GET
    @Operation(summary = "Sessions the caller may see, by start time, a page at a time; from/to are local dates "
            + "(inclusive)")
    public Page<SessionView> list(@QueryParam("projectId") Long projectId, @QueryParam("batchId") Long batchId,
            @QueryParam("siteId") Long siteId, @QueryParam("trainerId") Long trainerId,
            @QueryParam("status") String status, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        return sessions.list(new SessionFilter(projectId, batchId, siteId, trainerId,
                QueryParams.constant(SessionStatus.class, "status", status, "session.status.unknown"),
                QueryParams.date("from", from), QueryParams.date("to", to)), offset, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A session with its lesson, times, trainers, observers, courseware and status")
    public SessionView get(@PathParam("id") long id) {
        return sessions.get(id);
    }
}
