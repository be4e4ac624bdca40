package org.healthedu.it;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.healthedu.account.PasswordHashes;

/**
 * Makes the demo accounts cheap to sign in as, once per run. The REST API checks the password on every request
 * (Basic, no session), and the app's PBKDF2 with 210,000 iterations costs about 0.3 s of a core each time: thousands
 * of requests in the suite would spend most of its time hashing. So, before any test, each demo account (the ones
 * whose hash matches the demo password) gets a new hash of the same password with its own salt and 1,000
 * iterations, in the same format, verified by the same identity store, which reads the count from the hash. The
 * original hashes are first checked to be what the application stores (210,000 iterations): a weaker stored hash
 * fails the run here. Accounts the tests create keep the application's full cost ({@code SecurityIT} checks that
 * every other account has it).
 */
final class FastLogins {

    static final int TEST_ITERATIONS = 1_000;

    /** The accounts re-hashed for speed. */
    static final Set<String> REHASHED = ConcurrentHashMap.newKeySet();

    private static volatile boolean done;

    private FastLogins() {
    }

    static synchronized void once() {
        if (done) {
            return;
        }
        SecureRandom random = new SecureRandom();
        for (List<Object> row : Db.rows("select username, password_hash from account")) {
            String username = (String) row.get(0);
            String stored = (String) row.get(1);
            if (!PasswordHashes.matches(AppIT.DEMO_PASSWORD.toCharArray(), stored)) {
                continue;
            }
            if (!stored.startsWith(PasswordHashes.ALGORITHM + ":" + PasswordHashes.ITERATIONS + ":")) {
                throw new IllegalStateException("The application stored a weaker hash for " + username + ": "
                        + stored.substring(0, stored.indexOf(':', stored.indexOf(':') + 1)));
            }
            byte[] salt = new byte[32];
            random.nextBytes(salt);
            String cheap = PasswordHashes.ALGORITHM + ":" + TEST_ITERATIONS + ":"
                    + Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(derive(salt));
            Db.update("update account set password_hash = ? where username = ?", cheap, username);
            REHASHED.add(username);
        }
        done = true;
    }

    private static byte[] derive(byte[] salt) {
        try {
            return SecretKeyFactory.getInstance(PasswordHashes.ALGORITHM).generateSecret(
                    new PBEKeySpec(AppIT.DEMO_PASSWORD.toCharArray(), salt, TEST_ITERATIONS, 64 * 8)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
