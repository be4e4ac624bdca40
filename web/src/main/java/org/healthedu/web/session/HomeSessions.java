package org.healthedu.web.session;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.healthedu.account.Caller;
import org.healthedu.account.Role;
import org.healthedu.session.SessionFilter;
import org.healthedu.session.SessionService;
import org.healthedu.session.SessionTime;
import org.healthedu.session.SessionView;
import org.healthedu.shared.Page;
import org.healthedu.web.shell.UserBean;

/**
 * The home page's sessions: a trainer's own (lead or co-trainer) today and for the rest of this week; for anyone
 * else the sessions in their scope today. Two lists read once per page.
 */
@Named
@ViewScoped
public class HomeSessions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SessionService sessions;

    @Inject
    private UserBean user;

    private List<SessionView> today;
    private List<SessionView> laterThisWeek;

    private void load() {
        if (today != null) {
            return;
        }
        Caller caller = user.getCaller();
        LocalDate day = SessionTime.date(Instant.now());
        if (caller == null) {
            today = List.of();
            laterThisWeek = List.of();
        } else if (caller.role() == Role.TRAINER) {
            LocalDate sunday = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            List<SessionView> week = sessions.list(new SessionFilter(null, null, null, caller.accountId(), null, day,
                    sunday), 0, Page.MAX_LIMIT).items();
            today = week.stream().filter(s -> s.startsAt().toLocalDate().equals(day)).toList();
            laterThisWeek = week.stream().filter(s -> s.startsAt().toLocalDate().isAfter(day)).toList();
        } else {
            today = sessions.list(new SessionFilter(null, null, null, null, null, day, day), 0, Page.MAX_LIMIT)
                    .items();
            laterThisWeek = List.of();
        }
    }

    public boolean isTrainer() {
        Caller caller = user.getCaller();
        return caller != null && caller.role() == Role.TRAINER;
    }

    public List<SessionView> getToday() {
        load();
        return today;
    }

    public List<SessionView> getLaterThisWeek() {
        load();
        return laterThisWeek;
    }

    public String when(SessionView s) {
        return SessionTexts.when(s);
    }

    public String title(SessionView s) {
        return SessionTexts.title(s);
    }
}
