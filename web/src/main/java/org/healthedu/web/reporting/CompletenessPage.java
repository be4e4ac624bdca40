package org.healthedu.web.reporting;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.healthedu.reporting.ProjectChoice;
import org.healthedu.reporting.Completeness;
import org.healthedu.reporting.ReportPeriod;
import org.healthedu.reporting.ReportService;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;

/** Reporting completeness of a project for a period: per level counts and each expected unit's status. */
@Named
@ViewScoped
public class CompletenessPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;

    private Long projectId;
    private String period;
    private Integer depth;
    private Completeness completeness;
    private List<ProjectChoice> projectChoices;

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback() && projectId != null && period != null) {
            show();
        }
    }

    public void show() {
        completeness = null;
        try {
            if (projectId == null) {
                throw DomainException.invalid("project", "error.required");
            }
            ReportPeriod p = ReportPeriod.parse(period);
            if (p == null) {
                throw DomainException.invalid("period", "report.period.invalid");
            }
            completeness = reports.completeness(projectId, p, depth);
        } catch (DomainException e) {
            FacesMessages.error(e, "completenessForm:");
        }
    }

    public List<ProjectChoice> getProjects() {
        if (projectChoices == null) {
            projectChoices = reports.reportableProjects();
        }
        return projectChoices;
    }

    public Completeness getCompleteness() {
        return completeness;
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

    public Integer getDepth() {
        return depth;
    }

    public void setDepth(Integer depth) {
        this.depth = depth;
    }
}
