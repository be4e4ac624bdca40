package org.healthedu.training;

import java.io.Serializable;
import org.healthedu.account.Role;

/** An account that could join a group, as the picker lists it. */
public record AccountChoice(long id, String username, String displayName, Role role, String unitNameZh)
        implements Serializable {

    /** "宝东讲师 (baodong.trainer)", for a picker. */
    public String label() {
        return displayName + " (" + username + ")";
    }
}
