/**
 * People who sign in: accounts, their one role and their organisation unit, whose subtree is their scope. The
 * {@link org.healthedu.account.Caller} is how every service learns who is asking and what they may touch.
 * Participants (parents, students) have no account. Leans on {@code organisation} and {@code shared}.
 */
package org.healthedu.account;
