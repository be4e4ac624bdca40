package org.healthedu.project;

/** What project money was spent on, as the association's financial summaries group it. */
public enum FundCategory {
    TRAINING, MATERIALS, VENUE, TRAVEL, PERSONNEL, PUBLICITY, EQUIPMENT, OTHER;

    public String labelKey() {
        return "fundCategory." + name();
    }
}
