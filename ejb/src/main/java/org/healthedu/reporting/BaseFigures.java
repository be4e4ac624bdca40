package org.healthedu.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.shared.DomainException;

/**
 * The same figures as {@link FiguresService}, counted straight from the base tables (sessions, attendance,
 * enrolments, feedback) by {@code reporting_base_figures} (V23) instead of the rollups: the reference the rollups are
 * checked against, and the raw aggregate they are measured against. Admins only: it reads every mark of the subtree,
 * which is what the rollups exist to avoid.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class BaseFigures {

    @Inject
    private FiguresEngine engine;

    @Inject
    private CurrentCaller currentCaller;

    public ReportFigures figures(long projectId, long unitId, ReportPeriod period) {
        if (!currentCaller.get().isAdmin()) {
            throw DomainException.forbidden();
        }
        // Shown as the rollups' figures are (small cells hidden), so the two compare like for like through the API; the
        // exact figures are compared in SQL (reporting_figures against reporting_base_figures).
        return engine.shown(engine.figures(FiguresEngine.Source.BASE_TABLES, projectId, unitId, period));
    }
}
