package org.healthedu.enrolment.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthedu.enrolment.Gender;
import org.healthedu.enrolment.ParticipantKind;

/**
 * Reads the cells people actually type: kinds and genders as enum names or Chinese words, a birth year alone or at the
 * start of a date ("2012", "2012年", "2012-05-03"), and dates in the usual Chinese spellings ("2026-07-11",
 * "2026/7/11", "2026.7.11", "2026年7月11日"). Each returns null for what it cannot read; the planner reports it.
 */
public final class ImportValues {

    private static final Map<String, ParticipantKind> KINDS = new HashMap<>();
    private static final Map<String, Gender> GENDERS = new HashMap<>();
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:\\s*年.*|\\s*[-/.].*)?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    static {
        kind(ParticipantKind.PARENT, "家长", "父母", "家长学员", "parent");
        kind(ParticipantKind.STUDENT, "学生", "学生骨干", "学员学生", "student", "student leader");
        kind(ParticipantKind.PEER_EDUCATOR, "同伴教育主持人", "主持人", "同伴教育者", "同伴教育员", "peer educator",
                "peer-educator");
        kind(ParticipantKind.OTHER, "其他", "其它", "other");
        gender(Gender.FEMALE, "女", "女性", "f", "female", "girl");
        gender(Gender.MALE, "男", "男性", "m", "male", "boy");
    }

    private ImportValues() {
    }

    public static ParticipantKind kind(String text) {
        if (text == null) {
            return null;
        }
        String key = key(text);
        for (ParticipantKind kind : ParticipantKind.values()) {
            if (kind.name().equalsIgnoreCase(key.replace(' ', '_').replace('-', '_'))) {
                return kind;
            }
        }
        return KINDS.get(key);
    }

    public static Gender gender(String text) {
        if (text == null) {
            return null;
        }
        String key = key(text);
        for (Gender gender : Gender.values()) {
            if (gender.name().equalsIgnoreCase(key)) {
                return gender;
            }
        }
        return GENDERS.get(key);
    }

    /** The four-digit year a cell starts with, alone or as the start of a date; null for anything else. */
    public static Integer birthYear(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = YEAR.matcher(text.strip());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    public static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static void kind(ParticipantKind kind, String... labels) {
        List.of(labels).forEach(l -> KINDS.put(key(l), kind));
    }

    private static void gender(Gender gender, String... labels) {
        List.of(labels).forEach(l -> GENDERS.put(key(l), gender));
    }
}
