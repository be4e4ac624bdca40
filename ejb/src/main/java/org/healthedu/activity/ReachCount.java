package org.healthedu.activity;

import java.io.Serializable;
import java.util.Map;

/**
 * The three figures that must never be added together, for one unit's subtree and a period.
 *
 * @param uniquePeopleTrained distinct people with at least one PRESENT/LATE mark at a held session (from rosters)
 * @param contacts people marked present or late (walk-ins included) summed over held sessions: one person at five
 *        sessions is five contacts
 * @param peopleReached headcounts of activities summed (lectures, consultations, campaigns, …); the same person at
 *        two activities counts twice, and a consultation's headcount counts here, not as a contact
 * @param reachedByType {@code peopleReached} by type of activity (its name: LECTURE, …)
 * @param reachedThroughPeerEducators people reached by peer sessions that certified hosts run: a figure of its own,
 *        never part of the others: the headcounts of held peer sessions at sites in the subtree
 */
public record ReachCount(long uniquePeopleTrained, long contacts, long peopleReached,
        Map<String, Long> reachedByType, long reachedThroughPeerEducators) implements Serializable {

    public ReachCount {
        reachedByType = Map.copyOf(reachedByType);
    }

    public long reached(ActivityType type) {
        return reachedByType.getOrDefault(type.name(), 0L);
    }
}
