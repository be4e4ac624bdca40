package org.healthedu.web.reporting;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.healthedu.reporting.ProjectChoice;
import org.healthedu.reporting.ChildReport;
import org.healthedu.reporting.ReportFilter;
import org.healthedu.reporting.ReportPeriod;
import org.healthedu.reporting.ReportService;
import org.healthedu.reporting.ReportStatus;
import org.healthedu.reporting.ReportView;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The reports the caller may see, a page at a time, filtered; and a dialog to start a new one. */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;

    private Long projectId;
    private String period;
    private ReportStatus status;
    private boolean toReview;
    private List<ProjectChoice> projectChoices;

    private Long newProjectId;
    private Long newUnitId;
    private String newPeriod;
    private List<ChildReport> unitChoices = List.of();

    private final LazyDataModel<ReportView> list = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) reports.list(filter(), 0, 1).total();
            } catch (DomainException e) {
                return 0;
            }
        }

        @Override
        public List<ReportView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            try {
                var page = reports.list(filter(), first, pageSize);
                setRowCount((int) page.total());
                return page.items();
            } catch (DomainException e) {
                FacesMessages.error(e, null);
                return List.of();
            }
        }

        @Override
        public String getRowKey(ReportView report) {
            return String.valueOf(report.id());
        }
    };

    private ReportFilter filter() {
        ReportPeriod p = period == null || period.isBlank() ? null : ReportPeriod.parse(period);
        if (period != null && !period.isBlank() && p == null) {
            throw DomainException.invalid("period", "report.period.invalid");
        }
        return new ReportFilter(projectId, null, p, status, toReview);
    }

    public List<ProjectChoice> getProjects() {
        if (projectChoices == null) {
            projectChoices = reports.reportableProjects();
        }
        return projectChoices;
    }

    public void projectChosen() {
        unitChoices = List.of();
        newUnitId = null;
        if (newProjectId != null) {
            try {
                unitChoices = reports.reportingUnits(newProjectId);
            } catch (DomainException e) {
                FacesMessages.error(e, "newForm:");
            }
        }
    }

    public void create() throws IOException {
        try {
            if (newProjectId == null) {
                throw DomainException.invalid("newProject", "error.required");
            }
            if (newUnitId == null) {
                throw DomainException.invalid("newUnit", "error.required");
            }
            ReportPeriod p = ReportPeriod.parse(newPeriod);
            if (p == null) {
                throw DomainException.invalid("newPeriod", "report.period.invalid");
            }
            ReportView created = reports.create(newProjectId, newUnitId, p, null);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            FacesMessages.info("report.done.created");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/reporting/report.xhtml?id=" + created.id());
        } catch (DomainException e) {
            FacesMessages.error(e, "newForm:");
        }
    }

    public ReportStatus[] getStatuses() {
        return ReportStatus.values();
    }

    public LazyDataModel<ReportView> getList() {
        return list;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public void setStatus(ReportStatus status) {
        this.status = status;
    }

    public boolean isToReview() {
        return toReview;
    }

    public void setToReview(boolean toReview) {
        this.toReview = toReview;
    }

    public Long getNewProjectId() {
        return newProjectId;
    }

    public void setNewProjectId(Long newProjectId) {
        this.newProjectId = newProjectId;
    }

    public Long getNewUnitId() {
        return newUnitId;
    }

    public void setNewUnitId(Long newUnitId) {
        this.newUnitId = newUnitId;
    }

    public String getNewPeriod() {
        return newPeriod;
    }

    public void setNewPeriod(String newPeriod) {
        this.newPeriod = newPeriod;
    }

    public List<ChildReport> getUnitChoices() {
        return unitChoices;
    }
}
