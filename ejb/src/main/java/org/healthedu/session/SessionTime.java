package org.healthedu.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Sessions happen in China: the API and pages give and show local times there, the database keeps instants. One zone
 * for the whole programme (the national network spans one time zone).
 */
public final class SessionTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private SessionTime() {
    }

    public static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }

    public static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }

    public static LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZONE);
    }

    /** The first instant of {@code day} there. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
