package org.healthedu.account;

import java.security.SecureRandom;

/**
 * One-time passwords an administrator hands over (new accounts, resets): 16 characters from 57 that cannot be
 * misread (no 0/O, 1/l/I), about 93 bits, shown once and stored only as a hash; the owner must change it at sign-in.
 */
public final class TemporaryPasswords {

    static final int LENGTH = 16;
    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    public static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
