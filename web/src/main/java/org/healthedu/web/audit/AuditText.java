package org.healthedu.web.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the trail's times read: China's time, to the second. */
@Named
@ApplicationScoped
public class AuditText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
