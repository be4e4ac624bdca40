package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.session.SessionDraft;
import org.healthedu.session.SessionFilter;
import org.healthedu.session.SessionService;
import org.healthedu.session.SessionStatus;
import org.healthedu.session.SessionView;
import org.healthedu.shared.Page;

/**
 * Training sessions: one, and those the caller may see by project, batch, site, trainer, status and dates; changing
 * and rescheduling one, cancelling, postponing and planning it again. Sessions are planned under their batch
 * ({@code POST /batches/{id}/sessions}, {@code …/sessions/generate}). Times are local to China
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

    @PUT
    @Path("{id}")
    @Operation(summary = "Change or reschedule a session: lesson, room, local start and end, lead trainer, co-trainers, "
            + "observers, courseware; fields left out keep their value. Give the version you read (expectedVersion): "
            + "a newer one is refused (409). Booking conflicts (trainer, room, batch) are refused naming the other "
            + "session, unless a project manager gives an overrideReason")
    public SessionView update(@PathParam("id") long id, SessionChanges changes) {
        UnitResource.requireBody(changes);
        SessionView current = sessions.get(id);
        SessionDraft draft = new SessionDraft(or(changes.lessonId(), current.lessonId()),
                changes.room() != null ? changes.room() : current.room(),
                or(changes.startsAt(), current.startsAt()), or(changes.endsAt(), current.endsAt()),
                or(changes.leadTrainerId(), current.leadTrainerId()),
                or(changes.trainerIds(), current.trainerIds()), or(changes.observerIds(), current.observerIds()),
                changes.coursewareVersionId() != null ? changes.coursewareVersionId()
                        : current.coursewareVersionId(),
                changes.overrideReason());
        return sessions.revise(id, draft, changes.expectedVersion());
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel the session, with a reason (required)")
    public SessionView cancel(@PathParam("id") long id, StatusChange change) {
        StatusChange c = change == null ? new StatusChange(null, null) : change;
        return sessions.cancel(id, c.reason(), c.expectedVersion());
    }

    @POST
    @Path("{id}/postpone")
    @Operation(summary = "Postpone the session to a time not fixed yet, with a reason (required)")
    public SessionView postpone(@PathParam("id") long id, StatusChange change) {
        StatusChange c = change == null ? new StatusChange(null, null) : change;
        return sessions.postpone(id, c.reason(), c.expectedVersion());
    }

    @POST
    @Path("{id}/replan")
    @Operation(summary = "Plan a postponed or cancelled session again, at its old time or new local times; booking "
            + "conflicts are checked as when planning")
    public SessionView replan(@PathParam("id") long id, Replan replan) {
        Replan r = replan == null ? new Replan(null, null, null, null) : replan;
        return sessions.replan(id, r.startsAt(), r.endsAt(), r.overrideReason(), r.expectedVersion());
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }

    /** A session's changes; null fields keep their value (an empty list of people clears them). */
    public record SessionChanges(Long lessonId, String room, LocalDateTime startsAt, LocalDateTime endsAt,
            Long leadTrainerId, List<Long> trainerIds, List<Long> observerIds, Long coursewareVersionId,
            String overrideReason, Long expectedVersion) {
    }

    public record StatusChange(String reason, Long expectedVersion) {
    }

    public record Replan(LocalDateTime startsAt, LocalDateTime endsAt, String overrideReason, Long expectedVersion) {
    }
}
