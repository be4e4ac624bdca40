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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.reporting.ChildReport;
import org.healthedu.reporting.Completeness;
import org.healthedu.reporting.ReportAttachment;
import org.healthedu.reporting.ReportAttachmentView;
import org.healthedu.reporting.ReportCheck;
import org.healthedu.reporting.ReportDocument;
import org.healthedu.reporting.ReportFigures;
import org.healthedu.reporting.ReportFilter;
import org.healthedu.reporting.ReportPdf;
import org.healthedu.reporting.ReportPeriod;
import org.healthedu.reporting.ReportRights;
import org.healthedu.reporting.ReportSectionView;
import org.healthedu.reporting.ReportService;
import org.healthedu.reporting.ReportStatus;
import org.healthedu.reporting.ReportView;
import org.healthedu.reporting.ReportWorkbook;
import org.healthedu.reporting.SectionKind;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;

/** Completion reports (项目总结报告): prepare, check, submit, review, export; and reporting completeness. */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public class ReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private ReportService reports;

    @Inject
    private ReportPdf pdf;

    @Inject
    private ReportWorkbook workbook;

    @GET
    @Operation(summary = "The reports the caller may see, latest period first; filters project, unit (its subtree), "
            + "period (202603, 2026Q1, 2026, 2026-03-01/2026-12-31), status, toReview=true (submitted to my unit)")
    public Page<ReportView> list(@QueryParam("project") Long project, @QueryParam("unit") Long unit,
            @QueryParam("period") String period, @QueryParam("status") String status,
            @QueryParam("toReview") @DefaultValue("false") boolean toReview,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        return reports.list(new ReportFilter(project, unit, period(period, false),
                QueryParams.constant(ReportStatus.class, "status", status, "report.status.unknown"), toReview),
                offset, limit);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a report: projectId, unitId, period (202603, 2026Q1, 2026 or start/end), dueOn "
            + "(optional, default 15 days after the period)")
    public Response create(CreateRequest request, @Context UriInfo uri) {
        UnitResource.requireBody(request);
        if (request.projectId() == null) {
            throw DomainException.invalid("projectId", "error.required");
        }
        if (request.unitId() == null) {
            throw DomainException.invalid("unitId", "error.required");
        }
        ReportView created = reports.create(request.projectId(), request.unitId(), period(request.period(), true),
                QueryParams.date("dueOn", request.dueOn()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("completeness")
    @Operation(summary = "Reporting completeness of a project for a period: per level expected, submitted, on time, "
            + "accepted; and each unit's status. Optional depth narrows to one level")
    public Completeness completeness(@QueryParam("project") Long project, @QueryParam("period") String period,
            @QueryParam("depth") Integer depth) {
        if (project == null) {
            throw DomainException.invalid("project", "error.required");
        }
        return reports.completeness(project, period(period, true), depth);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One report, with what the caller may do and the child units' reports")
    public ReportDetail get(@PathParam("id") long id) {
        return new ReportDetail(reports.report(id), reports.rights(id), reports.sections(id),
                reports.childReports(id));
    }

    @GET
    @Path("{id}/document")
    @Operation(summary = "Everything an export shows: figures (frozen once submitted), narrative, changes since "
            + "submission, history")
    public ReportDocument document(@PathParam("id") long id) {
        return reports.document(id);
    }

    @GET
    @Path("{id}/snapshot")
    @Operation(summary = "The figures frozen at the latest submission")
    public ReportFigures snapshot(@PathParam("id") long id) {
        return reports.snapshot(id);
    }

    @GET
    @Path("{id}/sections")
    @Operation(summary = "The narrative sections with their versions")
    public List<ReportSectionView> sections(@PathParam("id") long id) {
        return reports.sections(id);
    }

    @PUT
    @Path("{id}/sections/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a section (OVERVIEW, WORK_DONE, RESULTS, PROBLEMS, NEXT_PLANS): body (at most 20,000 "
            + "characters), version (the section's version read)")
    public ReportSectionView writeSection(@PathParam("id") long id, @PathParam("kind") String kind,
            SectionRequest request) {
        UnitResource.requireBody(request);
        return reports.writeSection(id, QueryParams.constant(SectionKind.class, "kind", kind,
                "report.section.unknown"), request.body(), request.version());
    }

    @GET
    @Path("{id}/attachments")
    @Operation(summary = "The report's attachments")
    public List<ReportAttachmentView> attachments(@PathParam("id") long id) {
        return reports.attachments(id);
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file as the request body: kind PHOTO (PNG, JPEG), DOCUMENT (PDF, Word) or "
            + "ARCHIVE_LIST (PDF, Word, Excel), recognised by content; filename and caption as query parameters")
    public Response attach(@PathParam("id") long id, @QueryParam("kind") String kind,
            @QueryParam("filename") String filename, @QueryParam("caption") String caption, InputStream body,
            @Context UriInfo uri) throws IOException {
        ReportAttachment.Kind k = QueryParams.constant(ReportAttachment.Kind.class, "kind", kind,
                "report.attachment.kind");
        if (k == null) {
            throw DomainException.invalid("kind", "report.attachment.kind");
        }
        ReportAttachmentView added = reports.attach(id, k, caption, filename,
                Uploads.read(body, ReportService.policy(k)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.fileId())).build())
                .entity(added).build();
    }

    @GET
    @Path("{id}/attachments/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment (410 once its content was removed for privacy)")
    public Response attachment(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        return Downloads.attachment(reports.attachmentFile(id, fileId));
    }

    @DELETE
    @Path("{id}/attachments/{attachmentId}")
    @Operation(summary = "Remove an attachment (while the report is editable)")
    public Response detach(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        reports.detach(id, attachmentId);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/checks")
    @Operation(summary = "Data-quality checks before submission: WARNING or BLOCKER, each with a page to fix it")
    public List<ReportCheck> checks(@PathParam("id") long id) {
        return reports.checks(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who did what and when")
    public List<ReportDocument.Event> history(@PathParam("id") long id) {
        return reports.history(id);
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit to the reviewer unit (refused with 409 while a BLOCKER check remains); freezes the "
            + "figures. Body: version")
    public ReportView submit(@PathParam("id") long id, StepRequest request) {
        return reports.submit(id, request == null ? null : request.version());
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return to the preparer with a comment (required). Body: comment, version")
    public ReportView returnReport(@PathParam("id") long id, StepRequest request) {
        return reports.returnReport(id, request == null ? null : request.comment(),
                request == null ? null : request.version());
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept (reviewer unit's coordinator). Body: comment (optional), version")
    public ReportView accept(@PathParam("id") long id, StepRequest request) {
        return reports.accept(id, request == null ? null : request.comment(),
                request == null ? null : request.version());
    }

    @POST
    @Path("{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reopen an accepted report (reviewer only) with a comment. Body: comment, version")
    public ReportView reopen(@PathParam("id") long id, StepRequest request) {
        return reports.reopen(id, request == null ? null : request.comment(),
                request == null ? null : request.version());
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The report as a PDF")
    public Response pdf(@PathParam("id") long id, @Context HttpHeaders headers) {
        ReportDocument document = reports.document(id);
        return file(pdf.render(document, Problems.localeOf(headers)), "application/pdf", name(document, "pdf"));
    }

    @GET
    @Path("{id}/xlsx")
    @Produces(XLSX)
    @Operation(summary = "The report as an XLSX workbook")
    public Response xlsx(@PathParam("id") long id, @Context HttpHeaders headers) {
        ReportDocument document = reports.document(id);
        return file(workbook.render(document, Problems.localeOf(headers)), XLSX, name(document, "xlsx"));
    }

    /** A file name people recognise: 总结报告-unit code-period.ext. */
    public static String name(ReportDocument document, String extension) {
        return "总结报告-" + document.unitCode() + "-" + document.period().iso().replace('/', '_') + "." + extension;
    }

    static Response file(byte[] bytes, String contentType, String name) {
        return Response.ok(bytes, contentType).header(HttpHeaders.CONTENT_DISPOSITION,
                Downloads.contentDisposition(name)).header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    static ReportPeriod period(String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw DomainException.invalid("period", "error.required");
            }
            return null;
        }
        ReportPeriod period = ReportPeriod.parse(text);
        if (period == null) {
            throw DomainException.invalid("period", "report.period.invalid");
        }
        return period;
    }

    public record CreateRequest(Long projectId, Long unitId, String period, String dueOn) {
    }

    public record SectionRequest(String body, Long version) {
    }

    public record StepRequest(String comment, Long version) {
    }

    public record ReportDetail(ReportView report, ReportRights rights, List<ReportSectionView> sections,
            List<ChildReport> children) {
    }
}
