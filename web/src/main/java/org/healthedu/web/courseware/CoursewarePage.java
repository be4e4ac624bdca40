package org.healthedu.web.courseware;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.healthedu.courseware.CoursewareAction;
import org.healthedu.courseware.CoursewareDetail;
import org.healthedu.courseware.CoursewareEventKind;
import org.healthedu.courseware.CoursewareEventView;
import org.healthedu.courseware.CoursewareItemView;
import org.healthedu.courseware.CoursewareProject;
import org.healthedu.courseware.CoursewareService;
import org.healthedu.courseware.CoursewareStatus;
import org.healthedu.courseware.CoursewareTransition;
import org.healthedu.courseware.CoursewareVersionView;
import org.healthedu.courseware.LessonCourseware;
import org.healthedu.file.FilePolicy;
import org.healthedu.project.ProjectSiteView;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.LocaleBean;
import org.healthedu.web.shell.PageDownloads;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The courseware of a project ({@code ?project=id}, optionally {@code &site=id&courseware=id}): the lessons at one
 * site with their courseware status, and one courseware opened with its versions, files and links, the workflow steps
 * the caller may take (the service decides; buttons only show what it allows), comments and the history.
 */
@Named
@ViewScoped
public class CoursewarePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private CoursewareService service;

    @Inject
    private LocaleBean locale;

    private Long projectId;
    private Long siteId;
    private Long coursewareId;

    private CoursewareProject project;
    private List<LessonCourseware> lessons = List.of();
    private CoursewareDetail detail;
    private Integer selectedNumber;

    private String comment;
    private String linkTitle;
    private String linkUrl;

    /** Loads the page; a project the caller does not see is a 403 page, an unknown one a 404. */
    public void load() throws IOException {
        if (project != null) {
            return;
        }
        try {
            if (projectId == null) {
                throw DomainException.notFound("project.notFound", "");
            }
            project = service.project(projectId);
            if (siteId == null || project.sites().stream().noneMatch(s -> s.siteId() == siteId)) {
                siteId = project.sites().isEmpty() ? null : project.sites().get(0).siteId();
            }
            if (coursewareId != null) {
                detail = service.get(coursewareId);
                if (detail.courseware().projectId() != projectId) {
                    throw DomainException.notFound("courseware.notFound", coursewareId);
                }
                siteId = detail.courseware().siteId();
                selectedNumber = detail.latest().number();
            }
            reloadLessons();
        } catch (DomainException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(e.kind() == DomainException.Kind.NOT_FOUND ? 404 : 403,
                    null);
            faces.responseComplete();
        }
    }

    public void changeSite() {
        detail = null;
        selectedNumber = null;
        reloadLessons();
    }

    public void open(LessonCourseware row) {
        try {
            show(service.get(row.courseware().id()));
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public void start(LessonCourseware row) {
        try {
            show(service.start(projectId, siteId, row.lesson().id()));
            FacesMessages.info("courseware.started", row.lesson().position());
            reloadLessons();
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public void selectVersion(int number) {
        selectedNumber = number;
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        CoursewareVersionView version = getSelected();
        try {
            service.uploadFile(detail.courseware().id(), version.number(), file.getFileName(), file.getContent(),
                    null, version.version());
            FacesMessages.info("courseware.file.added", file.getFileName());
            refresh();
        } catch (DomainException e) {
            FacesMessages.error(e, "coursewareForm:");
            refreshQuietly();
        }
    }

    public void addLink() {
        CoursewareVersionView version = getSelected();
        try {
            service.addVideoLink(detail.courseware().id(), version.number(), linkTitle, linkUrl, version.version());
            FacesMessages.info("courseware.link.added", linkTitle.strip());
            linkTitle = null;
            linkUrl = null;
            refresh();
        } catch (DomainException e) {
            FacesMessages.error(e, "coursewareForm:link-");
        }
    }

    public void removeItem(CoursewareItemView item) {
        CoursewareVersionView version = getSelected();
        try {
            service.removeItem(detail.courseware().id(), version.number(), item.id(), version.version());
            FacesMessages.info("courseware.item.removed", item.title());
            refresh();
        } catch (DomainException e) {
            FacesMessages.error(e, null);
            refreshQuietly();
        }
    }

    /** Takes a workflow step on the version shown, with the text in the comment box as its comment. */
    public void step(String transitionName) {
        CoursewareTransition transition = CoursewareTransition.valueOf(transitionName);
        CoursewareVersionView version = getSelected();
        try {
            show(service.step(detail.courseware().id(), version.number(), transition, comment, version.version()));
            FacesMessages.info("courseware.stepped." + transition.name(), version.number());
            comment = null;
            reloadLessons();
        } catch (DomainException e) {
            FacesMessages.error(e, "coursewareForm:");
            refreshQuietly();
        }
    }

    public void startNextVersion() {
        CoursewareVersionView version = getSelected();
        try {
            show(service.startNextVersion(detail.courseware().id(), version.number(), version.version()));
            FacesMessages.info("courseware.versionStarted", getSelected().number());
            reloadLessons();
        } catch (DomainException e) {
            FacesMessages.error(e, null);
            refreshQuietly();
        }
    }

    public void postComment() {
        try {
            service.comment(detail.courseware().id(), getSelected().number(), comment);
            FacesMessages.info("courseware.commented");
            comment = null;
            refresh();
        } catch (DomainException e) {
            FacesMessages.error(e, "coursewareForm:");
        }
    }

    /** The file, for a PrimeFaces download; checked again by the service (who may see the courseware). */
    public StreamedContent download(CoursewareItemView item) {
        return PageDownloads.streamed(service.download(item.fileId()));
    }

    private void show(CoursewareDetail shown) {
        detail = shown;
        coursewareId = shown.courseware().id();
        selectedNumber = shown.latest().number();
    }

    private void refresh() {
        int keep = selectedNumber == null ? 0 : selectedNumber;
        detail = service.get(detail.courseware().id());
        selectedNumber = detail.version(keep) != null ? keep : detail.latest().number();
        reloadLessons();
    }

    /** After a refused change: show what is stored now (someone else may have moved it on). */
    private void refreshQuietly() {
        try {
            refresh();
        } catch (DomainException ignored) {
            // the refusal already says what went wrong
        }
    }

    private void reloadLessons() {
        lessons = siteId == null ? List.of() : service.lessonsAt(projectId, siteId);
    }

    // ---------------------------------------------------------------- for the page

    public CoursewareVersionView getSelected() {
        if (detail == null) {
            return null;
        }
        CoursewareVersionView version = selectedNumber == null ? null : detail.version(selectedNumber);
        return version != null ? version : detail.latest();
    }

    public boolean allows(CoursewareVersionView version, String action) {
        return version != null && version.allowedActions().contains(CoursewareAction.valueOf(action));
    }

    /** PrimeFaces tag severity of a status: work in progress, waiting, final, sent back. */
    public String severity(CoursewareStatus status) {
        if (status == null) {
            return "secondary";
        }
        return switch (status) {
            case DRAFT -> "secondary";
            case LECTURER_REVIEW -> "info";
            case SUBMITTED -> "warning";
            case APPROVED -> "success";
            case RETURNED -> "danger";
        };
    }

    public String eventIcon(CoursewareEventKind kind) {
        return switch (kind) {
            case CREATED, NEW_VERSION -> "pi pi-file";
            case ITEM_ADDED -> "pi pi-plus";
            case ITEM_REMOVED -> "pi pi-minus";
            case SUBMIT_FOR_REVIEW, SUBMIT -> "pi pi-send";
            case APPROVE -> "pi pi-check";
            case RETURN -> "pi pi-replay";
            case WITHDRAW -> "pi pi-undo";
            case COMMENT -> "pi pi-comment";
        };
    }

    /** Newest first, as a timeline reads best. */
    public List<CoursewareEventView> getTimeline() {
        if (detail == null) {
            return List.of();
        }
        List<CoursewareEventView> events = new ArrayList<>(detail.history());
        Collections.reverse(events);
        return events;
    }

    /** A moment as the users read it: date and minute in the server's zone (China Standard Time). */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZoneId.systemDefault()));
    }

    public String size(Long bytes) {
        if (bytes == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale.getLocale());
        number.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return number.format(bytes) + " B";
        }
        if (bytes < FilePolicy.MIB) {
            return number.format(bytes / 1024.0) + " KB";
        }
        return number.format(bytes / (double) FilePolicy.MIB) + " MB";
    }

    public String getAcceptedTypes() {
        return FilePolicy.COURSEWARE.extensions();
    }

    public long getMaxBytes() {
        return FilePolicy.COURSEWARE.maxBytes();
    }

    public long getMaxMib() {
        return FilePolicy.COURSEWARE.maxMib();
    }

    public ProjectSiteView getSite() {
        if (project == null || siteId == null) {
            return null;
        }
        return project.sites().stream().filter(s -> s.siteId() == siteId).findFirst().orElse(null);
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public Long getCoursewareId() {
        return coursewareId;
    }

    public void setCoursewareId(Long coursewareId) {
        this.coursewareId = coursewareId;
    }

    public CoursewareProject getProject() {
        return project;
    }

    public List<LessonCourseware> getLessons() {
        return lessons;
    }

    public CoursewareDetail getDetail() {
        return detail;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getLinkTitle() {
        return linkTitle;
    }

    public void setLinkTitle(String linkTitle) {
        this.linkTitle = linkTitle;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }
}
