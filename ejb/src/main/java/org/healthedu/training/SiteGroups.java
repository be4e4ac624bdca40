package org.healthedu.training;

import java.util.Set;

/** The trainer groups an account sits in at one project site, and those it leads (a leader is always a member). */
public record SiteGroups(Set<GroupKind> memberOf, Set<GroupKind> leads) {

    public SiteGroups {
        memberOf = Set.copyOf(memberOf);
        leads = Set.copyOf(leads);
    }

    public boolean isMember(GroupKind kind) {
        return memberOf.contains(kind);
    }

    public boolean isLeader(GroupKind kind) {
        return leads.contains(kind);
    }

    /** Whether any group of the site has them. */
    public boolean any() {
        return !memberOf.isEmpty();
    }
}
