package org.healthedu.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashesTest {

    @Test
    void hashesInTheIdentityStoreFormatWithAFreshSalt() {
        String first = PasswordHashes.hash("Demo@2026".toCharArray());
        String second = PasswordHashes.hash("Demo@2026".toCharArray());
        assertThat(first).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain("Demo@2026");
        assertThat(first.split(":")).hasSize(4);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void matchesOnlyTheRightPassword() {
        String stored = PasswordHashes.hash("正确的密码".toCharArray());
        assertThat(PasswordHashes.matches("正确的密码".toCharArray(), stored)).isTrue();
        assertThat(PasswordHashes.matches("错误的密码".toCharArray(), stored)).isFalse();
        assertThat(PasswordHashes.matches("x".toCharArray(), "not-a-hash")).isFalse();
    }

    @Test
    void verifiesAHashOfTheDemoData() {
        // the admin demo account's stored hash (db/demo/V1): the same format the identity store verifies at login
        String admin = "PBKDF2WithHmacSHA512:210000:9LvSBnFlkQ0r9wbjLKCczjFWDAZd3mr+5e9Zq91Gvio=:Zz7LuzMUKuwyP1umYLKaa+/HjdT1mzlxEkxTKj/ozY/PUkqCi08wwCusUo35vbr/qq67HxYR/3lGYV1b7ZToUA==";
        assertThat(PasswordHashes.matches("Demo@2026".toCharArray(), admin)).isTrue();
        assertThat(PasswordHashes.matches("Demo@2025".toCharArray(), admin)).isFalse();
    }
}
