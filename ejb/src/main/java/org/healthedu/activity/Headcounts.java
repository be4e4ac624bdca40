package org.healthedu.activity;

import org.healthedu.shared.DomainException;

/** The rules of a headcount and its breakdowns: whole numbers from 0 to {@link #MAX}, each breakdown summing to it. */
final class Headcounts {

    /** More than any one activity could gather; a larger number is a typing mistake. */
    static final int MAX = 100_000;

    private Headcounts() {
    }

    static int count(String field, Integer value) {
        if (value == null) {
            throw DomainException.invalid(field, "error.required");
        }
        if (value < 0 || value > MAX) {
            throw DomainException.invalid(field, "activity.count.range", MAX);
        }
        return value;
    }

    /** Missing parts of a breakdown count as 0 (a user may leave "unknown" empty); the parts must sum to the total. */
    static int[] breakdown(String field, int total, String[] fields, Integer... parts) {
        int[] counts = new int[parts.length];
        long sum = 0;
        for (int i = 0; i < parts.length; i++) {
            counts[i] = parts[i] == null ? 0 : count(fields[i], parts[i]);
            sum += counts[i];
        }
        if (sum != total) {
            throw DomainException.invalid(field, "activity." + field + ".sum", sum, total);
        }
        return counts;
    }
}
