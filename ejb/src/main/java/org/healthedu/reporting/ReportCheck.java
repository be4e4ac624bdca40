package org.healthedu.reporting;

import java.io.Serializable;

/**
 * A data-quality finding before submission: its code (bundle key {@code report.check.CODE}, with {@code count} as
 * {0}), whether it blocks submission, and the page where it can be fixed (relative to the application root).
 */
public record ReportCheck(String code, Severity severity, long count, long limit, String link) implements Serializable {

    public enum Severity { WARNING, BLOCKER }

    public String messageKey() {
        return "report.check." + code;
    }

    public boolean blocker() {
        return severity == Severity.BLOCKER;
    }
}
