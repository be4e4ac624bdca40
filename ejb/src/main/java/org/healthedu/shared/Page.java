package org.healthedu.shared;

import java.io.Serializable;
import java.util.List;

/** One page of a longer list, with the total so the UI can page lazily. */
public record Page<T>(List<T> items, long total, int offset, int limit) implements Serializable {

    public static final int MAX_LIMIT = 200;

    public Page {
        items = List.copyOf(items);
    }

    /** Keeps a requested window within sane bounds: no negative offsets, no unbounded pages. */
    public static int clampLimit(int limit) {
        return Math.max(1, Math.min(MAX_LIMIT, limit));
    }

    public static int clampOffset(int offset) {
        return Math.max(0, offset);
    }
}
