package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.reporting.BaseFigures;
import org.healthedu.reporting.FiguresService;
import org.healthedu.reporting.ReportFigures;
import org.healthedu.reporting.ReportPeriod;
import org.healthedu.shared.DomainException;

/** A unit's reporting figures for a project and period: in all, per child unit or site, and against its targets. */
@Path("figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reporting")
public class FiguresResource {

    @Inject
    private FiguresService figures;

    @Inject
    private BaseFigures baseFigures;

    @GET
    @Path("projects/{projectId}/units/{unitId}")
    @Operation(summary = "The figures of the unit's subtree for the project and period (202603, 2026Q1, 2026 or "
            + "2026-03-01/2027-02-28; default the project period): in all, per child, and the targets. "
            + "source=base (admins) counts the same from the base tables instead of the rollups, for checks")
    public ReportFigures unit(@PathParam("projectId") long projectId, @PathParam("unitId") long unitId,
            @QueryParam("period") String period, @QueryParam("source") String source) {
        if ("base".equals(source)) {
            return baseFigures.figures(projectId, unitId, period(period));
        }
        return figures.figures(projectId, unitId, period(period));
    }

    /** The period asked for; blank is the project period, anything unreadable a translated 400. */
    static ReportPeriod period(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        ReportPeriod period = ReportPeriod.parse(text);
        if (period == null) {
            throw DomainException.invalid("period", "figures.period.invalid");
        }
        return period;
    }
}
