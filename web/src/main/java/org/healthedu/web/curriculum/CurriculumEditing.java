package org.healthedu.web.curriculum;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.function.Supplier;
import org.healthedu.curriculum.CurriculumDetail;
import org.healthedu.curriculum.CurriculumService;
import org.healthedu.curriculum.LessonView;
import org.healthedu.curriculum.SegmentDraft;
import org.healthedu.curriculum.SegmentView;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;
import org.primefaces.PrimeFaces;

/**
 * The lesson-and-segment editor shared by the template page and the project curriculum page
 * ({@code /WEB-INF/includes/curriculum-editor.xhtml}). Every change names the version shown; when the version shown
 * is in use, the service saves the change as the next version, which the page then shows.
 */
public abstract class CurriculumEditing implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected CurriculumService curricula;

    protected CurriculumDetail detail;

    // the dialogs' fields
    private Long lessonId;
    private Long segmentId;
    private String titleZh;
    private String titleEn;
    private String objectives;
    private Integer durationMinutes;
    private String nameZh;
    private String nameEn;
    private String description;

    /** Shows the curriculum as saved, telling the user when the change became a new version. */
    private boolean saved(Supplier<CurriculumDetail> change, String dialog, String idPrefix) {
        try {
            CurriculumDetail before = detail;
            detail = change.get();
            if (before != null && before.id() != detail.id()) {
                FacesMessages.info("curriculum.savedAsVersion", detail.summary().versionNo());
            } else {
                FacesMessages.info("curriculum.saved");
            }
            changed();
            if (dialog != null) {
                PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
            }
            return true;
        } catch (DomainException e) {
            FacesMessages.error(e, idPrefix);
            return false;
        }
    }

    /** Called after every saved change (a page may show more than the curriculum, e.g. its versions). */
    protected void changed() {
    }

    private long expected() {
        return detail.summary().version();
    }

    public void startEditInfo() {
        nameZh = detail.summary().nameZh();
        nameEn = detail.summary().nameEn();
        description = detail.summary().description();
    }

    public void saveInfo() {
        saved(() -> curricula.describe(detail.id(), nameZh, nameEn, description, expected()), "infoDialog",
                "infoForm:");
    }

    public void startAddLesson() {
        lessonId = null;
        titleZh = null;
        titleEn = null;
    }

    public void startEditLesson(LessonView lesson) {
        lessonId = lesson.id();
        titleZh = lesson.titleZh();
        titleEn = lesson.titleEn();
    }

    public void saveLesson() {
        saved(() -> lessonId == null
                ? curricula.addLesson(detail.id(), titleZh, titleEn, null, expected())
                : curricula.retitleLesson(detail.id(), lessonId, titleZh, titleEn, expected()),
                "lessonDialog", "lessonForm:");
    }

    public void moveLesson(LessonView lesson, int by) {
        saved(() -> curricula.moveLesson(detail.id(), lesson.id(), lesson.position() + by, expected()), null, null);
    }

    public void removeLesson(LessonView lesson) {
        saved(() -> curricula.removeLesson(detail.id(), lesson.id(), expected()), null, null);
    }

    public void startAddSegment(LessonView lesson) {
        lessonId = lesson.id();
        segmentId = null;
        titleZh = null;
        titleEn = null;
        objectives = null;
        durationMinutes = null;
    }

    public void startEditSegment(SegmentView segment) {
        lessonId = segment.lessonId();
        segmentId = segment.id();
        titleZh = segment.titleZh();
        titleEn = segment.titleEn();
        objectives = segment.objectives();
        durationMinutes = segment.durationMinutes();
    }

    public void saveSegment() {
        SegmentDraft draft = new SegmentDraft(titleZh, titleEn, objectives, durationMinutes);
        saved(() -> segmentId == null
                ? curricula.addSegment(detail.id(), lessonId, draft, null, expected())
                : curricula.describeSegment(detail.id(), segmentId, draft, expected()),
                "segmentDialog", "segmentForm:");
    }

    public void moveSegment(SegmentView segment, int by) {
        saved(() -> curricula.moveSegment(detail.id(), segment.id(), null, segment.position() + by, expected()), null,
                null);
    }

    public void removeSegment(SegmentView segment) {
        saved(() -> curricula.removeSegment(detail.id(), segment.id(), expected()), null, null);
    }

    /** "第 2 版" / "Version 2". */
    public String versionLabel(int versionNo) {
        return FacesMessages.text("curriculum.version", versionNo);
    }

    public CurriculumDetail getDetail() {
        return detail;
    }

    public boolean isEditable() {
        return detail != null && detail.editable();
    }

    public boolean isSegmentMode() {
        return segmentId != null;
    }

    public boolean isNewLesson() {
        return lessonId == null;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
