package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.attendance.AttendanceChangeView;
import org.healthedu.attendance.AttendanceImport;
import org.healthedu.attendance.AttendanceService;
import org.healthedu.attendance.AttendanceStatus;
import org.healthedu.attendance.MarkEntry;
import org.healthedu.attendance.RollCall;
import org.healthedu.attendance.RollCallConflict;
import org.healthedu.attendance.RollCallEntry;
import org.healthedu.attendance.WalkIn;
import org.healthedu.attendance.WalkInCandidate;
import org.healthedu.enrolment.Gender;
import org.healthedu.shared.DomainException;
import org.healthedu.web.attendance.RollCallTexts;
import org.healthedu.web.enrolment.ImportTexts;

/**
 * A session's roll call: read it (people expected on the session's date with their marks, then walk-ins), replace the
 * marks of the listed people in one request (the version each mark was read at guards against lost updates: a mark
 * changed meanwhile refuses the save with 409 and the list of what changed), add walk-ins, read the history of
 * changes, and upload a typed-up sign-in sheet (CSV/XLSX: preview, then apply all rows or none). For whoever takes
 * the session's roll.
 */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "attendance")
public class AttendanceResource {

    @Inject
    private AttendanceService attendance;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("{id}/attendance")
    @Operation(summary = "The roll call: everyone enrolled in the batch on the session's date with their mark "
            + "(status, note, who, when, version), then walk-ins; counts per status")
    public RollCall get(@PathParam("id") long id) {
        return attendance.rollCall(id);
    }

    @PUT
    @Path("{id}/attendance")
    @Operation(summary = "Record the marks of the listed people in one transaction (others keep theirs) and mark "
            + "the session held. Each entry: participantId, status (PRESENT, LATE, EXCUSED, ABSENT), note, "
            + "expectedVersion (the version read; null for no mark) and walkIn (true to add someone not expected). "
            + "A mark changed meanwhile by someone else: 409 listing the changes, nothing saved")
    public Response replace(@PathParam("id") long id, RollCallRequest request) {
        UnitResource.requireBody(request);
        List<EntryRequest> given = request.entries() == null ? List.of() : request.entries();
        List<MarkEntry> entries = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            EntryRequest e = given.get(i);
            if (e == null) {
                throw DomainException.invalid("entries[" + i + "]", "error.required");
            }
            entries.add(new MarkEntry(e.participantId(), status("entries[" + i + "].status", e.status()), e.note(),
                    e.expectedVersion(), Boolean.TRUE.equals(e.walkIn())));
        }
        try {
            return Response.ok(attendance.saveRollCall(id, entries)).build();
        } catch (RollCallConflict conflict) {
            return conflict(conflict);
        }
    }

    @POST
    @Path("{id}/attendance/walk-ins")
    @Operation(summary = "Add a walk-in: an existing participant of the project's scope (participantId) or a new one "
            + "(displayName, kind, gender optional, birthYear where required), with status (default PRESENT) and note")
    public Response addWalkIn(@PathParam("id") long id, WalkInRequest request, @Context UriInfo uri) {
        WalkInRequest r = UnitResource.requireBody(request);
        RollCallEntry entry = attendance.addWalkIn(id, new WalkIn(r.participantId(), r.displayName(),
                ParticipantResource.parseKind(r.kind()),
                QueryParams.constant(Gender.class, "gender", r.gender(), "rollcall.gender.unknown"), r.birthYear(),
                status("status", r.status()), r.note()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(entry.participantId())).build())
                .entity(entry).build();
    }

    @GET
    @Path("{id}/attendance/walk-in-candidates")
    @Operation(summary = "Participants of the project's scope whose name contains q, not on this roll call yet "
            + "(at most 20): name, kind, gender, unit")
    public List<WalkInCandidate> candidates(@PathParam("id") long id, @QueryParam("q") String query) {
        return attendance.walkInCandidates(id, query);
    }

    @GET
    @Path("{id}/attendance/history")
    @Operation(summary = "Every change to the session's marks after they were first recorded, latest first: whose, "
            + "old and new status and note, how, by whom, when")
    public List<AttendanceChangeView> history(@PathParam("id") long id) {
        return attendance.history(id);
    }

    @POST
    @Path("{id}/attendance/import/preview")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Check an attendance sheet (CSV/XLSX: name, status, note; statuses 出勤/迟到/请假/缺勤 or "
            + "present/late/excused/absent) row by row against the roll call; changes nothing")
    public ImportPreview preview(@PathParam("id") long id, @QueryParam("filename") String filename,
            InputStream body) throws IOException {
        AttendanceImport.Preview preview = attendance.previewImport(id, filename, read(body));
        Locale locale = Problems.localeOf(headers);
        List<ImportRow> rows = preview.rows().stream().map(r -> new ImportRow(r.row().line(), r.row().name(),
                r.row().status(), r.row().note(), r.participantId(), r.status(),
                r.errors().stream().map(e -> new BatchResource.ErrorView(e.field(), e.messageKey(),
                        ImportTexts.describe(locale, e))).toList())).toList();
        return new ImportPreview(rows, rows.size(), preview.errorRows(), preview.canApply());
    }

    @POST
    @Path("{id}/attendance/import/apply")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Record the sheet's marks: every row or none (a row with an error refuses the file); "
            + "returns the roll call")
    public RollCall apply(@PathParam("id") long id, @QueryParam("filename") String filename, InputStream body)
            throws IOException {
        return attendance.applyImport(id, filename, read(body));
    }

    /** The 409 a trainer can act on: the translated list of what changed, and each change as data. */
    private Response conflict(RollCallConflict conflict) {
        Locale locale = Problems.localeOf(headers);
        Problem problem = Problems.of(locale, conflict);
        List<ChangeView> changes = conflict.changes().stream().map(c -> new ChangeView(c.participantId(),
                c.displayName(), c.oldStatus(), c.newStatus(), c.newNote(), c.changedByName(), c.changedAt(),
                c.source() == null ? null : c.source().name(), c.yourStatus(), RollCallTexts.line(locale, c)))
                .toList();
        return Response.status(409).type(Problems.MEDIA_TYPE).entity(new ConflictProblem(problem.type(),
                problem.title(), 409, RollCallTexts.describe(locale, conflict), problem.code(), problem.field(),
                changes)).build();
    }

    private static AttendanceStatus status(String field, String text) {
        return QueryParams.constant(AttendanceStatus.class, field, text, "rollcall.status.unknown");
    }

    private static byte[] read(InputStream body) throws IOException {
        int limit = AttendanceImport.MAX_MIB * 1024 * 1024;
        byte[] content = body == null ? new byte[0] : body.readNBytes(limit + 1);
        if (content.length > limit) {
            throw DomainException.invalid("file", "import.file.tooLarge", AttendanceImport.MAX_MIB);
        }
        return content;
    }

    public record RollCallRequest(List<EntryRequest> entries) {
    }

    public record EntryRequest(Long participantId, String status, String note, Long expectedVersion, Boolean walkIn) {
    }

    public record WalkInRequest(Long participantId, String displayName, String kind, String gender,
            Integer birthYear, String status, String note) {
    }

    public record ChangeView(long participantId, String displayName, AttendanceStatus oldStatus,
            AttendanceStatus newStatus, String newNote, String changedByName, LocalDateTime changedAt, String source,
            AttendanceStatus yourStatus, String text) {
    }

    public record ConflictProblem(String type, String title, int status, String detail, String code, String field,
            List<ChangeView> changes) {
    }

    public record ImportRow(int line, String name, String status, String note, Long participantId,
            AttendanceStatus understoodAs, List<BatchResource.ErrorView> errors) {
    }

    public record ImportPreview(List<ImportRow> rows, int totalRows, int errorRows, boolean canApply) {
    }
}
