package org.healthedu.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Accounts live in PostgreSQL; passwords are PBKDF2-HMAC-SHA512 hashes (210,000 iterations, 32-byte salt), the
 * OWASP recommendation for that hash. A deactivated account cannot sign in.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:jboss/datasources/HealthEduDS",
        callerQuery = "select password_hash from account where username = ? and active",
        groupsQuery = "select role from account where username = ? and active",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            "Pbkdf2PasswordHash.Iterations=210000",
            "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.SaltSizeBytes=32",
            "Pbkdf2PasswordHash.KeySizeBytes=64"
        })
@DeclareRoles({"ADMIN", "COORDINATOR", "TRAINER", "OBSERVER"})
@ApplicationScoped
public class SecurityConfig {
}
