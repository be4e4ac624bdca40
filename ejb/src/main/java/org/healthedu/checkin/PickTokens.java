package org.healthedu.checkin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The opaque tokens the public page picks a person by: an HMAC of session, code and participant under a key the
 * servers share. A token tells a stranger nothing (not the participant's id), works on any server of a cluster, and
 * dies with the code (a regenerated code makes old tokens worthless).
 */
final class PickTokens {

    private PickTokens() {
    }

    static String token(byte[] key, long sessionId, String code, long participantId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sum = mac.doFinal((sessionId + ":" + code + ":" + participantId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(sum, 15));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
