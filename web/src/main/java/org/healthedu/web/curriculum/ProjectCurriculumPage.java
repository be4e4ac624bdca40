package org.healthedu.web.curriculum;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.healthedu.curriculum.CurriculumDetail;
import org.healthedu.curriculum.CurriculumSummary;
import org.healthedu.project.ProjectService;
import org.healthedu.project.ProjectView;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.Pages;

/**
 * A project's curriculum ({@code ?project=id}, optionally {@code &version=curriculumId} for an earlier version):
 * adopting a template, the current version in the editor, and the list of versions.
 */
@Named
@ViewScoped
public class ProjectCurriculumPage extends CurriculumEditing {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    private ProjectService projects;

    private Long projectParam;
    private Long versionParam;
    private ProjectView project;
    private boolean adoptable;
    private List<CurriculumSummary> versions = List.of();
    private List<CurriculumSummary> templates = List.of();
    private Long templateId;

    public void open() throws IOException {
        if (projectParam == null) {
            Pages.sendNotFound();
            return;
        }
        try {
            project = projects.getProject(projectParam);
            versions = curricula.versions(projectParam);
            if (versionParam != null && versions.stream().anyMatch(v -> v.id() == versionParam)) {
                detail = curricula.curriculum(versionParam);
            } else if (!versions.isEmpty()) {
                detail = curricula.current(projectParam);
            }
            adoptable = detail == null && curricula.canAdopt(projectParam);
            if (adoptable) {
                templates = curricula.templates();
                templateId = templates.isEmpty() ? null : templates.get(0).id();
            }
        } catch (DomainException e) {
            Pages.sendError(e);
        }
    }

    public void adopt() {
        try {
            CurriculumDetail adopted = curricula.adopt(project.id(), templateId);
            detail = adopted;
            adoptable = false;
            versions = curricula.versions(project.id());
            FacesMessages.info("projectCurriculum.adopted", adopted.summary().adoptedFromNameZh());
        } catch (DomainException e) {
            FacesMessages.error(e, "adoptForm:");
        }
    }

    /** After any change in the editor the list of versions may have grown. */
    @Override
    protected void changed() {
        versions = curricula.versions(project.id());
    }

    /** When a version was last changed, in China's time (the users' time zone). */
    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public Long getProjectParam() {
        return projectParam;
    }

    public void setProjectParam(Long projectParam) {
        this.projectParam = projectParam;
    }

    public Long getVersionParam() {
        return versionParam;
    }

    public void setVersionParam(Long versionParam) {
        this.versionParam = versionParam;
    }

    public ProjectView getProject() {
        return project;
    }

    public boolean isAdoptable() {
        return adoptable;
    }

    public List<CurriculumSummary> getVersions() {
        return versions;
    }

    public List<CurriculumSummary> getTemplates() {
        return templates;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }
}
