package org.healthedu.web.dashboard;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import org.healthedu.completion.BatchCompletion;
import org.healthedu.completion.CertificateService;
import org.healthedu.completion.CompletionService;
import org.healthedu.completion.CompletionView;
import org.healthedu.completion.RuleChanges;
import org.healthedu.completion.RuleView;
import org.healthedu.dashboard.DashboardService;
import org.healthedu.dashboard.Figures.BatchFigures;
import org.healthedu.dashboard.Figures.Dashboard;
import org.healthedu.dashboard.Figures.SessionFigures;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.UserBean;
import org.healthedu.web.shell.PageDownloads;
import org.primefaces.model.StreamedContent;

/**
 * A project's attendance dashboard ({@code ?projectId=}, optionally {@code &projectSiteId=} for one site): the figures
 * within the viewer's scope, charts of rates and sessions, and drill-downs (a site narrows the page; a batch, a
 * lesson or a count lists the sessions or people behind it). Managers edit the completion rule here; those who may
 * read a batch's roster see its completion and download certificates.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DashboardService dashboards;

    @Inject
    private CompletionService completion;

    @Inject
    private CertificateService certificates;

    @Inject
    private UserBean user;

    private Long projectId;
    private Long projectSiteId;
    private Dashboard dashboard;
    private String drillTitle;
    private List<SessionFigures> drill;
    private boolean showAtRisk;
    private boolean showGaps;

    private RuleView rule;
    private boolean ruleEditable;
    private boolean allButOne;
    private Integer minLessons;
    private boolean lateCounts;
    private boolean excusedCounts;

    private BatchCompletion batchCompletion;

    public void open() throws IOException {
        try {
            if (projectId == null) {
                throw DomainException.notFound("project.notFound");
            }
            dashboard = dashboards.dashboard(projectId, projectSiteId);
            rule = completion.rule(projectId);
            ruleEditable = user.isManager() && completion.canChangeRule(projectId);
            editRule();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN && rule == null && dashboard != null) {
                // Sees sites of the project (a county's coordinator) without seeing the project: no rule shown.
                return;
            }
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(e.kind() == DomainException.Kind.NOT_FOUND ? 404 : 403,
                    null);
            faces.responseComplete();
        }
    }

    public void refresh() {
        dashboard = dashboards.dashboard(projectId, projectSiteId);
        if (batchCompletion != null) {
            batchCompletion = completion.batch(batchCompletion.batchId());
        }
    }

    // --- drill-downs ---

    public void drillBatch(BatchFigures batch) {
        drill = dashboards.sessions(projectId, projectSiteId, batch.batchId(), null, null, false);
        drillTitle = FacesMessages.text("dashboard.drill.batch", batch.name());
        closeLists();
    }

    public void drillLesson(int position, String title) {
        drill = dashboards.sessions(projectId, projectSiteId, null, position, "HELD", false);
        drillTitle = FacesMessages.text("dashboard.drill.lesson", position, title);
        closeLists();
    }

    public void drillStatus(String status) {
        drill = dashboards.sessions(projectId, projectSiteId, null, null, status, false);
        drillTitle = FacesMessages.text("dashboard.drill.status", FacesMessages.text("sessionStatus." + status));
        closeLists();
    }

    public void drillUnrecorded() {
        drill = dashboard.heldWithoutAttendance();
        drillTitle = FacesMessages.text("dashboard.unrecorded");
        closeLists();
    }

    public void toggleAtRisk() {
        showAtRisk = !showAtRisk;
        showGaps = false;
        drill = null;
    }

    public void toggleGaps() {
        showGaps = !showGaps;
        showAtRisk = false;
        drill = null;
    }

    private void closeLists() {
        showAtRisk = false;
        showGaps = false;
    }

    public void closeDrill() {
        drill = null;
    }

    // --- completion ---

    public void showCompletion(BatchFigures batch) {
        try {
            batchCompletion = completion.batch(batch.batchId());
        } catch (DomainException e) {
            batchCompletion = null;
            FacesMessages.error(e, null);
        }
    }

    public void closeCompletion() {
        batchCompletion = null;
    }

    public StreamedContent certificatesOfBatch() {
        return PageDownloads.streamed(certificates.batch(batchCompletion.batchId()));
    }

    public StreamedContent certificateOf(CompletionView person) {
        return PageDownloads.streamed(certificates.participant(batchCompletion.batchId(), person.participantId()));
    }


    private void editRule() {
        allButOne = rule.minLessons() == null;
        minLessons = rule.minLessons();
        lateCounts = rule.lateCounts();
        excusedCounts = rule.excusedCounts();
    }

    public void saveRule() {
        try {
            rule = completion.changeRule(projectId, new RuleChanges(allButOne ? null : minLessons, lateCounts,
                    excusedCounts, rule.version()));
            editRule();
            refresh();
            FacesMessages.info("completion.rule.saved");
        } catch (DomainException e) {
            FacesMessages.error(e, "ruleForm:");
        }
    }

    // --- charts (Chart.js configurations for p:chart) ---

    /** Attendance rate per site (several sites) or per batch (one site), as percentages. */
    public String getRateChart() {
        boolean bySite = dashboard.sites().size() > 1;
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        if (bySite) {
            dashboard.sites().stream().limit(40).forEach(s -> {
                labels.add(s.siteNameZh());
                values.add(percent(s.rate()));
            });
        } else {
            dashboard.batches().forEach(b -> {
                labels.add(b.name());
                values.add(percent(b.rate()));
            });
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder()
                .add("label", FacesMessages.text("dashboard.rate"))
                .add("data", values)
                .add("backgroundColor", "#0d9488");
        return chart("bar", labels, Json.createArrayBuilder().add(dataset), true);
    }

    /** Sessions per batch, stacked by status. */
    public String getSessionsChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        dashboard.batches().stream().limit(40).forEach(b -> labels.add(b.name()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(series("sessionStatus.HELD", "#0d9488", BatchFigures::held))
                .add(series("sessionStatus.PLANNED", "#93c5fd", BatchFigures::planned))
                .add(series("sessionStatus.CANCELLED", "#f87171", BatchFigures::cancelled))
                .add(series("sessionStatus.POSTPONED", "#fbbf24", BatchFigures::postponed));
        return chart("bar", labels, datasets, false);
    }

    /** Attendance rate per lesson, as percentages. */
    public String getLessonChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        dashboard.lessons().forEach(l -> {
            labels.add(l.position() + ". " + l.titleZh());
            values.add(percent(l.rate()));
        });
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", FacesMessages.text("dashboard.rate")).add("data", values)
                .add("backgroundColor", "#6366f1")), true);
    }

    private JsonObjectBuilder series(String labelKey, String colour, Function<BatchFigures, Long> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        dashboard.batches().stream().limit(40).forEach(b -> data.add(value.apply(b)));
        return Json.createObjectBuilder().add("label", FacesMessages.text(labelKey)).add("data", data)
                .add("backgroundColor", colour);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean percent) {
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true);
        JsonObjectBuilder x = Json.createObjectBuilder();
        if (percent) {
            y.add("max", 100);
        } else {
            y.add("stacked", true);
            x.add("stacked", true);
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", !percent)))
                        .add("scales", Json.createObjectBuilder().add("y", y).add("x", x)))
                .build().toString();
    }

    private static double percent(Double rate) {
        return rate == null ? 0 : Math.round(rate * 1000) / 10.0;
    }

    /** A rate as the page shows it: 87.5% (or a dash when nobody was expected). */
    public String rate(Double value) {
        return value == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f%%", value * 100);
    }

    // --- accessors ---

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public Long getProjectSiteId() {
        return projectSiteId;
    }

    public void setProjectSiteId(Long projectSiteId) {
        this.projectSiteId = projectSiteId;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public String getDrillTitle() {
        return drillTitle;
    }

    public List<SessionFigures> getDrill() {
        return drill;
    }

    public boolean isShowAtRisk() {
        return showAtRisk;
    }

    public boolean isShowGaps() {
        return showGaps;
    }

    public RuleView getRule() {
        return rule;
    }

    public boolean isRuleEditable() {
        return ruleEditable;
    }

    public boolean isAllButOne() {
        return allButOne;
    }

    public void setAllButOne(boolean allButOne) {
        this.allButOne = allButOne;
    }

    public Integer getMinLessons() {
        return minLessons;
    }

    public void setMinLessons(Integer minLessons) {
        this.minLessons = minLessons;
    }

    public boolean isLateCounts() {
        return lateCounts;
    }

    public void setLateCounts(boolean lateCounts) {
        this.lateCounts = lateCounts;
    }

    public boolean isExcusedCounts() {
        return excusedCounts;
    }

    public void setExcusedCounts(boolean excusedCounts) {
        this.excusedCounts = excusedCounts;
    }

    public BatchCompletion getBatchCompletion() {
        return batchCompletion;
    }
}
