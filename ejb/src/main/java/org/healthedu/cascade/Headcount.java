package org.healthedu.cascade;

/** Attendance by headcount: the total, optionally split by sex (then the parts must sum to the total). */
public record Headcount(Integer total, Integer female, Integer male) {
}
