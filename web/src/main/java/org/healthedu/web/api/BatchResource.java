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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.enrolment.BatchDetails;
import org.healthedu.enrolment.BatchService;
import org.healthedu.enrolment.BatchView;
import org.healthedu.enrolment.RosterEntry;
import org.healthedu.enrolment.imports.ImportMode;
import org.healthedu.enrolment.imports.ImportOutcome;
import org.healthedu.enrolment.imports.ParticipantImportParser;
import org.healthedu.enrolment.imports.ParticipantImportPreview;
import org.healthedu.enrolment.imports.ParticipantImportService;
import org.healthedu.session.GeneratedPlan;
import org.healthedu.session.GenerationRequest;
import org.healthedu.session.SessionDraft;
import org.healthedu.session.SessionService;
import org.healthedu.session.SessionView;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.web.enrolment.ImportTexts;
import org.healthedu.web.i18n.Texts;

/**
 * One batch: its details, its roster (enrolments, paged), enrolling, moving and withdrawing people, and importing
 * participants into it from a CSV or XLSX file sent as the request body (preview first, then apply).
 */
@Path("batches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "batches")
public class BatchResource {

    @Inject
    private BatchService batches;

    @Inject
    private ParticipantImportService importer;

    @Inject
    private SessionService sessions;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("{id}")
    @Operation(summary = "A batch with its counts (enrolled now, moved out, withdrawn)")
    public BatchView get(@PathParam("id") long id) {
        return batches.getBatch(id);
    }

    @POST
    @Path("{id}/sessions")
    @Operation(summary = "Plan one session of the batch: a lesson of its curriculum, room, local start and end, lead "
            + "trainer and co-trainers (lecturer group), observers (guidance group), approved courseware version")
    public Response planSession(@PathParam("id") long id, SessionDraft draft, @Context UriInfo uri) {
        SessionView session = sessions.plan(id, UnitResource.requireBody(draft));
        return Response.created(uri.getBaseUriBuilder().path("sessions").path(String.valueOf(session.id())).build())
                .entity(session).build();
    }

    @POST
    @Path("{id}/sessions/generate")
    @Operation(summary = "Plan the batch's lessons not yet scheduled in one go, in lesson order: from firstDate on "
            + "the weekdays (default the first date's) every intervalWeeks weeks (default 1) at startTime, for "
            + "durationMinutes (default the lesson's minutes), skipping skipDates, with one room and lead trainer. "
            + "preview=true shows the sessions and their booking conflicts and saves nothing; otherwise all are saved "
            + "or none (conflicts: 409 unless a project manager gives an overrideReason)")
    public Response generateSessions(@PathParam("id") long id, @QueryParam("preview") @DefaultValue("false")
            boolean preview, GenerationRequest request) {
        GeneratedPlan plan = sessions.generate(id, UnitResource.requireBody(request), preview);
        Locale locale = Problems.localeOf(headers);
        PlanView view = new PlanView(plan.saved(), plan.conflictCount(), plan.sessions().stream()
                .map(s -> new ProposedView(s.sessionId(), s.lessonId(), s.lessonPosition(), s.lessonTitleZh(),
                        s.lessonTitleEn(), s.startsAt(), s.endsAt(), s.room(), s.conflicts().stream()
                                .map(c -> new ConflictView(c.kind().name(), c.otherSessionId(), c.messageKey(),
                                        Texts.describe(locale, c.toException())))
                                .toList()))
                .toList());
        return Response.status(plan.saved() ? 201 : 200).entity(view).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a batch's name, planned start, capacity (not below those enrolled) or curriculum "
            + "version; give the version you read to avoid lost updates")
    public BatchView update(@PathParam("id") long id, BatchChanges changes) {
        UnitResource.requireBody(changes);
        return batches.reviseBatch(id, new BatchDetails(changes.name(), changes.plannedStart(), changes.capacity()),
                changes.curriculumId(), changes.expectedVersion());
    }

    @GET
    @Path("{id}/enrolments")
    @Operation(summary = "The roster, a page at a time: people enrolled now by name, and with all=true also those "
            + "who moved or left. For the project's managers and the site's lecturer and management groups")
    public Page<RosterEntry> roster(@PathParam("id") long id, @QueryParam("q") String query,
            @QueryParam("all") @DefaultValue("false") boolean all,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return batches.roster(id, query, all, offset, limit);
    }

    @POST
    @Path("{id}/enrolments")
    @Operation(summary = "Enrol a participant: refused when the batch is full, when they are in a batch of the "
            + "project already, or for a child who could be under 14 without a guardian's consent")
    public Response enrol(@PathParam("id") long id, EnrolRequest request, @Context UriInfo uri) {
        RosterEntry entry = batches.enrol(id, UnitResource.requireBody(request).participantId());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(entry.enrolmentId())).build())
                .entity(entry).build();
    }

    @POST
    @Path("{id}/enrolments/{enrolmentId}/move")
    @Operation(summary = "Move an enrolled person to another batch of the same project (date default today): this "
            + "enrolment ends as MOVED, a new one starts there")
    public Response move(@PathParam("id") long id, @PathParam("enrolmentId") long enrolmentId, MoveRequest request,
            @Context UriInfo uri) {
        UnitResource.requireBody(request);
        RosterEntry entry = batches.move(id, enrolmentId, request.toBatchId(), request.date(), request.reason());
        return Response.created(uri.getBaseUriBuilder().path("batches").path(String.valueOf(request.toBatchId()))
                .path("enrolments").path(String.valueOf(entry.enrolmentId())).build()).entity(entry).build();
    }

    @POST
    @Path("{id}/enrolments/{enrolmentId}/withdraw")
    @Operation(summary = "The person leaves the batch on a date (default today) with an optional reason")
    public RosterEntry withdraw(@PathParam("id") long id, @PathParam("enrolmentId") long enrolmentId,
            WithdrawRequest request) {
        WithdrawRequest r = request == null ? new WithdrawRequest(null, null, null) : request;
        return batches.withdraw(id, enrolmentId, r.date(), r.reason(), r.expectedVersion());
    }

    @POST
    @Path("{id}/import/preview")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Check a CSV/XLSX file of participants row by row against this batch; changes nothing. "
            + "kind: what a row without a kind is (default PARENT)")
    public PreviewView preview(@PathParam("id") long id, @QueryParam("filename") String filename,
            @QueryParam("kind") String kind, InputStream body) throws IOException {
        ParticipantImportPreview preview = importer.preview(id, filename, read(body),
                ParticipantResource.parseKind(kind));
        Locale locale = Problems.localeOf(headers);
        List<RowView> rows = preview.rows().stream().map(r -> new RowView(r.row().line(), r.row().name(),
                r.kind() == null ? r.row().kind() : r.kind().name(), r.row().gender(), r.row().birthYear(),
                r.row().phone(), r.row().school(), r.row().grade(), r.row().guardianName(),
                r.row().guardianRelation(), r.row().consentDate(),
                r.errors().stream().map(e -> new ErrorView(e.field(), e.messageKey(),
                        ImportTexts.describe(locale, e))).toList())).toList();
        return new PreviewView(rows, rows.size(), preview.errorRows(), preview.validRows(), preview.freePlaces(),
                preview.canApplyAll(), preview.canApplyValid());
    }

    @POST
    @Path("{id}/import/apply")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Create and enrol the file's participants: mode=all (default) every row or none, "
            + "mode=valid the rows without errors")
    public ImportOutcome apply(@PathParam("id") long id, @QueryParam("filename") String filename,
            @QueryParam("kind") String kind, @QueryParam("mode") String mode, InputStream body) throws IOException {
        return importer.apply(id, filename, read(body), ParticipantResource.parseKind(kind), parseMode(mode));
    }

    /** Reads at most the parser's limit plus one byte, so an oversized body is refused without being held whole. */
    private static byte[] read(InputStream body) throws IOException {
        int limit = ParticipantImportParser.MAX_MIB * 1024 * 1024;
        byte[] content = body.readNBytes(limit + 1);
        if (content.length > limit) {
            throw DomainException.invalid("file", "import.file.tooLarge", ParticipantImportParser.MAX_MIB);
        }
        return content;
    }

    /** The import mode: blank is ALL; an unknown name is refused naming the parameter. */
    private static ImportMode parseMode(String mode) {
        ImportMode parsed = QueryParams.constant(ImportMode.class, "mode", mode, "import.mode.unknown");
        return parsed == null ? ImportMode.ALL : parsed;
    }

    public record ConflictView(String kind, long otherSessionId, String code, String message) {
    }

    public record ProposedView(Long sessionId, long lessonId, int lessonPosition, String lessonTitleZh,
            String lessonTitleEn, LocalDateTime startsAt, LocalDateTime endsAt, String room,
            List<ConflictView> conflicts) {
    }

    public record PlanView(boolean saved, long conflictCount, List<ProposedView> sessions) {
    }

    public record BatchChanges(String name, LocalDate plannedStart, Integer capacity, Long curriculumId,
            Long expectedVersion) {
    }

    public record EnrolRequest(Long participantId) {
    }

    public record MoveRequest(Long toBatchId, LocalDate date, String reason) {
    }

    public record WithdrawRequest(LocalDate date, String reason, Long expectedVersion) {
    }

    public record ErrorView(String field, String code, String message) {
    }

    public record RowView(int line, String name, String kind, String gender, String birthYear, String phone,
            String school, String grade, String guardianName, String guardianRelation, String consentDate,
            List<ErrorView> errors) {
    }

    public record PreviewView(List<RowView> rows, int totalRows, int errorRows, int validRows, long freePlaces,
            boolean canApplyAll, boolean canApplyValid) {
    }
}
