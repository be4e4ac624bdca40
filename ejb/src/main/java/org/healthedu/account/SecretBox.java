package org.healthedu.account;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for small secrets kept in the database (the TOTP keys): a fresh 12-byte nonce before each ciphertext, the
 * account id as associated data so that a secret copied onto another account does not decrypt.
 */
final class SecretBox {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretBox() {
    }

    static byte[] seal(byte[] key, byte[] plain, long accountId) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, nonce, accountId, plain);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    static byte[] open(byte[] key, byte[] box, long accountId) {
        byte[] nonce = java.util.Arrays.copyOfRange(box, 0, NONCE_BYTES);
        return cipher(Cipher.DECRYPT_MODE, key, nonce, accountId,
                java.util.Arrays.copyOfRange(box, NONCE_BYTES, box.length));
    }

    private static byte[] cipher(int mode, byte[] key, byte[] nonce, long accountId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ByteBuffer.allocate(8).putLong(accountId).array());
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("secret could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"), e);
        }
    }
}
