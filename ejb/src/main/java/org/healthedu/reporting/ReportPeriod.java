package org.healthedu.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: its kind and its first and last day (both included). {@link #iso()} names it as DHIS2 and ADX
 * do: {@code 202603} (month), {@code 2026Q1}, {@code 2026}; a project period as an ISO 8601 interval
 * {@code 2026-03-01/2027-02-28}.
 */
public record ReportPeriod(PeriodKind kind, LocalDate start, LocalDate end) implements Serializable {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern INTERVAL = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");

    public ReportPeriod {
        if (kind == null || start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("period");
        }
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(PeriodKind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static ReportPeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new ReportPeriod(PeriodKind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static ReportPeriod project(LocalDate start, LocalDate end) {
        return new ReportPeriod(PeriodKind.PROJECT, start, end);
    }

    /**
     * Reads {@link #iso()}'s forms back; null when the text is none of them (callers turn that into a translated
     * "invalid period").
     */
    public static ReportPeriod parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        try {
            Matcher m = QUARTER.matcher(t);
            if (m.matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = MONTH.matcher(t);
            if (m.matches()) {
                return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if (YEAR.matcher(t).matches()) {
                return year(Integer.parseInt(t));
            }
            m = INTERVAL.matcher(t);
            if (m.matches()) {
                return project(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    public String iso() {
        return switch (kind) {
            case MONTH -> String.format("%04d%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(start.getYear());
            case PROJECT -> start + "/" + end;
        };
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The share of the period elapsed on {@code today}, 0..1 (before it 0, after it 1). */
    public double elapsedShare(LocalDate today) {
        if (today.isBefore(start)) {
            return 0;
        }
        if (!today.isBefore(end)) {
            return 1;
        }
        return (ChronoUnit.DAYS.between(start, today) + 1) / (double) days();
    }
}
