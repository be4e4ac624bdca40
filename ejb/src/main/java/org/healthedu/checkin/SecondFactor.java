package org.healthedu.checkin;

import org.healthedu.enrolment.ParticipantKind;

/**
 * What a person checking in types to show it is them: parents with a phone the last four digits of it; students,
 * peer educators and parents without a phone their birth year (when known). Someone with neither checks in with the
 * trainer.
 */
public enum SecondFactor {
    BIRTH_YEAR, PHONE_LAST4;

    /** The factor for a person, or null when none is recorded. */
    public static SecondFactor of(ParticipantKind kind, String phone, Integer birthYear) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        if (kind == ParticipantKind.PARENT && digits.length() >= 4) {
            return PHONE_LAST4;
        }
        if (birthYear != null) {
            return BIRTH_YEAR;
        }
        return digits.length() >= 4 ? PHONE_LAST4 : null;
    }

    /** Whether {@code typed} matches what is recorded (spaces ignored). */
    public boolean matches(String typed, String phone, Integer birthYear) {
        if (typed == null) {
            return false;
        }
        String answer = typed.replaceAll("\\s", "");
        return switch (this) {
            case BIRTH_YEAR -> birthYear != null && answer.equals(String.valueOf(birthYear));
            case PHONE_LAST4 -> {
                String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
                yield digits.length() >= 4 && answer.equals(digits.substring(digits.length() - 4));
            }
        };
    }

    public String labelKey() {
        return "checkin.factor." + name();
    }
}
