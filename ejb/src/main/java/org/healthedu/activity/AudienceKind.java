package org.healthedu.activity;

/** Who an activity was for. */
public enum AudienceKind {
    PARENTS, STUDENTS, GIRLS, BOYS, MIGRANTS, GENERAL_PUBLIC, OTHER;

    public String labelKey() {
        return "activity.audience." + name();
    }
}
