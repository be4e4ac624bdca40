package org.healthedu.account;

/** A change of role and/or unit (and display name); what is null stays as it is. */
public record AccountChanges(String displayName, Role role, Long unitId) {
}
