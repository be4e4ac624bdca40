package org.healthedu.web.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.healthedu.reporting.ReportReminders;
import org.healthedu.reporting.ReportService;
import org.healthedu.reporting.ReportView;
import org.healthedu.session.SessionTime;
import org.healthedu.web.shell.UserBean;

/** The home page's report reminders for coordinators and admins: due for their unit, and waiting for their review. */
@Named
@ViewScoped
public class HomeReports implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;

    @Inject
    private UserBean user;

    private ReportReminders reminders;

    public ReportReminders getReminders() {
        if (reminders == null) {
            reminders = user.isManager() ? reports.reminders()
                    : new ReportReminders(java.util.List.of(), java.util.List.of());
        }
        return reminders;
    }

    public boolean overdue(ReportView report) {
        return report.dueOn() != null && report.dueOn().isBefore(LocalDate.now(SessionTime.ZONE));
    }
}
