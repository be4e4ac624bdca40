package org.healthedu.web.cascade;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Base64;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.healthedu.account.Role;
import org.healthedu.cascade.Headcount;
import org.healthedu.cascade.PeerFeedbackLink;
import org.healthedu.cascade.PeerSessionDraft;
import org.healthedu.cascade.PeerSessionNote;
import org.healthedu.cascade.PeerSessionStatus;
import org.healthedu.cascade.PeerSessionService;
import org.healthedu.cascade.PeerSessionView;
import org.healthedu.session.SessionTime;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.pdf.QrCodes;
import org.healthedu.web.checkin.CheckInLinks;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.UserBean;

/**
 * {@code /cascade/peer-sessions.xhtml}: a host's own peer sessions with the plan form (which also changes a plan not
 * yet approved) and the headcount of each; a supervisor's hosts' sessions with approve and return; for both, a
 * session's feedback link with its QR code and the plan's history.
 */
@Named
@ViewScoped
public class PeerSessionsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private PeerSessionService sessions;

    @Inject
    private UserBean user;

    private List<PeerSessionView> list;
    private String day;
    private String start = "19:00";
    private String end = "20:30";
    private String place;
    private String topic;
    private Integer expected;
    private Long selectedId;
    private Integer total;
    private Integer female;
    private Integer male;
    private String comment;
    /** What the panel under the list shows for the selected session: record, return, feedback or notes. */
    private String mode;
    /** The session whose plan the form above changes (null: the form plans a new one). */
    private Long editingId;
    private PeerFeedbackLink feedback;
    private String feedbackUrl;
    private String feedbackQr;
    private List<PeerSessionNote> notes;

    public void load() {
        if (list == null) {
            refresh();
        }
    }

    private void refresh() {
        list = sessions.list(isHost() ? "mine" : "supervised", 0, 200).items();
    }

    public boolean isHost() {
        return user.getCaller() != null && user.getCaller().role() == Role.HOST;
    }

    public void plan() {
        LocalDateTime startsAt;
        LocalDateTime endsAt;
        try {
            LocalDate date = LocalDate.parse(day == null ? "" : day.strip());
            startsAt = date.atTime(LocalTime.parse(start == null ? "" : start.strip()));
            endsAt = date.atTime(LocalTime.parse(end == null ? "" : end.strip()));
        } catch (DateTimeParseException e) {
            FacesMessages.errorText("peer.period");
            return;
        }
        try {
            if (editingId != null) {
                PeerSessionView before = sessions.get(editingId);
                sessions.edit(editingId, new PeerSessionDraft(startsAt, endsAt, place, topic, before.lessonId(),
                        before.coursewareVersionId(), expected));
                FacesMessages.info(before.status() == PeerSessionStatus.RETURNED ? "peer.resubmitted" : "peer.edited");
                editingId = null;
            } else {
                sessions.plan(new PeerSessionDraft(startsAt, endsAt, place, topic, null, null, expected));
                FacesMessages.info("peer.planned");
            }
            place = null;
            topic = null;
            expected = null;
            refresh();
        } catch (DomainException e) {
            FacesMessages.error(e, "planForm:");
        }
    }

    /** Fills the plan form with a plan to change (planned, or returned by the supervisor). */
    public void edit(PeerSessionView session) {
        editingId = session.id();
        day = session.startsAt().toLocalDate().toString();
        start = session.startsAt().toLocalTime().toString();
        end = session.endsAt().toLocalTime().toString();
        place = session.place();
        topic = session.topic();
        expected = session.expectedAudience();
        selectedId = null;
    }

    public void stopEditing() {
        editingId = null;
        place = null;
        topic = null;
        expected = null;
    }

    /** Shows the session's public feedback link and its QR code. */
    public void showFeedback(PeerSessionView session) {
        select(session, "feedback");
        try {
            feedback = sessions.feedbackLink(session.id());
            feedbackUrl = CheckInLinks.feedbackBase((HttpServletRequest) FacesContext.getCurrentInstance()
                    .getExternalContext().getRequest()) + feedback.token();
            feedbackQr = "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(feedbackUrl, 360));
        } catch (DomainException e) {
            selectedId = null;
            FacesMessages.error(e, "listForm:");
        }
    }

    /** Shows what the supervisor and the host said about the plan, oldest first. */
    public void showNotes(PeerSessionView session) {
        select(session, "notes");
        try {
            notes = sessions.notes(session.id());
        } catch (DomainException e) {
            selectedId = null;
            FacesMessages.error(e, "listForm:");
        }
    }

    public void select(PeerSessionView session) {
        select(session, isHost() ? "record" : "return");
    }

    private void select(PeerSessionView session, String shown) {
        mode = shown;
        selectedId = session.id();
        total = null;
        female = null;
        male = null;
        comment = null;
    }

    public void record() {
        try {
            sessions.record(selectedId, new Headcount(total, female, male));
            FacesMessages.info("peer.recorded");
            selectedId = null;
            refresh();
        } catch (DomainException e) {
            FacesMessages.error(e, "listForm:");
        }
    }

    public void approve(PeerSessionView session) {
        try {
            sessions.approve(session.id(), comment);
            FacesMessages.info("peer.approvedDone");
            comment = null;
            refresh();
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public void returnPlan() {
        try {
            sessions.returnPlan(selectedId, comment);
            FacesMessages.info("peer.returnedDone");
            selectedId = null;
            comment = null;
            refresh();
        } catch (DomainException e) {
            FacesMessages.error(e, "listForm:");
        }
    }

    /** Whether the host may change this plan now (not yet approved: planned, or returned to them). */
    public boolean editable(PeerSessionView s) {
        return s.status() == PeerSessionStatus.PLANNED || s.status() == PeerSessionStatus.RETURNED;
    }

    /** Whether the session takes feedback at all (a returned or cancelled one does not). */
    public boolean takesFeedback(PeerSessionView s) {
        return s.status() == PeerSessionStatus.PLANNED || s.status() == PeerSessionStatus.APPROVED
                || s.status() == PeerSessionStatus.HELD;
    }

    public String getMode() {
        return mode;
    }

    public Long getEditingId() {
        return editingId;
    }

    public PeerFeedbackLink getFeedback() {
        return feedback;
    }

    public String getFeedbackUrl() {
        return feedbackUrl;
    }

    public String getFeedbackQr() {
        return feedbackQr;
    }

    /** When a note was written, in China time. */
    public String when(PeerSessionNote note) {
        return WHEN.format(SessionTime.local(note.at()));
    }

    public List<PeerSessionNote> getNotes() {
        return notes;
    }

    /** Whether the host may record this one now (approved, or planned where no approval is needed). */
    public boolean recordable(PeerSessionView s) {
        return s.status() == org.healthedu.cascade.PeerSessionStatus.APPROVED
                || (s.status() == org.healthedu.cascade.PeerSessionStatus.PLANNED && !s.approvalRequired());
    }

    public List<PeerSessionView> getList() {
        return list;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public Integer getExpected() {
        return expected;
    }

    public void setExpected(Integer expected) {
        this.expected = expected;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public Integer getTotal() {
        return total;
    }

    public void setTotal(Integer total) {
        this.total = total;
    }

    public Integer getFemale() {
        return female;
    }

    public void setFemale(Integer female) {
        this.female = female;
    }

    public Integer getMale() {
        return male;
    }

    public void setMale(Integer male) {
        this.male = male;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
