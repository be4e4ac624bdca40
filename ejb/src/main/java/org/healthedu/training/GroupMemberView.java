package org.healthedu.training;

import java.io.Serializable;
import org.healthedu.account.Role;

/** A member of a trainer group as lists show them: who, their role and unit, and whether they lead the group. */
public record GroupMemberView(long accountId, String username, String displayName, Role role, String unitNameZh,
        boolean leader) implements Serializable {
}
