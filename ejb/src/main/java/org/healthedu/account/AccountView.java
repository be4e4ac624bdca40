package org.healthedu.account;

import java.io.Serializable;

/** An account as administrators see it: never its password hash or second-factor secret. */
public record AccountView(long id, String username, String displayName, Role role, long unitId, String unitCode,
        String unitNameZh, String unitNameEn, String unitPath, boolean active, boolean mustChangePassword,
        boolean secondFactor) implements Serializable {
}
