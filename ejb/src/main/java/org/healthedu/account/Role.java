package org.healthedu.account;

/** The one role of an account. The names are the container roles used by {@code @RolesAllowed}. */
public enum Role {
    /** The whole system. */
    ADMIN,
    /** Manages projects, units and reports in their unit's subtree. */
    COORDINATOR,
    /** Runs the sessions assigned to them. */
    TRAINER,
    /** A guidance-group member: reads and comments. */
    OBSERVER,
    /** A certified peer-education host (a trained student leader): plans and records their own peer sessions only. */
    HOST;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String TRAINER_NAME = "TRAINER";
    public static final String OBSERVER_NAME = "OBSERVER";
    public static final String HOST_NAME = "HOST";

    public String labelKey() {
        return "role." + name();
    }
}
