package org.healthedu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private final byte[] key = new byte[32];
    private final byte[] secret = "a twenty-byte secret".getBytes();

    @Test
    void opensWhatItSealedForTheSameAccountOnly() {
        Arrays.fill(key, (byte) 7);
        byte[] box = SecretBox.seal(key, secret, 42);
        assertThat(box).hasSize(12 + secret.length + 16);
        assertThat(new String(box)).doesNotContain("twenty");
        assertThat(SecretBox.open(key, box, 42)).isEqualTo(secret);
        assertThat(SecretBox.seal(key, secret, 42)).as("a fresh nonce each time").isNotEqualTo(box);
        assertThatThrownBy(() -> SecretBox.open(key, box, 43)).as("copied onto another account")
                .isInstanceOf(IllegalStateException.class);
        byte[] otherKey = key.clone();
        otherKey[0] = 8;
        assertThatThrownBy(() -> SecretBox.open(otherKey, box, 42)).isInstanceOf(IllegalStateException.class);
        byte[] tampered = box.clone();
        tampered[20] ^= 1;
        assertThatThrownBy(() -> SecretBox.open(key, tampered, 42)).isInstanceOf(IllegalStateException.class);
    }
}
