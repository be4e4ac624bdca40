package org.healthedu.enrolment;

/** A participant's gender, optional: reports count girls' and boys' participation (e.g. lectures for girls). */
public enum Gender {
    FEMALE,
    MALE;

    public String labelKey() {
        return "gender." + name();
    }
}
