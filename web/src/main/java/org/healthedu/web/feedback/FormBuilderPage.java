package org.healthedu.web.feedback;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthedu.feedback.Audience;
import org.healthedu.feedback.FeedbackFormService;
import org.healthedu.feedback.FormDefinition;
import org.healthedu.feedback.FormDetail;
import org.healthedu.feedback.FormDraft;
import org.healthedu.feedback.FormSettings;
import org.healthedu.feedback.Measure;
import org.healthedu.feedback.NewForm;
import org.healthedu.feedback.QuestionKind;
import org.healthedu.shared.DomainException;
import org.healthedu.web.i18n.Texts;
import org.healthedu.web.shell.FacesMessages;

/**
 * The form builder: name and audience, sections → questions → choices edited in the page (added, removed, moved)
 * and saved in one go; a live preview as a participant would see it; the version history. Read-only for whoever may
 * not edit the form (templates for coordinators, who copy them instead).
 */
@Named
@ViewScoped
public class FormBuilderPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FIELD = Pattern.compile(
            "sections\\[(\\d+)](?:\\.questions\\[(\\d+)])?(?:\\.choices\\[(\\d+)])?(?:\\.(\\w+))?");

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private FeedbackFormService forms;

    private Long id;
    private FormDetail detail;
    private String nameZh;
    private String nameEn;
    private boolean forParents;
    private boolean forStudents;
    private boolean identified;
    private List<SectionModel> sections = new ArrayList<>();
    private List<SectionModel> shownVersion = List.of();
    private int shownVersionNumber;
    private String saveStatus;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (id == null) {
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        try {
            show(forms.form(id));
        } catch (DomainException e) {
            faces.getExternalContext().responseSendError(
                    e.kind() == DomainException.Kind.FORBIDDEN ? 403 : 404, "");
            faces.responseComplete();
        }
    }

    private void show(FormDetail shown) {
        detail = shown;
        nameZh = shown.summary().nameZh();
        nameEn = shown.summary().nameEn();
        forParents = shown.summary().forParents();
        forStudents = shown.summary().forStudents();
        identified = shown.summary().identified();
        sections = SectionModel.of(shown.definition());
    }

    public void save() {
        int before = detail.definition().versionNumber();
        try {
            FormDetail saved = forms.saveDefinition(id, new FormDraft(detail.version(), nameZh, nameEn, forParents,
                    forStudents, identified, sections.stream().map(SectionModel::draft).toList()));
            show(saved);
            int after = saved.definition().versionNumber();
            saveStatus = after > before ? FacesMessages.text("feedback.builder.savedAsVersion", after)
                    : FacesMessages.text("feedback.builder.savedInPlace");
            FacesMessages.info(after > before ? "feedback.builder.savedAsVersion" : "feedback.builder.savedInPlace",
                    after);
        } catch (DomainException e) {
            showError(e);
        }
    }

    public void archive(boolean archived) {
        try {
            show(forms.changeSettings(id, new FormSettings(detail.version(), null, null, null, null, null,
                    archived)));
            FacesMessages.info(archived ? "feedback.form.archivedDone" : "feedback.form.restored");
        } catch (DomainException e) {
            showError(e);
        }
    }

    /** A read-only form is copied into the caller's unit and the copy opened. */
    public void copy() throws IOException {
        try {
            FormDetail copy = forms.create(new NewForm(null, id, null, null, null, null, null));
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            FacesMessages.info("feedback.form.copied", copy.summary().nameZh());
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/feedback/form.xhtml?id=" + copy.id());
        } catch (DomainException e) {
            showError(e);
        }
    }

    public void showVersion(FormDetail.VersionInfo version) {
        try {
            shownVersion = SectionModel.of(forms.version(id, version.id()));
            shownVersionNumber = version.number();
        } catch (DomainException e) {
            showError(e);
        }
    }

    /** A broken rule, prefixed with where it is ("第 1 部分 · 第 2 题") when it concerns one part of the content. */
    private static void showError(DomainException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Texts.describe(faces.getViewRoot().getLocale(), e);
        Matcher at = e.field() == null ? null : FIELD.matcher(e.field());
        if (at != null && at.matches()) {
            StringBuilder where = new StringBuilder(FacesMessages.text("feedback.builder.at.section",
                    Integer.parseInt(at.group(1)) + 1));
            if (at.group(2) != null) {
                where.append(" · ").append(FacesMessages.text("feedback.builder.at.question",
                        Integer.parseInt(at.group(2)) + 1));
            }
            if (at.group(3) != null) {
                where.append(" · ").append(FacesMessages.text("feedback.builder.at.choice",
                        Integer.parseInt(at.group(3)) + 1));
            }
            if (at.group(4) != null) {
                where.append(" · ").append(FacesMessages.text("feedback.builder.field." + at.group(4)));
            }
            text = where + "：" + text;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    public void addSection() {
        SectionModel section = new SectionModel();
        section.questions.add(new QuestionModel());
        sections.add(section);
    }

    public void removeSection(SectionModel section) {
        sections.remove(section);
    }

    public void moveSection(SectionModel section, int by) {
        move(sections, section, by);
    }

    public void addQuestion(SectionModel section) {
        section.questions.add(new QuestionModel());
    }

    public void removeQuestion(SectionModel section, QuestionModel question) {
        section.questions.remove(question);
    }

    public void moveQuestion(SectionModel section, QuestionModel question, int by) {
        move(section.questions, question, by);
    }

    /** A choice question starts with two empty choices; other kinds have none, and only scales keep a measure. */
    public void kindChanged(QuestionModel question) {
        if (question.kind != null && question.kind.hasChoices()) {
            while (question.choices.size() < 2) {
                question.choices.add(new ChoiceModel());
            }
        } else {
            question.choices.clear();
        }
        if (question.kind == null || !question.kind.isScale()) {
            question.measure = null;
        }
    }

    public void addChoice(QuestionModel question) {
        question.choices.add(new ChoiceModel());
    }

    public void removeChoice(QuestionModel question, ChoiceModel choice) {
        question.choices.remove(choice);
    }

    private static <T> void move(List<T> list, T item, int by) {
        int from = list.indexOf(item);
        int to = from + by;
        if (from >= 0 && to >= 0 && to < list.size()) {
            Collections.swap(list, from, to);
        }
    }

    /** When a version was made, in China's time (where the programme runs). */
    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(CHINA));
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public Measure[] getMeasures() {
        return Measure.values();
    }

    public boolean isEditable() {
        return detail != null && detail.editable();
    }

    public FormDetail getDetail() {
        return detail;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public boolean isForParents() {
        return forParents;
    }

    public void setForParents(boolean forParents) {
        this.forParents = forParents;
    }

    public boolean isForStudents() {
        return forStudents;
    }

    public void setForStudents(boolean forStudents) {
        this.forStudents = forStudents;
    }

    public boolean isIdentified() {
        return identified;
    }

    public void setIdentified(boolean identified) {
        this.identified = identified;
    }

    public List<SectionModel> getSections() {
        return sections;
    }

    public List<SectionModel> getShownVersion() {
        return shownVersion;
    }

    public int getShownVersionNumber() {
        return shownVersionNumber;
    }

    public String getSaveStatus() {
        return saveStatus;
    }

    /** A section being edited. */
    public static class SectionModel implements Serializable {

        private static final long serialVersionUID = 1L;

        private String titleZh;
        private String titleEn;
        private final List<QuestionModel> questions = new ArrayList<>();

        static List<SectionModel> of(FormDefinition definition) {
            List<SectionModel> sections = new ArrayList<>();
            for (FormDefinition.Section s : definition.sections()) {
                SectionModel section = new SectionModel();
                section.titleZh = s.titleZh();
                section.titleEn = s.titleEn();
                for (FormDefinition.Question q : s.questions()) {
                    QuestionModel question = new QuestionModel();
                    question.lineageId = q.lineageId();
                    question.kind = q.kind();
                    question.required = q.required();
                    question.audience = q.audience();
                    question.measure = q.measure();
                    question.textZh = q.textZh();
                    question.textEn = q.textEn();
                    for (FormDefinition.Choice c : q.choices()) {
                        ChoiceModel choice = new ChoiceModel();
                        choice.labelZh = c.labelZh();
                        choice.labelEn = c.labelEn();
                        question.choices.add(choice);
                    }
                    section.questions.add(question);
                }
                sections.add(section);
            }
            return sections;
        }

        FormDraft.SectionDraft draft() {
            return new FormDraft.SectionDraft(titleZh, titleEn, questions.stream().map(QuestionModel::draft).toList());
        }

        public String title(boolean english) {
            return shown(english, titleZh, titleEn);
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

        public List<QuestionModel> getQuestions() {
            return questions;
        }
    }

    /** A question being edited; a new one is a short text question for everyone. */
    public static class QuestionModel implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long lineageId;
        private QuestionKind kind = QuestionKind.SHORT_TEXT;
        private boolean required;
        private Audience audience;
        private Measure measure;
        private String textZh;
        private String textEn;
        private final List<ChoiceModel> choices = new ArrayList<>();

        FormDraft.QuestionDraft draft() {
            return new FormDraft.QuestionDraft(lineageId, kind, required, audience, measure, textZh, textEn,
                    choices.stream().map(c -> new FormDraft.ChoiceDraft(c.labelZh, c.labelEn)).toList());
        }

        public String text(boolean english) {
            return shown(english, textZh, textEn);
        }

        /** The points of a scale, for the preview. */
        public List<Integer> getPoints() {
            List<Integer> points = new ArrayList<>();
            if (kind != null && kind.isScale()) {
                for (int i = kind.min(); i <= kind.max(); i++) {
                    points.add(i);
                }
            }
            return points;
        }

        public Long getLineageId() {
            return lineageId;
        }

        public QuestionKind getKind() {
            return kind;
        }

        public void setKind(QuestionKind kind) {
            this.kind = kind;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public Audience getAudience() {
            return audience;
        }

        public void setAudience(Audience audience) {
            this.audience = audience;
        }

        public Measure getMeasure() {
            return measure;
        }

        public void setMeasure(Measure measure) {
            this.measure = measure;
        }

        public String getTextZh() {
            return textZh;
        }

        public void setTextZh(String textZh) {
            this.textZh = textZh;
        }

        public String getTextEn() {
            return textEn;
        }

        public void setTextEn(String textEn) {
            this.textEn = textEn;
        }

        public List<ChoiceModel> getChoices() {
            return choices;
        }
    }

    /** A choice being edited. */
    public static class ChoiceModel implements Serializable {

        private static final long serialVersionUID = 1L;

        private String labelZh;
        private String labelEn;

        public String label(boolean english) {
            return shown(english, labelZh, labelEn);
        }

        public String getLabelZh() {
            return labelZh;
        }

        public void setLabelZh(String labelZh) {
            this.labelZh = labelZh;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }
    }

    private static String shown(boolean english, String zh, String en) {
        return english && en != null && !en.isBlank() ? en : zh;
    }
}
