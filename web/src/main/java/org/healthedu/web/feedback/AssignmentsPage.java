package org.healthedu.web.feedback;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthedu.feedback.FeedbackAssignmentService;
import org.healthedu.feedback.FormSummary;
import org.healthedu.feedback.ProjectFeedbackForms;
import org.healthedu.project.ProjectService;
import org.healthedu.project.ProjectView;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;

/** Which feedback form each lesson of a project uses: the project's default and per-lesson choices. */
@Named
@ViewScoped
public class AssignmentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeedbackAssignmentService assignments;

    @Inject
    private ProjectService projects;

    private Long projectId;
    private ProjectView project;
    private ProjectFeedbackForms view;
    private List<FormSummary> usable = List.of();
    private String defaultFormId;
    /** The form picked per lesson lineage (as text: the select's value), empty for the project's default. */
    private final Map<Long, String> picked = new HashMap<>();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (projectId == null) {
                throw DomainException.notFound("project.notFound");
            }
            project = projects.getProject(projectId);
            usable = assignments.usableForms(projectId);
            show(assignments.forProject(projectId));
        } catch (DomainException e) {
            faces.getExternalContext().responseSendError(
                    e.kind() == DomainException.Kind.FORBIDDEN ? 403 : 404, "");
            faces.responseComplete();
        }
    }

    private void show(ProjectFeedbackForms shown) {
        view = shown;
        defaultFormId = shown.projectDefault() == null ? null : String.valueOf(shown.projectDefault().id());
        picked.clear();
        for (ProjectFeedbackForms.LessonForm lesson : shown.lessons()) {
            picked.put(lesson.lessonLineageId(), lesson.assigned() == null ? null
                    : String.valueOf(lesson.assigned().id()));
        }
    }

    public void saveDefault() {
        try {
            show(defaultFormId == null || defaultFormId.isBlank() ? assignments.clearDefault(projectId)
                    : assignments.assignDefault(projectId, Long.valueOf(defaultFormId)));
            FacesMessages.info("feedback.builder.assignment.saved");
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public void saveLesson(ProjectFeedbackForms.LessonForm lesson) {
        String formId = picked.get(lesson.lessonLineageId());
        try {
            show(formId == null || formId.isBlank() ? assignments.clearLesson(projectId, lesson.lessonLineageId())
                    : assignments.assignLesson(projectId, lesson.lessonLineageId(), Long.valueOf(formId)));
            FacesMessages.info("feedback.builder.assignment.saved");
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public ProjectView getProject() {
        return project;
    }

    public ProjectFeedbackForms getView() {
        return view;
    }

    public List<FormSummary> getUsable() {
        return usable;
    }

    public String getDefaultFormId() {
        return defaultFormId;
    }

    public void setDefaultFormId(String defaultFormId) {
        this.defaultFormId = defaultFormId;
    }

    public Map<Long, String> getPicked() {
        return picked;
    }
}
