package org.healthedu.web.attendance;

import java.util.List;
import java.util.Locale;
import org.healthedu.attendance.AttendanceStatus;
import org.healthedu.attendance.MarkChange;
import org.healthedu.attendance.RollCallConflict;
import org.healthedu.web.i18n.Texts;

/**
 * A roll-call conflict as a trainer reads it: the headline, then one line per changed mark ("张三：出勤 → 迟到（李老师，
 * 09:42）"), so they know what to redo after reloading.
 */
public final class RollCallTexts {

    private RollCallTexts() {
    }

    public static String describe(Locale locale, RollCallConflict conflict) {
        StringBuilder text = new StringBuilder(Texts.describe(locale, conflict));
        for (String line : lines(locale, conflict.changes())) {
            text.append(' ').append(line);
        }
        return text.toString();
    }

    public static List<String> lines(Locale locale, List<MarkChange> changes) {
        return changes.stream().map(c -> line(locale, c)).toList();
    }

    public static String line(Locale locale, MarkChange change) {
        String name = change.displayName() == null ? Texts.text(locale, "rollcall.anonymised") : change.displayName();
        String by = change.changedByName() != null ? change.changedByName()
                : Texts.text(locale, "rollcall.conflict.selfCheckIn");
        String when = change.changedAt() == null ? "" : change.changedAt().toLocalTime().withNano(0).toString();
        return Texts.text(locale, "rollcall.conflict.change", name, status(locale, change.oldStatus()),
                status(locale, change.newStatus()), by, when);
    }

    public static String status(Locale locale, AttendanceStatus status) {
        return status == null ? Texts.text(locale, "rollcall.noMark") : Texts.text(locale, status.labelKey());
    }
}
