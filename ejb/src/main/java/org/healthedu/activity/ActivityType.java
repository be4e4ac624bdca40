package org.healthedu.activity;

/** What kind of activity was held; each is counted by headcount, not by roster. */
public enum ActivityType {
    LECTURE, CONSULTATION, CAMPAIGN, VOLUNTEER_SERVICE, FAMILY_VISIT, OTHER;

    public String labelKey() {
        return "activity.type." + name();
    }
}
