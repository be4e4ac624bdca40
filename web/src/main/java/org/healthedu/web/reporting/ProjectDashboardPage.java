package org.healthedu.web.reporting;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.healthedu.project.ProjectService;
import org.healthedu.project.ProjectView;
import org.healthedu.reporting.DashboardFigures;
import org.healthedu.reporting.FiguresExports;
import org.healthedu.reporting.Measure;
import org.healthedu.reporting.ProjectDashboard;
import org.healthedu.reporting.ProjectDashboard.ChildMonth;
import org.healthedu.reporting.ProjectDashboard.LessonSatisfaction;
import org.healthedu.reporting.ProjectDashboard.Month;
import org.healthedu.reporting.ProjectDashboard.ReportRow;
import org.healthedu.reporting.ProjectDashboard.SessionSatisfaction;
import org.healthedu.reporting.ReportPeriod;
import org.healthedu.reporting.ReportStatus;
import org.healthedu.reporting.TargetProgress;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.UserBean;
import org.primefaces.event.ItemSelectEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The project dashboard ({@code ?projectId=&unitId=}; without a project: a chooser; without a unit: the caller's own):
 * progress toward a target month by month against the linear expected line, attendance rate per month, mean
 * satisfaction by lesson and the completion reports of the latest period by status. A click on a month, a lesson or a
 * status lists the rows behind it; a child unit in those rows opens its own dashboard.
 */
@Named
@ViewScoped
public class ProjectDashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DashboardFigures figures;

    @Inject
    private FiguresExports exports;

    @Inject
    private ProjectService projects;

    @Inject
    private UserBean user;

    private Long projectId;
    private Long unitId;
    private ProjectDashboard dashboard;
    private List<ProjectView> projectChoices;
    private int targetIndex;

    private String drillTitle;
    private List<ChildMonth> childRows;
    private List<SessionSatisfaction> sessionRows;
    private List<ReportRow> reportRows;

    public void open() throws IOException {
        try {
            if (projectId == null) {
                projectChoices = projects.listProjects(null, null, 0, 200).items();
                return;
            }
            if (unitId == null) {
                unitId = user.getCaller().unitId();
            }
            dashboard = figures.dashboard(projectId, unitId);
            targetIndex = 0;
        } catch (DomainException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(e.kind() == DomainException.Kind.NOT_FOUND ? 404 : 403,
                    null);
            faces.responseComplete();
        }
    }

    // --- charts (Chart.js configurations for p:chart) ---

    /** The selected target (null: none computed), whose measure the progress chart follows. */
    public TargetProgress getTarget() {
        List<TargetProgress> targets = getComputedTargets();
        return targets.isEmpty() ? null : targets.get(Math.min(targetIndex, targets.size() - 1));
    }

    public List<TargetProgress> getComputedTargets() {
        return dashboard.targets().stream().filter(t -> t.measure() != null).toList();
    }

    /** The measure the progress chart sums: the target's, or sessions held when there is no target. */
    public Measure getProgressMeasure() {
        TargetProgress target = getTarget();
        Measure measure = target == null ? null : measure(target.measure());
        return measure == null ? Measure.SESSIONS_HELD : measure;
    }

    /**
     * Whether the monthly series carries the target's measure in every month (else only its total so far is shown:
     * above the site a month's small cell of a breakdown is hidden, and a cumulative line would give it away).
     */
    public boolean isProgressMonthly() {
        Measure measure = getProgressMeasure();
        return dashboard.months().stream().allMatch(m -> m.value(measure) != null);
    }

    /** Cumulative achieved per month, and the planned value spread evenly over the project period. */
    public String getProgressChart() {
        TargetProgress target = getTarget();
        Measure measure = getProgressMeasure();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder achieved = Json.createArrayBuilder();
        JsonArrayBuilder expected = Json.createArrayBuilder();
        ReportPeriod project = ReportPeriod.project(dashboard.projectStart(), dashboard.projectEnd());
        long sum = 0;
        boolean monthly = isProgressMonthly();
        List<Month> months = dashboard.months();
        for (int i = 0; i < months.size(); i++) {
            Month m = months.get(i);
            labels.add(YearMonth.from(m.month()).toString());
            Long value = monthly ? m.value(measure) : null;
            if (value != null) {
                sum += value;
                achieved.add(sum);
            } else if (i == months.size() - 1 && target != null && target.achieved() != null) {
                achieved.add(target.achieved());
            } else {
                achieved.addNull();
            }
            if (target != null && target.planned() != null) {
                LocalDate monthEnd = YearMonth.from(m.month()).atEndOfMonth();
                expected.add(Math.round(target.planned() * project.elapsedShare(monthEnd)));
            }
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", FacesMessages.text("pdash.achieved"))
                        .add("data", achieved).add("borderColor", "#0d9488").add("backgroundColor", "#0d9488")
                        .add("spanGaps", true));
        if (target != null && target.planned() != null) {
            datasets.add(Json.createObjectBuilder().add("label", FacesMessages.text("pdash.expectedLine"))
                    .add("data", expected).add("borderColor", "#9ca3af").add("backgroundColor", "#9ca3af")
                    .add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("pointRadius", 0));
        }
        return chart("line", labels, datasets, false, true);
    }

    /** Attendance rate per month (percent), nothing for months without held sessions. */
    public String getAttendanceChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (Month m : dashboard.months()) {
            labels.add(YearMonth.from(m.month()).toString());
            Double rate = m.attendanceRate();
            if (rate == null) {
                values.addNull();
            } else {
                values.add(Math.round(rate * 1000) / 10.0);
            }
        }
        return chart("line", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", FacesMessages.text("pdash.attendanceRate")).add("data", values)
                .add("borderColor", "#3b82f6").add("backgroundColor", "#3b82f6").add("spanGaps", true)),
                true, false);
    }

    /** Mean satisfaction per lesson (curriculum position). */
    public String getSatisfactionChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (LessonSatisfaction l : dashboard.lessons()) {
            labels.add(FacesMessages.text("pdash.lesson", l.position()));
            values.add(Math.round(l.mean() * 100) / 100.0);
        }
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", FacesMessages.text("pdash.satisfaction")).add("data", values)
                .add("backgroundColor", "#6366f1")), false, false);
    }

    /** Completion reports of the latest period by status. */
    public String getCompletenessChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (ReportStatus status : ReportStatus.values()) {
            labels.add(FacesMessages.text("pdash.status." + status.name()));
            values.add(dashboard.completeness().byStatus().getOrDefault(status.name(), 0L));
        }
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", FacesMessages.text("pdash.reports")).add("data", values)
                .add("backgroundColor", Json.createArrayBuilder().add("#9ca3af").add("#3b82f6").add("#f59e0b")
                        .add("#0d9488"))), false, false);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean percent,
            boolean legend) {
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true);
        if (percent) {
            y.add("max", 100);
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", legend)))
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
    }

    // --- drill-downs (a click on a point or bar) ---

    public void selectMonth(ItemSelectEvent event) {
        drillMonth(event.getItemIndex());
    }

    public void selectLesson(ItemSelectEvent event) {
        drillLesson(event.getItemIndex());
    }

    public void selectStatus(ItemSelectEvent event) {
        drillStatus(event.getItemIndex());
    }

    /** The child units' figures in the month at {@code index} (also from the table under the chart). */
    public void drillMonth(int index) {
        if (index < 0 || index >= dashboard.months().size()) {
            return;
        }
        YearMonth month = YearMonth.from(dashboard.months().get(index).month());
        clearDrill();
        childRows = figures.childrenInMonth(projectId, unitId, month);
        drillTitle = FacesMessages.text("pdash.drill.month", month.toString());
    }

    public void drillLesson(int index) {
        if (index < 0 || index >= dashboard.lessons().size()) {
            return;
        }
        LessonSatisfaction lesson = dashboard.lessons().get(index);
        clearDrill();
        sessionRows = figures.lessonSessions(projectId, unitId, lesson.position());
        drillTitle = FacesMessages.text("pdash.drill.lesson", lesson.position(), lesson.titleZh());
    }

    public void drillStatus(int index) {
        if (index < 0 || index >= ReportStatus.values().length) {
            return;
        }
        ReportStatus status = ReportStatus.values()[index];
        clearDrill();
        reportRows = figures.reports(projectId, unitId, status.name());
        drillTitle = FacesMessages.text("pdash.drill.status", FacesMessages.text("pdash.status." + status.name()));
    }

    public List<ReportStatus> getStatuses() {
        return List.of(ReportStatus.values());
    }

    public void clearDrill() {
        drillTitle = null;
        childRows = null;
        sessionRows = null;
        reportRows = null;
    }

    public void changeTarget() {
        clearDrill();
    }

    // --- downloads ---

    public StreamedContent workbook() {
        ReportPeriod period = ReportPeriod.project(dashboard.projectStart(), dashboard.projectEnd());
        byte[] bytes = exports.workbook(projectId, unitId, period, locale());
        return DefaultStreamedContent.builder().name("figures-" + dashboard.projectCode() + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public StreamedContent pdf() {
        ReportPeriod period = ReportPeriod.project(dashboard.projectStart(), dashboard.projectEnd());
        byte[] bytes = exports.pdf(projectId, unitId, period, locale());
        return DefaultStreamedContent.builder().name("figures-" + dashboard.projectCode() + ".pdf")
                .contentType("application/pdf").stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    // --- formatting ---

    public String rate(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }

    public String mean(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    public String measureLabel(Measure measure) {
        // measure.NAME keys are the reporting bundle's; the enum name stands in where one is missing.
        String key = measure.bundleKey();
        String text = FacesMessages.text(key);
        return key.equals(text) ? measure.name() : text;
    }

    private static Measure measure(String name) {
        try {
            return Measure.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    // --- properties ---

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

    public ProjectDashboard getDashboard() {
        return dashboard;
    }

    public List<ProjectView> getProjectChoices() {
        return projectChoices;
    }

    public int getTargetIndex() {
        return targetIndex;
    }

    public void setTargetIndex(int targetIndex) {
        this.targetIndex = targetIndex;
    }

    public String getDrillTitle() {
        return drillTitle;
    }

    public List<ChildMonth> getChildRows() {
        return childRows;
    }

    public List<SessionSatisfaction> getSessionRows() {
        return sessionRows;
    }

    public List<ReportRow> getReportRows() {
        return reportRows;
    }
}
