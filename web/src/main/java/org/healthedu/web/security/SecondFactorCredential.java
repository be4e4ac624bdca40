package org.healthedu.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * Handed to the authentication mechanism by the code page once the second factor was verified for the session's
 * {@link PendingSecondFactor}; never built from anything a client sends directly.
 */
public record SecondFactorCredential(PendingSecondFactor verified) implements Credential {
}
