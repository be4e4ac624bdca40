package org.healthedu.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.project.Project;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;

/**
 * A unit's figures for a project and period as files for other systems: a DHIS2 data value set, ADX and an XLSX
 * workbook (figures without narrative). The figures (and the caller's scope) come from {@link FiguresService}; this
 * adds the codes the receiving system names things by, in two queries whatever the number of units.
 *
 * <p>Small cells: the workbook and the PDF are for people and show what the figures page shows (above the site,
 * breakdowns of people under the threshold hidden, {@link SmallCells}). The DHIS2 data value set and ADX stay exact on
 * purpose: they are the machine exchange of the official statistics with the national HMIS, which sums data values up
 * its own organisation-unit tree and checks disaggregations against totals, so a withheld cell would make every
 * aggregate above it wrong, and a "&lt;5" is not a value a numeric data element accepts. The HMIS applies its own
 * access rules and its own output suppression; what goes to it holds no names, only counts.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class FiguresExports {

    private static final String UNIT_CODES = """
            select id, code from organisation_unit where id in (select unnest(cast(:ids as bigint[])))
            """;

    private static final String INDICATOR_UIDS = """
            select dhis2_uid, measure, counts_peer_reach from indicator
             where dhis2_uid is not null and measure is not null
               and code in (select unnest(cast(:codes as varchar[])))
             order by code
            """;

    @Inject
    private FiguresService figuresService;

    @Inject
    private FiguresEngine engine;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private ReportWorkbook workbook;

    @Inject
    private ReportPdf pdf;

    @PersistenceContext
    private EntityManager em;

    public String dataValueSet(long projectId, long unitId, ReportPeriod period, Dhis2Export.Scheme scheme) {
        ReportFigures figures = exactFigures(projectId, unitId, period);
        return Dhis2Export.dataValueSet(figures, codes(figures), scheme, today());
    }

    public String adx(long projectId, long unitId, ReportPeriod period, Dhis2Export.Scheme scheme) {
        ReportFigures figures = exactFigures(projectId, unitId, period);
        return Dhis2Export.adx(figures, codes(figures), scheme, today(), Instant.now());
    }

    public byte[] workbook(long projectId, long unitId, ReportPeriod period, Locale locale) {
        return workbook.figures(figures(projectId, unitId, period), locale);
    }

    /** The figures as a PDF: the report's layout without narrative, attachments and history. */
    public byte[] pdf(long projectId, long unitId, ReportPeriod period, Locale locale) {
        ReportFigures figures = figures(projectId, unitId, period);
        UnitFigures unit = figures.total();
        ReportDocument document = new ReportDocument(0, null, period, unit.code(), unit.nameZh(), unit.nameEn(),
                null, null, Map.of(), List.of(), figures, false, List.of(), List.of(), figures.computedAt());
        return pdf.render(document, locale);
    }

    /**
     * The figures, once the caller is known to cover the unit: the figures service checks the same, and this keeps
     * the exports closed whatever it decides about projects.
     */
    private ReportFigures figures(long projectId, long unitId, ReportPeriod period) {
        requireCovers(projectId, unitId);
        return figuresService.figures(projectId, unitId, period);
    }

    /** The exact figures, for the machine exchange with the HMIS (see the class comment). */
    private ReportFigures exactFigures(long projectId, long unitId, ReportPeriod period) {
        requireCovers(projectId, unitId);
        return engine.figures(FiguresEngine.Source.ROLLUPS, projectId, unitId, period);
    }

    private void requireCovers(long projectId, long unitId) {
        Persistence.findOrNotFound(em, Project.class, projectId, "project.notFound");
        OrganisationUnit unit = Persistence.findOrNotFound(em, OrganisationUnit.class, unitId, "unit.notFound");
        if (!currentCaller.get().covers(unit.path())) {
            throw DomainException.forbidden();
        }
    }

    private Dhis2Export.Codes codes(ReportFigures figures) {
        List<Long> unitIds = new ArrayList<>();
        unitIds.add(figures.total().unitId());
        if (figures.children() != null) {
            figures.children().stream().filter(u -> !"SITE".equals(u.level())).map(UnitFigures::unitId)
                    .forEach(unitIds::add);
        }
        Map<Long, String> units = new HashMap<>();
        for (Object row : em.createNativeQuery(UNIT_CODES).setParameter("ids", array(unitIds)).getResultList()) {
            Object[] r = (Object[]) row;
            units.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        List<Dhis2Export.IndicatorCode> indicators = new ArrayList<>();
        List<String> indicatorCodes = figures.targets() == null ? List.of()
                : figures.targets().stream().map(TargetProgress::indicatorCode).distinct().toList();
        if (!indicatorCodes.isEmpty()) {
            for (Object row : em.createNativeQuery(INDICATOR_UIDS).setParameter("codes", array(indicatorCodes))
                    .getResultList()) {
                Object[] r = (Object[]) row;
                indicators.add(new Dhis2Export.IndicatorCode((String) r[0], (String) r[1],
                        Boolean.TRUE.equals(r[2])));
            }
        }
        // Sites have no code of their own in the schema: Dhis2Export names them SITE-<id>.
        return new Dhis2Export.Codes(units, Map.of(), indicators);
    }

    private static String array(List<?> items) {
        return items.stream().map(i -> "\"" + String.valueOf(i).replace("\"", "") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static LocalDate today() {
        return LocalDate.now(ExportLabels.CHINA);
    }
}
