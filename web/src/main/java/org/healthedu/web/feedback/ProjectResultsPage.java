package org.healthedu.web.feedback;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.healthedu.dashboard.ProjectScope;
import org.healthedu.feedback.AdjustmentView;
import org.healthedu.feedback.Adjustments;
import org.healthedu.feedback.FeedbackExports;
import org.healthedu.feedback.FeedbackFigures.CompareRow;
import org.healthedu.feedback.FeedbackFigures.Comparison;
import org.healthedu.feedback.FeedbackFigures.Results;
import org.healthedu.feedback.FeedbackFigures.TextAnswers;
import org.healthedu.feedback.FeedbackResults;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.LocaleBean;
import org.healthedu.web.shell.PageDownloads;
import org.primefaces.model.StreamedContent;

/**
 * A project's feedback results ({@code feedback/results.xhtml?projectId=}, filters {@code siteId}, {@code batchId},
 * {@code lesson}): the figures within the viewer's scope, satisfaction lesson by lesson, batches side by side,
 * trainers for those allowed to compare them, and with a lesson chosen, that lesson's adjustments across batches.
 */
@Named
@ViewScoped
public class ProjectResultsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeedbackResults feedback;

    @Inject
    private FeedbackExports exports;

    @Inject
    private Adjustments adjustments;

    @Inject
    private LocaleBean localeBean;

    private Long projectId;
    private Long siteId;
    private Long batchId;
    private Integer lesson;

    private Results results;
    private List<ProjectScope.Site> sites = List.of();
    private Comparison byBatch;
    private Comparison byLesson;
    private Comparison byTrainer;
    private List<AdjustmentView> lessonAdjustments = List.of();
    private final TextPaging comments = new TextPaging();

    public void open() throws IOException {
        try {
            if (projectId == null) {
                throw DomainException.notFound("project.notFound");
            }
            load();
        } catch (DomainException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(e.kind() == DomainException.Kind.NOT_FOUND ? 404 : 403,
                    null);
            faces.responseComplete();
        }
    }

    private void load() {
        results = feedback.project(projectId, siteId, batchId, lesson, null);
        sites = feedback.sites(projectId);
        byBatch = feedback.compare(projectId, "batch", siteId);
        byLesson = feedback.compare(projectId, "lesson", siteId);
        byTrainer = feedback.canCompareTrainers(projectId) ? feedback.compare(projectId, "trainer", siteId) : null;
        lessonAdjustments = lesson == null ? List.of() : adjustments.forLesson(projectId, lesson, siteId);
        comments.first(this::answers);
    }

    public void searchTexts() {
        comments.first(this::answers);
    }

    public void nextPage() {
        comments.next(this::answers);
    }

    public void previousPage() {
        comments.previous(this::answers);
    }

    public boolean hasNextPage() {
        return comments.hasNext();
    }

    private TextAnswers answers(String search, int page) {
        return feedback.projectAnswers(projectId, siteId, batchId, lesson, null, search, page);
    }

    public TextAnswers getTexts() {
        return comments.texts();
    }

    public int getPage() {
        return comments.page();
    }

    public String getSearch() {
        return comments.search();
    }

    public void setSearch(String search) {
        comments.search(search);
    }

    public StreamedContent csv() {
        return PageDownloads.streamed(exports.projectResponses(projectId, siteId, batchId, lesson, null, false,
                FeedbackTexts.labels(localeBean.getLocale()), FeedbackTexts.english(localeBean.getLocale())));
    }

    public StreamedContent xlsx() {
        return PageDownloads.streamed(exports.projectResponses(projectId, siteId, batchId, lesson, null, true,
                FeedbackTexts.labels(localeBean.getLocale()), FeedbackTexts.english(localeBean.getLocale())));
    }

    /** A bar's width in percent of the scale's top (10 for satisfaction, 5 for the agreement scales). */
    public int width(Double mean, int top) {
        return mean == null ? 0 : (int) Math.round(mean * 100 / top);
    }

    public String label(CompareRow row) {
        return localeBean.isEnglish() && row.labelEn() != null ? row.labelEn() : row.labelZh();
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

    public Long getBatchId() {
        return batchId;
    }

    public void setBatchId(Long batchId) {
        this.batchId = batchId;
    }

    public Integer getLesson() {
        return lesson;
    }

    public void setLesson(Integer lesson) {
        this.lesson = lesson;
    }

    public Results getResults() {
        return results;
    }

    public List<ProjectScope.Site> getSites() {
        return sites;
    }

    public Comparison getByBatch() {
        return byBatch;
    }

    public Comparison getByLesson() {
        return byLesson;
    }

    public Comparison getByTrainer() {
        return byTrainer;
    }

    public List<AdjustmentView> getLessonAdjustments() {
        return lessonAdjustments;
    }
}
