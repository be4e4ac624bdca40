package org.healthedu.account;

/** A new account: who, in which role, where. The temporary password is generated, never chosen here. */
public record AccountDraft(String username, String displayName, Role role, Long unitId) {
}
