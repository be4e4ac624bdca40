package org.healthedu.enrolment;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a birth year says about age. Only the year is collected (minimal data), so on a given day a person born in year
 * Y is either {@code today.year - Y - 1} or {@code today.year - Y} years old, depending on a birthday we do not know.
 * Every rule here takes the conservative reading: someone who <em>could</em> be under 14 needs a guardian's consent,
 * and someone who <em>could</em> be under 18 gives no phone number. (Born 2012, checked in 2026: 13 or 14, so treated
 * as possibly under 14.) An unknown birth year (parents only, see {@link ParticipantKind#needsBirthYear}) counts as an
 * adult.
 */
public final class Age {

    /** Under this age a guardian's recorded consent is needed before enrolment. */
    public static final int CONSENT_AGE = 14;
    /** Under this age no phone number is collected. */
    public static final int ADULT_AGE = 18;
    /** Oldest and youngest plausible participants, for checking a typed birth year. */
    public static final int MAX_AGE = 100;
    public static final int MIN_AGE = 3;

    /** The programmes run in China: "today" is the date there, whatever the server's zone. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Age() {
    }

    public static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    /** The youngest the person can be on {@code day}: their birthday this year may not have come yet. */
    public static int youngestOn(int birthYear, LocalDate day) {
        return day.getYear() - birthYear - 1;
    }

    /** Whether someone born in {@code birthYear} could be younger than {@code years} on {@code day}. */
    public static boolean possiblyUnder(Integer birthYear, int years, LocalDate day) {
        return birthYear != null && youngestOn(birthYear, day) < years;
    }

    /** Could be under 14 on {@code day}: enrolment needs a guardian's consent. */
    public static boolean needsConsent(Integer birthYear, LocalDate day) {
        return possiblyUnder(birthYear, CONSENT_AGE, day);
    }

    /** Could be under 18 on {@code day}: a minor, whose phone is never collected. */
    public static boolean possiblyMinor(Integer birthYear, LocalDate day) {
        return possiblyUnder(birthYear, ADULT_AGE, day);
    }

    public static int earliestBirthYear(LocalDate day) {
        return day.getYear() - MAX_AGE;
    }

    public static int latestBirthYear(LocalDate day) {
        return day.getYear() - MIN_AGE;
    }
}
