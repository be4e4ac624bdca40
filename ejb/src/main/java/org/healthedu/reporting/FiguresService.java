package org.healthedu.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.healthedu.account.Role;

/**
 * Computes a unit's figures for a project and period from the rollups kept up to date with the data. The caller must
 * cover the unit and see the project.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class FiguresService {

    /** FOUNDATION STUB: the figures engine replaces this body (scope checks, rollups, targets). */
    public ReportFigures figures(long projectId, long unitId, ReportPeriod period) {
        return new ReportFigures(projectId, "", "", "", new UnitFigures(unitId, "", "", "", "", Map.of()), List.of(),
                List.of(), period, Instant.now());
    }
}
