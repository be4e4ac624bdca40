package org.healthedu.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.healthedu.account.Role;

/**
 * Computes a unit's figures for a project and period from the rollups kept up to date with the data
 * ({@code report_site_day}, {@code report_participant}, V23): the time does not grow with the number of attendance
 * marks. The caller must cover the unit and see the project; a null period is the project period. Above the site
 * (anyone but the site's own trainers) small cells of the breakdowns of people are hidden ({@link SmallCells}).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class FiguresService {

    @Inject
    private FiguresEngine engine;

    public ReportFigures figures(long projectId, long unitId, ReportPeriod period) {
        return engine.shown(engine.figures(FiguresEngine.Source.ROLLUPS, projectId, unitId, period));
    }
}
