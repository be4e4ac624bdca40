package org.healthedu.web.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.healthedu.project.ProjectService;
import org.healthedu.project.ProjectView;
import org.healthedu.reporting.FiguresService;
import org.healthedu.reporting.Measure;
import org.healthedu.reporting.PeriodKind;
import org.healthedu.reporting.ReportFigures;
import org.healthedu.reporting.ReportPeriod;
import org.healthedu.reporting.TargetProgress;
import org.healthedu.reporting.UnitFigures;
import org.healthedu.session.SessionTime;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.UserBean;

/**
 * A unit's figures for a project and period (the caller's unit and the project period by default): every measure for
 * the unit and each child (a child's name opens its own figures), and the targets against what was achieved.
 */
@Named
@ViewScoped
public class FiguresPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FiguresService figuresService;

    @Inject
    private ProjectService projects;

    @Inject
    private UserBean user;

    private Long projectId;
    private Long unitId;
    private PeriodKind kind = PeriodKind.PROJECT;
    private String period;
    private List<ProjectView> projectChoices;
    private ReportFigures figures;

    public void load() {
        if (unitId == null) {
            unitId = user.getCaller().unitId();
        }
        projectChoices = projects.listProjects(null, null, 0, 200).items();
        if (projectId == null && !projectChoices.isEmpty()) {
            projectId = projectChoices.get(0).id();
        }
        if (period != null && !period.isBlank()) {
            ReportPeriod parsed = ReportPeriod.parse(period);
            if (parsed != null) {
                kind = parsed.kind();
            }
        }
        show();
    }

    /** The kind changed: offer the current month, quarter or year (China time) as the period. */
    public void kindChanged() {
        LocalDate today = LocalDate.now(SessionTime.ZONE);
        period = switch (kind) {
            case MONTH -> ReportPeriod.month(java.time.YearMonth.from(today)).iso();
            case QUARTER -> ReportPeriod.quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1).iso();
            case YEAR -> ReportPeriod.year(today.getYear()).iso();
            case PROJECT -> null;
        };
    }

    public void show() {
        figures = null;
        if (projectId == null) {
            return;
        }
        ReportPeriod asked = null;
        if (kind != PeriodKind.PROJECT || (period != null && !period.isBlank())) {
            asked = ReportPeriod.parse(period);
            if (asked == null) {
                FacesMessages.errorText("figures.period.invalid");
                return;
            }
        }
        try {
            figures = figuresService.figures(projectId, unitId, asked);
            period = figures.period().iso();
            kind = figures.period().kind();
        } catch (DomainException e) {
            FacesMessages.error(e, "figuresForm:");
        }
    }

    public Measure[] getMeasures() {
        return Measure.values();
    }

    public PeriodKind[] getKinds() {
        return PeriodKind.values();
    }

    /**
     * A child's (or the total's) value of a measure, blank when it does not apply, "<5" when hidden as a small cell
     * (above the site).
     */
    public Object value(UnitFigures unit, Measure measure) {
        if (unit != null && unit.isSuppressed(measure)) {
            return FacesMessages.text("figures.smallCells.cell", figures.minCell());
        }
        return unit == null ? null : unit.value(measure);
    }

    /** Whether the cell is hidden as a small cell. */
    public boolean suppressed(UnitFigures unit, Measure measure) {
        return unit != null && unit.isSuppressed(measure);
    }

    /** The legend of the "<5" mark, null when no cell is hidden. */
    public String getSmallCellsNote() {
        return figures == null || figures.minCell() == null || !figures.anySuppressed() ? null
                : FacesMessages.text("figures.smallCells.note", figures.minCell());
    }

    public String stateClass(TargetProgress target) {
        return "target-state target-" + target.state().name().toLowerCase(java.util.Locale.ROOT);
    }

    public ReportFigures getFigures() {
        return figures;
    }

    public List<ProjectView> getProjectChoices() {
        return projectChoices;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public void setKind(PeriodKind kind) {
        this.kind = kind;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
