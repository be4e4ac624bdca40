package org.healthedu.account;

import java.io.Serializable;

/**
 * A proposed TOTP key, not yet saved: the base32 text and the {@code otpauth://} URI for the QR code. The caller
 * sends the secret back with a current code to switch the second factor on; nothing is stored before that.
 */
public record SecondFactorEnrolment(String secret, String otpauthUri) implements Serializable {
}
