package org.healthedu.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The labels and number formats of the report exports in one language (Chinese unless English is asked for). The
 * bundle lives in the ejb module because the web module's bundles are not visible from here; a missing key shows as
 * itself rather than failing an export.
 */
final class ExportLabels {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ResourceBundle bundle;
    private final boolean english;

    private ExportLabels(ResourceBundle bundle, boolean english) {
        this.bundle = bundle;
        this.english = english;
    }

    static ExportLabels of(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        ResourceBundle bundle = ResourceBundle.getBundle("org.healthedu.reporting.exports",
                english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE, ExportLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ExportLabels(bundle, english);
    }

    boolean english() {
        return english;
    }

    String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    String format(String key, Object... args) {
        return new MessageFormat(text(key), english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE).format(args);
    }

    String measure(String name) {
        return text("measure." + name);
    }

    /** The Chinese or English name, the Chinese one when there is no English one. */
    String name(String zh, String en) {
        return english && en != null && !en.isBlank() ? en : zh == null ? "" : zh;
    }

    String instant(Instant at) {
        return at == null ? text("report.notYet") : DAY_TIME.format(at.atZone(CHINA));
    }

    /** A unit's value of a measure as shown: "<5" for a hidden small cell, else as {@link #value}. */
    String cell(ReportFigures figures, UnitFigures unit, Measure measure) {
        if (unit != null && unit.isSuppressed(measure)) {
            return format("smallCells.cell", figures.minCell() == null ? SmallCells.minCell() : figures.minCell());
        }
        return value(measure, unit == null ? null : unit.value(measure));
    }

    /** The legend under a table with hidden small cells (null when none is hidden). */
    String smallCellsNote(ReportFigures figures) {
        return figures == null || figures.minCell() == null || !figures.anySuppressed() ? null
                : format("smallCells.note", figures.minCell());
    }

    /** A measure's value as a reader expects it: counts whole, rates as percentages, means and money two decimals. */
    static String value(Measure measure, BigDecimal value) {
        if (value == null) {
            return "—";
        }
        Measure.Kind kind = measure == null ? Measure.Kind.COUNT : measure.kind();
        return switch (kind) {
            case COUNT -> decimal("#,##0").format(value.setScale(0, RoundingMode.HALF_UP));
            case RATE -> decimal("0.0").format(value.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + "%";
            case MEAN -> decimal("0.00").format(value.setScale(2, RoundingMode.HALF_UP));
            case MONEY -> decimal("#,##0.00").format(value.setScale(2, RoundingMode.HALF_UP));
        };
    }

    static String percent(double percent) {
        return decimal("0.0").format(percent) + "%";
    }

    static Measure measureOf(String name) {
        try {
            return name == null ? null : Measure.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static DecimalFormat decimal(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
