package org.healthedu.account;

/** An account and the one-time temporary password just given to it: shown once, never stored in clear. */
public record IssuedPassword(AccountView account, String temporaryPassword) implements java.io.Serializable {
}
