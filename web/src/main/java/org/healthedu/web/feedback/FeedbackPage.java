package org.healthedu.web.feedback;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthedu.feedback.AnswerCheck;
import org.healthedu.feedback.Audience;
import org.healthedu.feedback.FeedbackCollector;
import org.healthedu.feedback.FeedbackTokens;
import org.healthedu.feedback.FeedbackWindow;
import org.healthedu.feedback.FormDefinition;
import org.healthedu.feedback.PublicForm;
import org.healthedu.feedback.Receipt;
import org.healthedu.feedback.Submission;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;

/**
 * The public feedback form ({@code /feedback.xhtml?s=<link token>&t=<ticket>}), on a phone and without an account:
 * who answers (when the form is for parents and students), the questions, a thank-you. The submission key is made once
 * per shown form, so a double tap, a resend or the back button stores one response. Answers are checked here first
 * (every problem shown next to its question, what was typed kept) and again by the service.
 */
@Named
@ViewScoped
public class FeedbackPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeedbackCollector collector;

    private String token;
    private String ticket;
    private PublicForm form;
    private Audience audience;
    private String submissionKey;
    /** The device token this view answers with: the cookie's, or the one given with this page. */
    private String device;
    private final Map<Long, Input> inputs = new HashMap<>();
    private List<SectionInput> sections = List.of();
    private Receipt receipt;

    /** What one question's answer is while it is being typed (strings: nothing to convert, nothing lost). */
    public static final class Input implements Serializable {

        private static final long serialVersionUID = 1L;
        private final FormDefinition.Question question;
        private String value;
        private String[] choices = new String[0];
        private String error;

        Input(FormDefinition.Question question) {
            this.question = question;
        }

        public FormDefinition.Question getQuestion() {
            return question;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String[] getChoices() {
            return choices;
        }

        public void setChoices(String[] choices) {
            this.choices = choices == null ? new String[0] : choices;
        }

        public String getError() {
            return error;
        }

        Submission.Answer answer() {
            Long id = question.id();
            return switch (question.kind()) {
                case LIKERT5, RATING10 -> new Submission.Answer(id, number(value), null, null);
                case SINGLE_CHOICE -> new Submission.Answer(id, null, value == null ? null : List.of(id(value)),
                        null);
                case MULTIPLE_CHOICE -> new Submission.Answer(id, null,
                        java.util.Arrays.stream(choices).map(Input::id).toList(), null);
                case SHORT_TEXT, LONG_TEXT -> new Submission.Answer(id, null, null, value);
            };
        }

        private static Integer number(String text) {
            try {
                return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                return Integer.MIN_VALUE; // reported as out of range
            }
        }

        private static Long id(String text) {
            try {
                return Long.valueOf(text.strip());
            } catch (NumberFormatException e) {
                return -1L; // reported as not a choice of the question
            }
        }
    }

    /** A section with its questions' inputs. */
    public record SectionInput(FormDefinition.Section section, List<Input> inputs) implements Serializable {
    }

    public void open() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        device = DeviceCookie.read(request);
        if (device == null) {
            device = FeedbackTokens.secret();
            ((HttpServletResponse) external.getResponse()).addHeader("Set-Cookie",
                    DeviceCookie.header(request, device));
        }
        submissionKey = UUID.randomUUID().toString();
        load(null);
    }

    private void load(Audience who) {
        try {
            form = collector.form(token, who == null ? null : who.name(), client());
            audience = form.audience();
            sections = new ArrayList<>();
            if (form.form() != null) {
                for (FormDefinition.Section s : form.form().sections()) {
                    sections.add(new SectionInput(s, s.questions().stream()
                            .map(q -> inputs.computeIfAbsent(q.id(), k -> new Input(q))).toList()));
                }
            }
        } catch (DomainException e) {
            form = null;
            FacesMessages.error(e, null);
        }
    }

    /** "I am a parent / a student": the questions for them. */
    public void choose(String who) {
        load(Audience.valueOf(who));
    }

    public void submit() {
        if (form == null || form.form() == null || receipt != null || audience == null) {
            return;
        }
        List<Input> shown = sections.stream().flatMap(s -> s.inputs().stream()).toList();
        List<Submission.Answer> answers = shown.stream().map(Input::answer).toList();
        shown.forEach(i -> i.error = null);
        AnswerCheck.Result checked = AnswerCheck.check(form.form(), audience, answers);
        if (!checked.ok()) {
            for (AnswerCheck.Issue issue : checked.issues()) {
                Input input = issue.questionId() == null ? null : inputs.get(issue.questionId());
                if (input != null && input.error == null) {
                    input.error = FacesMessages.text(issue.messageKey(), issue.args());
                }
            }
            FacesMessages.errorText("feedback.public.fix");
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String cookie = DeviceCookie.read(request);
        try {
            receipt = collector.submit(token, new Submission(submissionKey, audience.name(),
                    ticket == null || ticket.isBlank() ? null : ticket, form.form().versionId(), answers),
                    cookie != null ? cookie : device, client(),
                    FacesContext.getCurrentInstance().getViewRoot().getLocale().toLanguageTag());
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    /** Which state the page shows: gone (no form), notYet, closed, notOn, audience, questions or thanks. */
    public String getStep() {
        if (receipt != null) {
            return "thanks";
        }
        if (form == null) {
            return "gone";
        }
        if (form.state() != FeedbackWindow.OPEN) {
            return switch (form.state()) {
                case NOT_YET -> "notYet";
                case CLOSED -> "closed";
                default -> "notOn";
            };
        }
        return audience == null ? "audience" : "questions";
    }

    private static String client() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    public String getS() {
        return token;
    }

    public void setS(String s) {
        this.token = s;
    }

    public String getT() {
        return ticket;
    }

    public void setT(String t) {
        this.ticket = t;
    }

    public PublicForm getForm() {
        return form;
    }

    public Audience getAudience() {
        return audience;
    }

    public List<SectionInput> getSections() {
        return sections;
    }

    public Receipt getReceipt() {
        return receipt;
    }
}
