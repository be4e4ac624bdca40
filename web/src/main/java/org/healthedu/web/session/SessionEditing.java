package org.healthedu.web.session;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.healthedu.session.Choice;
import org.healthedu.session.SessionDraft;
import org.healthedu.session.SessionService;
import org.healthedu.session.SessionStatus;
import org.healthedu.session.SessionView;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;

/**
 * One session opened for changes in a dialog (the calendar's, the session page's): its new time, room and lead
 * trainer, an override reason for a coordinator saving despite a conflict, a reason for calling it off. Saves through
 * {@link SessionService} with the version read, so a change made meanwhile by someone else is refused, not lost.
 */
public class SessionEditing implements Serializable {

    private static final long serialVersionUID = 1L;

    private SessionView session;
    private boolean canReschedule;
    private boolean canOverride;
    private List<Choice> lecturers = List.of();
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String room;
    private Long leadTrainerId;
    private String overrideReason;
    private String statusReason;

    /** Opens {@code id}: what the caller may do with it and the values to edit. */
    public void open(SessionService sessions, long id) {
        session = sessions.get(id);
        canReschedule = sessions.canReschedule(id);
        canOverride = canReschedule && sessions.canOverride(id);
        lecturers = canReschedule ? sessions.lecturersOf(id) : List.of();
        startsAt = session.startsAt();
        endsAt = session.endsAt();
        room = session.room();
        leadTrainerId = session.leadTrainerId();
        overrideReason = null;
        statusReason = null;
    }

    public void clear() {
        session = null;
    }

    /** Saves the dialog's time, room and lead trainer; true when saved, else the refusal is on the page. */
    public boolean save(SessionService sessions, String idPrefix) {
        return apply(sessions, idPrefix, startsAt, endsAt, room, leadTrainerId, "schedule.saved");
    }

    /** Moves the session by a drag or resize in the calendar (new start and end, all else kept). */
    public boolean move(SessionService sessions, LocalDateTime newStart, LocalDateTime newEnd) {
        return apply(sessions, null, newStart, newEnd, session.room(), session.leadTrainerId(), "schedule.moved");
    }

    private boolean apply(SessionService sessions, String idPrefix, LocalDateTime start, LocalDateTime end,
            String newRoom, Long lead, String doneKey) {
        try {
            SessionDraft draft = new SessionDraft(session.lessonId(), newRoom, start, end, lead, session.trainerIds(),
                    session.observerIds(), session.coursewareVersionId(), overrideReason);
            session = sessions.revise(session.id(), draft, session.version());
            FacesMessages.info(doneKey, SessionTexts.title(session));
            return true;
        } catch (DomainException e) {
            FacesMessages.error(e, idPrefix);
            return false;
        }
    }

    public boolean cancel(SessionService sessions, String idPrefix) {
        return callOff(sessions, idPrefix, SessionStatus.CANCELLED);
    }

    public boolean postpone(SessionService sessions, String idPrefix) {
        return callOff(sessions, idPrefix, SessionStatus.POSTPONED);
    }

    private boolean callOff(SessionService sessions, String idPrefix, SessionStatus status) {
        try {
            session = status == SessionStatus.CANCELLED
                    ? sessions.cancel(session.id(), statusReason, session.version())
                    : sessions.postpone(session.id(), statusReason, session.version());
            FacesMessages.info("schedule.status.changed", SessionTexts.title(session),
                    FacesMessages.text("sessionStatus." + status.name()));
            return true;
        } catch (DomainException e) {
            FacesMessages.error(e, idPrefix);
            return false;
        }
    }

    /** Plans a called-off session again at the dialog's times. */
    public boolean replan(SessionService sessions, String idPrefix) {
        try {
            session = sessions.replan(session.id(), startsAt, endsAt, overrideReason, session.version());
            FacesMessages.info("schedule.status.changed", SessionTexts.title(session),
                    FacesMessages.text("sessionStatus.PLANNED"));
            return true;
        } catch (DomainException e) {
            FacesMessages.error(e, idPrefix);
            return false;
        }
    }

    public boolean isOpen() {
        return session != null;
    }

    public boolean isCallable() {
        return canReschedule && session != null && session.status() == SessionStatus.PLANNED;
    }

    public boolean isReplannable() {
        return canReschedule && session != null && (session.status() == SessionStatus.POSTPONED
                || session.status() == SessionStatus.CANCELLED);
    }

    public boolean isEditable() {
        return canReschedule && session != null && session.status() != SessionStatus.HELD;
    }

    public SessionView getSession() {
        return session;
    }

    public boolean isCanReschedule() {
        return canReschedule;
    }

    public boolean isCanOverride() {
        return canOverride;
    }

    public List<Choice> getLecturers() {
        return lecturers;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public Long getLeadTrainerId() {
        return leadTrainerId;
    }

    public void setLeadTrainerId(Long leadTrainerId) {
        this.leadTrainerId = leadTrainerId;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }
}
