package org.healthedu.checkin;

/**
 * A name as the public check-in page shows it: enough for a person to recognise their own, too little to learn anyone
 * else's. The first and last characters stay, every one between becomes {@code *} (王小华 → 王*华, 李明 → 李*,
 * Anna Smith → A*** ****h); spaces are kept so Latin names keep their shape.
 */
public final class MaskedNames {

    private MaskedNames() {
    }

    public static String mask(String name) {
        if (name == null || name.isBlank()) {
            return "*";
        }
        int[] chars = name.strip().codePoints().toArray();
        if (chars.length == 1) {
            return "*";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(chars[0]);
        if (chars.length == 2) {
            return masked.append('*').toString();
        }
        for (int i = 1; i < chars.length - 1; i++) {
            masked.append(chars[i] == ' ' ? " " : "*");
        }
        return masked.appendCodePoint(chars[chars.length - 1]).toString();
    }
}
