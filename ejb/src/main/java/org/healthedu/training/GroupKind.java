package org.healthedu.training;

import java.util.EnumSet;
import java.util.Set;
import org.healthedu.account.Role;

/**
 * The three groups every project site has, and which roles may sit in each: the management group plans and approves
 * (coordinators and trainers), the lecturer group teaches (trainers and coordinators who also teach), the guidance
 * group observes and advises (observers and coordinators of the association above). Administrators run the system,
 * they sit in no group.
 */
public enum GroupKind {
    MANAGEMENT(EnumSet.of(Role.COORDINATOR, Role.TRAINER)),
    LECTURER(EnumSet.of(Role.TRAINER, Role.COORDINATOR)),
    GUIDANCE(EnumSet.of(Role.OBSERVER, Role.COORDINATOR));

    private final Set<Role> admitted;

    GroupKind(Set<Role> admitted) {
        this.admitted = admitted;
    }

    /** Whether an account with this role may be a member of a group of this kind. */
    public boolean admits(Role role) {
        return role != null && admitted.contains(role);
    }

    /** The roles this kind admits, e.g. for a query of the accounts that could join. */
    public Set<Role> roles() {
        return EnumSet.copyOf(admitted);
    }

    public String labelKey() {
        return "groupKind." + name();
    }
}
