package org.healthedu.web.cascade;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.healthedu.account.Role;
import org.healthedu.cascade.Headcount;
import org.healthedu.cascade.PeerSessionDraft;
import org.healthedu.cascade.PeerSessionService;
import org.healthedu.cascade.PeerSessionView;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.UserBean;

/**
 * {@code /cascade/peer-sessions.xhtml}: a host's own peer sessions with the plan form and the headcount of each; a
 * supervisor's hosts' sessions with approve and return.
 */
@Named
@ViewScoped
public class PeerSessionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

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
            sessions.plan(new PeerSessionDraft(startsAt, endsAt, place, topic, null, null, expected));
            FacesMessages.info("peer.planned");
            place = null;
            topic = null;
            expected = null;
            refresh();
        } catch (DomainException e) {
            FacesMessages.error(e, "planForm:");
        }
    }

    public void select(PeerSessionView session) {
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
