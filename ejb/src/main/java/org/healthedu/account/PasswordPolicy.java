package org.healthedu.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.healthedu.shared.DomainException;

/**
 * What a newly chosen password must be (OWASP ASVS 4.0.3 V2.1): at least {@value #MIN_LENGTH} characters counted as
 * Unicode code points, up to {@value #MAX_LENGTH}, any characters including spaces, and no composition rules (length
 * and not-common beat "one digit, one symbol"). It must not be one of the common passwords shipped in
 * {@code common-passwords.txt} (see the README beside it), nor the username or the display name. Applies when a
 * password is chosen, never to one already stored.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Refuses {@code password} (field {@code field}) with a translated reason, or returns quietly. */
    public static void check(String password, String username, String displayName, String field) {
        if (password == null || password.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "auth.password.required", field);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new DomainException(DomainException.Kind.INVALID, "auth.password.tooShort", field, MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new DomainException(DomainException.Kind.INVALID, "auth.password.tooLong", field, MAX_LENGTH);
        }
        String folded = fold(password);
        if (COMMON.contains(folded)) {
            throw new DomainException(DomainException.Kind.INVALID, "auth.password.common", field);
        }
        if (username != null && folded.equals(fold(username))) {
            throw new DomainException(DomainException.Kind.INVALID, "auth.password.sameAsUsername", field);
        }
        if (displayName != null && folded.equals(fold(displayName))) {
            throw new DomainException(DomainException.Kind.INVALID, "auth.password.sameAsName", field);
        }
    }

    /** How entries compare: compatibility-normalised, lower case, outer and inner spaces ignored. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    static int commonCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        Set<String> set = new HashSet<>(16_384);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    set.add(fold(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(set);
    }
}
