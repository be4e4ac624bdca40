package org.healthedu.web.attendance;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.healthedu.attendance.AttendanceChangeView;
import org.healthedu.attendance.AttendanceService;
import org.healthedu.attendance.AttendanceStatus;
import org.healthedu.attendance.MarkChange;
import org.healthedu.attendance.MarkEntry;
import org.healthedu.attendance.RollCall;
import org.healthedu.attendance.RollCallConflict;
import org.healthedu.attendance.RollCallEntry;
import org.healthedu.attendance.WalkIn;
import org.healthedu.attendance.WalkInCandidate;
import org.healthedu.enrolment.Gender;
import org.healthedu.enrolment.ParticipantKind;
import org.healthedu.session.SessionView;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.Pages;

/**
 * The roll call of a session ({@code ?id=}), made for a phone: one row per person with four big status buttons and an
 * optional note, "all present" for everyone not marked yet, walk-ins, and one save for everything. Only the marks the
 * trainer changed are sent, each with the version it was read at; when someone else changed one of them meanwhile,
 * nothing is saved, the page says what changed, shows the others' marks and keeps the trainer's other changes, so
 * they can look and save again.
 */
@Named
@ViewScoped
public class RollCallPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AttendanceService attendance;

    private Long idParam;
    private SessionView session;
    private String date;
    private List<Row> rows = new ArrayList<>();
    private List<String> conflictLines = List.of();
    private Set<Long> conflicting = Set.of();
    private String savedText;
    private List<AttendanceChangeView> history = List.of();

    // walk-ins
    private String walkInText;
    private List<WalkInCandidate> candidates = List.of();
    private boolean searched;
    private String newName;
    private ParticipantKind newKind = ParticipantKind.PARENT;
    private Gender newGender;
    private Integer newBirthYear;

    /** One person on the page: what was read, and what the trainer has set. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        private final RollCallEntry read;
        private AttendanceStatus status;
        private String note;

        Row(RollCallEntry read) {
            this.read = read;
            this.status = read.status();
            this.note = read.note();
        }

        public RollCallEntry getRead() {
            return read;
        }

        public long getParticipantId() {
            return read.participantId();
        }

        public AttendanceStatus getStatus() {
            return status;
        }

        public void setStatus(AttendanceStatus status) {
            this.status = status;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note == null || note.isBlank() ? null : note.strip();
        }

        /** Changed on this page and not saved yet. */
        public boolean isChanged() {
            return status != null && (status != read.status() || !Objects.equals(note, read.note()));
        }
    }

    public void open() throws IOException {
        if (idParam == null) {
            Pages.sendNotFound();
            return;
        }
        try {
            show(attendance.rollCall(idParam), Map.of());
            history = attendance.history(idParam);
        } catch (DomainException e) {
            Pages.sendError(e);
        }
    }

    /** Everyone not marked yet is present; the trainer then marks the exceptions. */
    public void allPresent() {
        rows.stream().filter(r -> r.getStatus() == null).forEach(r -> r.setStatus(AttendanceStatus.PRESENT));
        savedText = null;
    }

    public void save() {
        List<MarkEntry> entries = rows.stream().filter(Row::isChanged).map(r -> new MarkEntry(r.getParticipantId(),
                r.getStatus(), r.getNote(), r.read.version(), r.read.walkIn())).toList();
        try {
            RollCall saved = attendance.saveRollCall(session.id(), entries);
            show(saved, Map.of());
            conflictLines = List.of();
            conflicting = Set.of();
            savedText = FacesMessages.text("rollcall.saved", saved.present(), saved.late(), saved.excused(),
                    saved.absent(), saved.unmarked());
            history = attendance.history(session.id());
        } catch (RollCallConflict conflict) {
            savedText = null;
            conflicting = new HashSet<>(conflict.changes().stream().map(MarkChange::participantId).toList());
            conflictLines = RollCallTexts.lines(locale(), conflict.changes());
            FacesMessages.errorText(conflict.messageKey(), conflict.args());
            reloadKeepingChanges();
        } catch (DomainException e) {
            savedText = null;
            FacesMessages.error(e, null);
        }
    }

    /** The marks as saved now, the trainer's unsaved changes kept where nobody else changed the same mark. */
    public void reloadKeepingChanges() {
        Map<Long, Row> pending = new HashMap<>();
        rows.stream().filter(Row::isChanged).filter(r -> !conflicting.contains(r.getParticipantId()))
                .forEach(r -> pending.put(r.getParticipantId(), r));
        show(attendance.rollCall(session.id()), pending);
        history = attendance.history(session.id());
    }

    public void searchWalkIns() {
        candidates = attendance.walkInCandidates(session.id(), walkInText);
        searched = true;
    }

    public void addWalkIn(WalkInCandidate candidate) {
        addWalkIn(new WalkIn(candidate.participantId(), null, null, null, null, AttendanceStatus.PRESENT, null));
    }

    public void createWalkIn() {
        addWalkIn(new WalkIn(null, newName, newKind, newGender, newBirthYear, AttendanceStatus.PRESENT, null));
    }

    private void addWalkIn(WalkIn walkIn) {
        try {
            RollCallEntry added = attendance.addWalkIn(session.id(), walkIn);
            FacesMessages.info("rollcall.walkIn.added", added.displayName());
            candidates = List.of();
            searched = false;
            walkInText = null;
            newName = null;
            newGender = null;
            newBirthYear = null;
            reloadKeepingChanges();
        } catch (DomainException e) {
            FacesMessages.error(e, "walkInForm:");
        }
    }

    private void show(RollCall rollCall, Map<Long, Row> pending) {
        session = rollCall.session();
        date = rollCall.date().toString();
        List<Row> fresh = new ArrayList<>();
        for (RollCallEntry entry : rollCall.entries()) {
            Row row = new Row(entry);
            Row mine = pending.get(entry.participantId());
            if (mine != null) {
                row.setStatus(mine.getStatus());
                row.setNote(mine.getNote());
            }
            fresh.add(row);
        }
        rows = fresh;
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public long count(String status) {
        return rows.stream().filter(r -> status.equals(r.getStatus() == null ? "NONE" : r.getStatus().name()))
                .count();
    }

    public boolean isConflicting(Row row) {
        return conflicting.contains(row.getParticipantId());
    }

    public AttendanceStatus[] getStatuses() {
        return AttendanceStatus.values();
    }

    public ParticipantKind[] getKinds() {
        return ParticipantKind.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public String statusText(AttendanceStatus status) {
        return RollCallTexts.status(locale(), status);
    }

    public Long getIdParam() {
        return idParam;
    }

    public void setIdParam(Long idParam) {
        this.idParam = idParam;
    }

    public SessionView getSession() {
        return session;
    }

    public String getDate() {
        return date;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<String> getConflictLines() {
        return conflictLines;
    }

    public String getSavedText() {
        return savedText;
    }

    public List<AttendanceChangeView> getHistory() {
        return history;
    }

    public String getWalkInText() {
        return walkInText;
    }

    public void setWalkInText(String walkInText) {
        this.walkInText = walkInText;
    }

    public List<WalkInCandidate> getCandidates() {
        return candidates;
    }

    public boolean isSearched() {
        return searched;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public ParticipantKind getNewKind() {
        return newKind;
    }

    public void setNewKind(ParticipantKind newKind) {
        this.newKind = newKind;
    }

    public Gender getNewGender() {
        return newGender;
    }

    public void setNewGender(Gender newGender) {
        this.newGender = newGender;
    }

    public Integer getNewBirthYear() {
        return newBirthYear;
    }

    public void setNewBirthYear(Integer newBirthYear) {
        this.newBirthYear = newBirthYear;
    }
}
