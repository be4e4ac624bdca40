package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.healthedu.file.FileContent;
import org.healthedu.reporting.DashboardFigures;
import org.healthedu.reporting.ProjectDashboard;
import org.healthedu.reporting.ProjectDashboard.ChildMonth;
import org.healthedu.reporting.Dhis2Export;
import org.healthedu.reporting.FiguresExports;
import org.healthedu.reporting.ReportPeriod;
import org.healthedu.shared.DomainException;

/**
 * A unit's figures for a project and period as files for other systems, beside the figures themselves (the path
 * {@code figures} is shared with the figures resource): DHIS2 data value sets, ADX, and XLSX/PDF for people. See
 * docs/dhis2-mapping.md.
 */
@Path("figures")
@Tag(name = "figures")
public class FiguresExportResource {

    public static final String ADX = "application/adx+xml";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private FiguresExports exports;

    @Inject
    private DashboardFigures dashboards;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("projects/{projectId}/units/{unitId}/dataValueSets")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The unit's and its child units' figures as a DHIS2 data value set, for POST "
            + "/api/dataValueSets. period: 202603, 2026Q1, 2026 or 2026-03-01/2027-02-28; idScheme: CODE (HE_ "
            + "data element codes, default) or UID (the indicators' DHIS2 uids)")
    public Response dataValueSets(@PathParam("projectId") long projectId, @PathParam("unitId") long unitId,
            @QueryParam("period") String period, @QueryParam("idScheme") String idScheme) {
        return Response.ok(exports.dataValueSet(projectId, unitId, period(period), scheme(idScheme)),
                MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    @GET
    @Path("projects/{projectId}/units/{unitId}/adx")
    @Operation(summary = "The same figures as ADX (urn:ihe:qrph:adx:2015), one group per unit, for DHIS2's "
            + "POST /api/dataValueSets with Content-Type application/adx+xml")
    public Response adx(@PathParam("projectId") long projectId, @PathParam("unitId") long unitId,
            @QueryParam("period") String period, @QueryParam("idScheme") String idScheme) {
        return Response.ok(exports.adx(projectId, unitId, period(period), scheme(idScheme)), ADX + ";charset=UTF-8")
                .build();
    }

    @GET
    @Path("projects/{projectId}/units/{unitId}/xlsx")
    @Operation(summary = "The figures as an Excel workbook: summary and key figures, targets, figures per child unit "
            + "(raw numbers, with data element codes)")
    public Response xlsx(@PathParam("projectId") long projectId, @PathParam("unitId") long unitId,
            @QueryParam("period") String period) {
        ReportPeriod p = period(period);
        return Downloads.attachment(new FileContent(fileName(projectId, unitId, p, "xlsx"), XLSX,
                exports.workbook(projectId, unitId, p, Problems.localeOf(headers))));
    }

    @GET
    @Path("projects/{projectId}/units/{unitId}/pdf")
    @Operation(summary = "The figures as a PDF: key figures, targets, attendance and satisfaction bars, child units")
    public Response pdf(@PathParam("projectId") long projectId, @PathParam("unitId") long unitId,
            @QueryParam("period") String period) {
        ReportPeriod p = period(period);
        return Downloads.attachment(new FileContent(fileName(projectId, unitId, p, "pdf"), "application/pdf",
                exports.pdf(projectId, unitId, p, Problems.localeOf(headers))));
    }

    @GET
    @Path("projects/{projectId}/units/{unitId}/dashboard")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The project dashboard of the unit's subtree: each month's own figures since the project "
            + "started, the targets, mean satisfaction by lesson, the latest period's completion reports by status")
    public ProjectDashboard dashboard(@PathParam("projectId") long projectId, @PathParam("unitId") long unitId) {
        return dashboards.dashboard(projectId, unitId);
    }

    @GET
    @Path("projects/{projectId}/units/{unitId}/dashboard/months/{month}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The rows behind a month of the dashboard (month: 2026-09): each child unit's, or each site's "
            + "at the unit itself, sessions held, attendance and feedback in that month")
    public List<ChildMonth> month(@PathParam("projectId") long projectId, @PathParam("unitId") long unitId,
            @PathParam("month") String month) {
        YearMonth parsed;
        try {
            parsed = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("month", "export.period.invalid");
        }
        return dashboards.childrenInMonth(projectId, unitId, parsed);
    }

    private static ReportPeriod period(String text) {
        ReportPeriod period = ReportPeriod.parse(text);
        if (period == null) {
            throw DomainException.invalid("period", "export.period.invalid");
        }
        return period;
    }

    private static Dhis2Export.Scheme scheme(String text) {
        Dhis2Export.Scheme scheme = QueryParams.constant(Dhis2Export.Scheme.class, "idScheme", text,
                "export.idScheme.unknown");
        return scheme == null ? Dhis2Export.Scheme.CODE : scheme;
    }

    private static String fileName(long projectId, long unitId, ReportPeriod period, String extension) {
        return "figures-" + projectId + "-" + unitId + "-" + period.iso().replace('/', '_') + "." + extension;
    }
}
