package org.healthedu.account;

/** What the account list is narrowed to: text in the name or username, a role, a unit's subtree, active or not. */
public record AccountFilter(String text, Role role, Long unitId, Boolean active) {

    public static AccountFilter none() {
        return new AccountFilter(null, null, null, null);
    }
}
