package org.healthedu.web.guidance;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.healthedu.guidance.GuidanceNoteDraft;
import org.healthedu.guidance.GuidanceNoteView;
import org.healthedu.guidance.GuidanceService;
import org.healthedu.session.SessionService;
import org.healthedu.session.SessionView;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;

/**
 * The guidance notes of one session, for the include {@code /WEB-INF/includes/guidance-notes.xhtml} (given the
 * session id as {@code sessionId}) and the standalone page {@code session/guidance.xhtml?id=}. Observers write; whoever
 * sees the session reads.
 */
@Named
@ViewScoped
public class GuidanceNotesPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private GuidanceService guidance;

    @Inject
    private SessionService sessions;

    /** The standalone page's session. */
    private Long id;
    private SessionView session;

    private Long loadedFor;
    private List<GuidanceNoteView> notes = List.of();
    private boolean writer;

    private String observed;
    private String suggestions;

    /** The standalone page: the session must exist and be visible (else the 404 or 403 page). */
    public void open() throws IOException {
        try {
            if (id == null) {
                throw DomainException.notFound("session.notFound");
            }
            session = sessions.get(id);
            load(id);
        } catch (DomainException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(e.kind() == DomainException.Kind.NOT_FOUND ? 404 : 403,
                    null);
            faces.responseComplete();
        }
    }

    public List<GuidanceNoteView> notes(long sessionId) {
        if (loadedFor == null || loadedFor != sessionId) {
            load(sessionId);
        }
        return notes;
    }

    public boolean canWrite(long sessionId) {
        if (loadedFor == null || loadedFor != sessionId) {
            load(sessionId);
        }
        return writer;
    }

    public void add(long sessionId) {
        try {
            guidance.add(sessionId, new GuidanceNoteDraft(observed, suggestions));
            observed = null;
            suggestions = null;
            load(sessionId);
            FacesMessages.info("guidance.saved");
        } catch (DomainException e) {
            FacesMessages.error(e, "guidanceForm:");
        }
    }

    private void load(long sessionId) {
        notes = guidance.list(sessionId);
        writer = guidance.canWrite(sessionId);
        loadedFor = sessionId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SessionView getSession() {
        return session;
    }

    public String getObserved() {
        return observed;
    }

    public void setObserved(String observed) {
        this.observed = observed;
    }

    public String getSuggestions() {
        return suggestions;
    }

    public void setSuggestions(String suggestions) {
        this.suggestions = suggestions;
    }
}
