package org.healthedu.web.feedback;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.healthedu.feedback.AdjustmentDraft;
import org.healthedu.feedback.AdjustmentView;
import org.healthedu.feedback.Adjustments;
import org.healthedu.feedback.FeedbackExports;
import org.healthedu.feedback.FeedbackFigures.QuestionResult;
import org.healthedu.feedback.FeedbackFigures.Results;
import org.healthedu.feedback.FeedbackFigures.TextAnswers;
import org.healthedu.feedback.FeedbackResults;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.LocaleBean;
import org.healthedu.web.shell.PageDownloads;
import org.primefaces.model.StreamedContent;

/**
 * A session's feedback results ({@code feedback/session-results.xhtml?sessionId=}): whoever sees the session. Those
 * who take its roll record adjustments here.
 */
@Named
@ViewScoped
public class SessionResultsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeedbackResults feedback;

    @Inject
    private FeedbackExports exports;

    @Inject
    private Adjustments adjustments;

    @Inject
    private LocaleBean localeBean;

    private Long sessionId;
    private Results results;
    private final TextPaging comments = new TextPaging();
    private List<AdjustmentView> adjustmentList = List.of();
    private boolean canRecord;

    private String description;
    private Long questionId;
    /** The adjustment being changed and the version read, or null when recording a new one. */
    private Long editingId;
    private Long editingVersion;

    public void open() throws IOException {
        try {
            if (sessionId == null) {
                throw DomainException.notFound("session.notFound");
            }
            results = feedback.session(sessionId);
            comments.first(this::answers);
            loadAdjustments();
        } catch (DomainException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(e.kind() == DomainException.Kind.NOT_FOUND ? 404 : 403,
                    null);
            faces.responseComplete();
        }
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
        return feedback.answers(sessionId, search, page);
    }

    public void addAdjustment() {
        try {
            if (editingId == null) {
                adjustments.record(sessionId, new AdjustmentDraft(description, questionId, null));
            } else {
                adjustments.change(editingId, new AdjustmentDraft(description, questionId, editingVersion));
            }
            cancelEdit();
            loadAdjustments();
            FacesMessages.info("feedback.adjustment.saved");
        } catch (DomainException e) {
            FacesMessages.error(e, "adjustmentForm:");
        }
    }

    /** Loads an adjustment into the form; saving then changes it, refused if someone changed it meanwhile. */
    public void edit(AdjustmentView adjustment) {
        editingId = adjustment.id();
        editingVersion = adjustment.version();
        description = adjustment.description();
        questionId = adjustment.questionId();
    }

    public void cancelEdit() {
        editingId = null;
        editingVersion = null;
        description = null;
        questionId = null;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public StreamedContent csv() {
        return PageDownloads.streamed(exports.sessionResponses(sessionId, false, FeedbackTexts.labels(localeBean.getLocale()),
                FeedbackTexts.english(localeBean.getLocale())));
    }

    public StreamedContent xlsx() {
        return PageDownloads.streamed(exports.sessionResponses(sessionId, true, FeedbackTexts.labels(localeBean.getLocale()),
                FeedbackTexts.english(localeBean.getLocale())));
    }

    public StreamedContent pdf() {
        return PageDownloads.streamed(exports.summaryPdf(sessionId, FeedbackTexts.labels(localeBean.getLocale()),
                FeedbackTexts.english(localeBean.getLocale())));
    }

    /** Questions an adjustment may point at: the scales and choices (texts are many answers, not one question). */
    public List<QuestionResult> getQuestions() {
        return results == null ? List.of() : results.questions();
    }

    public String questionText(QuestionResult q) {
        return localeBean.isEnglish() && q.textEn() != null ? q.textEn() : q.textZh();
    }

    private void loadAdjustments() {
        adjustmentList = adjustments.forSession(sessionId);
        canRecord = adjustments.canRecord(sessionId);
    }


    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public Results getResults() {
        return results;
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

    public List<AdjustmentView> getAdjustments() {
        return adjustmentList;
    }

    public boolean isCanRecord() {
        return canRecord;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public void setQuestionId(Long questionId) {
        this.questionId = questionId;
    }
}
