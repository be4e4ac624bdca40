package org.healthedu.web.session;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.healthedu.session.CalendarChoices;
import org.healthedu.session.Choice;
import org.healthedu.session.GeneratedPlan;
import org.healthedu.session.GenerationRequest;
import org.healthedu.session.SessionConflict;
import org.healthedu.session.SessionFilter;
import org.healthedu.session.SessionService;
import org.healthedu.session.SessionStatus;
import org.healthedu.session.SessionTime;
import org.healthedu.session.SessionView;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.web.i18n.Texts;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.Pages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * The session calendar ({@code ?project=&site=&batch=&trainer=&date=}): the sessions the caller sees in the visible
 * range, loaded lazily, coloured by status. Clicking one opens it in a dialog to reschedule or call it off; dragging or
 * resizing reschedules it (a refusal is shown and the calendar redrawn as it was). With a batch chosen, its planners
 * may generate the rest of its sessions from a recurrence.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A calendar range never holds more sessions than this (a month of a city's sessions fits). */
    private static final int MAX_EVENTS = 1000;

    @Inject
    private SessionService sessions;

    private Long projectId;
    private Long siteId;
    private Long batchId;
    private Long trainerId;
    private LocalDate date;
    private CalendarChoices choices = new CalendarChoices(List.of(), List.of(), List.of(), List.of());
    private final SessionEditing editing = new SessionEditing();

    // generating a batch's plan
    private boolean canGenerate;
    private List<Choice> batchLecturers = List.of();
    private LocalDate firstDate;
    private List<String> weekdays = new ArrayList<>();
    private Integer intervalWeeks = 1;
    private LocalTime startTime = LocalTime.of(9, 30);
    private Integer durationMinutes;
    private String genRoom;
    private Long genLeadTrainerId;
    /** What the multiple-date picker gives: LocalDate, or Date/String where it cannot tell the element type. */
    private List<Serializable> skipDates = new ArrayList<>();
    private String genOverrideReason;
    private GeneratedPlan proposal;

    private final LazyScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            SessionFilter filter = new SessionFilter(projectId, batchId, siteId, trainerId, null, start.toLocalDate(),
                    end.toLocalDate());
            int offset = 0;
            while (offset < MAX_EVENTS) {
                Page<SessionView> page = sessions.list(filter, offset, Page.MAX_LIMIT);
                page.items().forEach(s -> addEvent(event(s)));
                offset += page.items().size();
                if (page.items().isEmpty() || offset >= page.total()) {
                    break;
                }
            }
        }
    };

    public void open() throws IOException {
        try {
            choices = sessions.calendarChoices();
            if (batchId != null) {
                canGenerate = isManagingBatch();
                if (date == null) {
                    Page<SessionView> first = sessions.list(new SessionFilter(null, batchId, null, null, null, null,
                            null), 0, 1);
                    date = first.items().isEmpty() ? null : first.items().get(0).startsAt().toLocalDate();
                }
            }
        } catch (DomainException e) {
            Pages.sendError(e);
        }
    }

    private boolean isManagingBatch() {
        try {
            return sessions.canPlan(batchId);
        } catch (DomainException e) {
            return false;
        }
    }

    private static ScheduleEvent<Long> event(SessionView s) {
        String title = SessionTexts.title(s) + (s.room() == null ? "" : " \u00b7 " + s.room());
        return DefaultScheduleEvent.<Long>builder()
                .id(String.valueOf(s.id()))
                .title(title)
                .description(s.siteNameZh() + " \u00b7 " + s.leadTrainerName())
                .startDate(s.startsAt())
                .endDate(s.endsAt())
                .styleClass("session-event session-" + s.status().name().toLowerCase(Locale.ROOT))
                .editable(s.status() == SessionStatus.PLANNED)
                .data(s.id())
                .build();
    }

    /** The start of the calendar: the date asked for, else today. */
    public LocalDate getInitialDate() {
        return date != null ? date : SessionTime.date(java.time.Instant.now());
    }

    // --- one session in the dialog ---

    public void onEventSelect(SelectEvent<ScheduleEvent<Long>> event) {
        try {
            editing.open(sessions, event.getObject().getData());
        } catch (DomainException e) {
            editing.clear();
            FacesMessages.error(e, null);
        }
    }

    public void onEventMove(ScheduleEntryMoveEvent event) {
        moveTo(event.getScheduleEvent(), event.getDeltaAsDuration(), event.getDeltaAsDuration());
    }

    public void onEventResize(ScheduleEntryResizeEvent event) {
        moveTo(event.getScheduleEvent(), event.getDeltaStartAsDuration(), event.getDeltaEndAsDuration());
    }

    private void moveTo(ScheduleEvent<?> event, java.time.Duration startDelta, java.time.Duration endDelta) {
        boolean moved = false;
        try {
            editing.open(sessions, Long.parseLong(event.getId()));
            SessionView s = editing.getSession();
            moved = editing.move(sessions, s.startsAt().plus(startDelta), s.endsAt().plus(endDelta));
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
        editing.clear();
        if (!moved) {
            // Redraw from the database: the event goes back where it was.
            PrimeFaces.current().ajax().update("calendarForm:calendar");
        }
    }

    public void save() {
        if (editing.save(sessions, "sessionForm:")) {
            PrimeFaces.current().executeScript("PF('sessionDialog').hide()");
        }
    }

    public void cancelSession() {
        if (editing.cancel(sessions, "sessionForm:")) {
            PrimeFaces.current().executeScript("PF('sessionDialog').hide()");
        }
    }

    public void postponeSession() {
        if (editing.postpone(sessions, "sessionForm:")) {
            PrimeFaces.current().executeScript("PF('sessionDialog').hide()");
        }
    }

    public void replanSession() {
        if (editing.replan(sessions, "sessionForm:")) {
            PrimeFaces.current().executeScript("PF('sessionDialog').hide()");
        }
    }

    // --- generating a batch's plan ---

    public void startGenerate() {
        proposal = null;
        genOverrideReason = null;
        try {
            batchLecturers = sessions.lecturersOfBatch(batchId);
            if (genLeadTrainerId == null && !batchLecturers.isEmpty()) {
                genLeadTrainerId = batchLecturers.get(0).id();
            }
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
        if (firstDate == null) {
            firstDate = getInitialDate();
        }
    }

    public void preview() {
        generate(true);
    }

    public void saveGenerated() {
        if (generate(false)) {
            PrimeFaces.current().executeScript("PF('generateDialog').hide()");
        }
    }

    private boolean generate(boolean preview) {
        try {
            GenerationRequest request = new GenerationRequest(firstDate,
                    weekdays.stream().map(DayOfWeek::valueOf).toList(), intervalWeeks, startTime, durationMinutes,
                    genRoom, genLeadTrainerId, List.of(), List.of(), skipDays(), genOverrideReason);
            proposal = sessions.generate(batchId, request, preview);
            if (!preview) {
                FacesMessages.info("schedule.generated", String.valueOf(proposal.sessions().size()));
                date = proposal.sessions().get(0).startsAt().toLocalDate();
            }
            return true;
        } catch (DomainException e) {
            FacesMessages.error(e, "generateForm:");
            return false;
        }
    }

    /** A proposed session's conflicts, translated, one per line. */
    public String conflictText(GeneratedPlan.Proposed proposed) {
        Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return String.join("\n", proposed.conflicts().stream().map(SessionConflict::toException)
                .map(e -> Texts.describe(locale, e)).toList());
    }

    public List<DayOfWeek> getAllWeekdays() {
        return List.of(DayOfWeek.values());
    }

    public String weekdayLabel(DayOfWeek day) {
        return FacesMessages.text("schedule.weekday." + day.name());
    }

    // --- accessors ---

    public ScheduleModel getModel() {
        return model;
    }

    public SessionEditing getEditing() {
        return editing;
    }

    public CalendarChoices getChoices() {
        return choices;
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

    public Long getTrainerId() {
        return trainerId;
    }

    public void setTrainerId(Long trainerId) {
        this.trainerId = trainerId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public boolean isCanGenerate() {
        return canGenerate;
    }

    public List<Choice> getBatchLecturers() {
        return batchLecturers;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public void setFirstDate(LocalDate firstDate) {
        this.firstDate = firstDate;
    }

    public List<String> getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(List<String> weekdays) {
        this.weekdays = weekdays == null ? new ArrayList<>() : new ArrayList<>(weekdays);
    }

    public Integer getIntervalWeeks() {
        return intervalWeeks;
    }

    public void setIntervalWeeks(Integer intervalWeeks) {
        this.intervalWeeks = intervalWeeks;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getGenRoom() {
        return genRoom;
    }

    public void setGenRoom(String genRoom) {
        this.genRoom = genRoom;
    }

    public Long getGenLeadTrainerId() {
        return genLeadTrainerId;
    }

    public void setGenLeadTrainerId(Long genLeadTrainerId) {
        this.genLeadTrainerId = genLeadTrainerId;
    }

    public List<Serializable> getSkipDates() {
        return skipDates;
    }

    /** Keeps what the picker gives (dates or their text; anything else could not go into the session's copy). */
    public void setSkipDates(List<?> skipDates) {
        this.skipDates = new ArrayList<>();
        if (skipDates != null) {
            for (Object value : skipDates) {
                if (value instanceof Serializable s) {
                    this.skipDates.add(s);
                }
            }
        }
    }

    private List<LocalDate> skipDays() {
        List<LocalDate> days = new ArrayList<>();
        for (Object value : skipDates) {
            if (value instanceof LocalDate d) {
                days.add(d);
            } else if (value instanceof java.util.Date d) {
                days.add(d.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate());
            } else if (value != null && !value.toString().isBlank()) {
                try {
                    days.add(LocalDate.parse(value.toString().strip()));
                } catch (java.time.format.DateTimeParseException e) {
                    throw DomainException.invalid("skipDates", "error.date.format");
                }
            }
        }
        return days;
    }

    public String getGenOverrideReason() {
        return genOverrideReason;
    }

    public void setGenOverrideReason(String genOverrideReason) {
        this.genOverrideReason = genOverrideReason;
    }

    public GeneratedPlan getProposal() {
        return proposal;
    }
}
