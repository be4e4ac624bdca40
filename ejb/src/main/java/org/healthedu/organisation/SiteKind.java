package org.healthedu.organisation;

/** What kind of place a site is. */
public enum SiteKind {
    UNIVERSITY, COMMUNITY, SCHOOL, ENTERPRISE, OTHER;

    public String labelKey() {
        return "siteKind." + name();
    }
}
