package org.healthedu.web.session;

import jakarta.faces.context.FacesContext;
import java.time.format.DateTimeFormatter;
import org.healthedu.session.SessionView;
import org.healthedu.web.shell.FacesMessages;

/** How a session is named on pages and in messages: lesson number and title, batch, time. */
public final class SessionTexts {

    public static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private SessionTexts() {
    }

    /** e.g. "第2课 与青春期孩子沟通 · 第一批" */
    public static String title(SessionView s) {
        return FacesMessages.text("schedule.lessonTitle", String.valueOf(s.lessonPosition()), lessonTitle(s))
                + " \u00b7 " + s.batchName();
    }

    /** The lesson's title in English where it has one and the page is in English. */
    public static String lessonTitle(SessionView s) {
        boolean english = "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        return english && s.lessonTitleEn() != null ? s.lessonTitleEn() : s.lessonTitleZh();
    }

    /** e.g. "2026-09-05 09:30–11:30" */
    public static String when(SessionView s) {
        return DAY_TIME.format(s.startsAt()) + "\u2013" + TIME.format(s.endsAt());
    }
}
