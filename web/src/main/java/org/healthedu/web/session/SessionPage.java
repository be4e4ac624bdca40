package org.healthedu.web.session;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.healthedu.session.SegmentLine;
import org.healthedu.session.SessionService;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.Pages;

/**
 * One session ({@code ?id=}): lesson and its segments, time, room, people, courseware, status and reason; for its
 * planners the changes of the calendar's dialog; links to its roll call and sign-in sheet.
 */
@Named
@ViewScoped
public class SessionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SessionService sessions;

    private Long id;
    private final SessionEditing editing = new SessionEditing();
    private List<SegmentLine> segments = List.of();
    private boolean canTakeRoll;

    public void open() throws IOException {
        if (id == null) {
            Pages.sendNotFound();
            return;
        }
        try {
            load();
        } catch (DomainException e) {
            Pages.sendError(e);
        }
    }

    private void load() {
        editing.open(sessions, id);
        segments = sessions.segments(id);
        canTakeRoll = sessions.canTakeRoll(id);
    }

    public void save() {
        if (editing.save(sessions, "sessionForm:")) {
            load();
        }
    }

    public void cancelSession() {
        if (editing.cancel(sessions, "sessionForm:")) {
            load();
        }
    }

    public void postponeSession() {
        if (editing.postpone(sessions, "sessionForm:")) {
            load();
        }
    }

    public void replanSession() {
        if (editing.replan(sessions, "sessionForm:")) {
            load();
        }
    }

    public int getTotalMinutes() {
        return segments.stream().mapToInt(SegmentLine::durationMinutes).sum();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SessionEditing getEditing() {
        return editing;
    }

    public List<SegmentLine> getSegments() {
        return segments;
    }

    public boolean isCanTakeRoll() {
        return canTakeRoll;
    }
}
