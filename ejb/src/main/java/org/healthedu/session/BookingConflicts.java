package org.healthedu.session;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds sessions that book the same trainer (lead or co-trainer), the same room at the same project site, or the same
 * batch at overlapping times as the sessions about to be saved. Only sessions that book (PLANNED, HELD) count. One
 * query per kind of conflict for all candidates together (a generated plan of twelve sessions asks three questions,
 * not thirty-six); the overlap is then matched in memory.
 */
final class BookingConflicts {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final List<SessionStatus> BOOKING = List.of(SessionStatus.PLANNED, SessionStatus.HELD);

    /** A session about to be saved: its own id (null when new), what it books, and when. */
    record Booking(Long sessionId, long batchId, long projectSiteId, String room, Instant start, Instant end,
            Set<Long> trainerIds) {

        String roomKey() {
            return TrainingSession.roomKey(room);
        }

        boolean overlaps(Instant otherStart, Instant otherEnd) {
            return start.isBefore(otherEnd) && otherStart.isBefore(end);
        }

        static Booking of(TrainingSession s) {
            Set<Long> trainers = new HashSet<>();
            trainers.add(s.leadTrainer().id());
            s.staff().stream().filter(p -> p.role() == StaffRole.TRAINER).forEach(p -> trainers.add(p.accountId()));
            return new Booking(s.id(), s.batch().id(), s.projectSite().id(), s.room(), s.startsAt(), s.endsAt(),
                    trainers);
        }
    }

    private BookingConflicts() {
    }

    /** The conflicts of each candidate, in the candidates' order (an empty list for one without). */
    static List<List<SessionConflict>> find(EntityManager em, List<Booking> candidates) {
        List<List<SessionConflict>> found = new ArrayList<>();
        candidates.forEach(c -> found.add(new ArrayList<>()));
        if (candidates.isEmpty()) {
            return found;
        }
        Instant from = candidates.stream().map(Booking::start).min(Instant::compareTo).orElseThrow();
        Instant to = candidates.stream().map(Booking::end).max(Instant::compareTo).orElseThrow();
        List<Long> own = new ArrayList<>(candidates.stream().map(Booking::sessionId).filter(Objects::nonNull).toList());
        own.add(-1L);

        Set<Long> trainers = new HashSet<>();
        candidates.forEach(c -> trainers.addAll(c.trainerIds()));
        if (!trainers.isEmpty()) {
            for (Object[] row : em.createQuery("""
                    select s.id, s.startsAt, s.endsAt, l.position, l.titleZh, b.name, a.id, a.displayName
                    from TrainingSession s join s.lesson l join s.batch b, Account a
                    where s.status in :booking and s.startsAt < :to and s.endsAt > :from and s.id not in :own
                      and a.id in :trainers
                      and (s.leadTrainer.id = a.id or exists (select 1 from TrainingSession t join t.staff ts
                           where t = s and ts.accountId = a.id and ts.role = org.healthedu.session.StaffRole.TRAINER))
                    order by s.startsAt, s.id""", Object[].class)
                    .setFlushMode(FlushModeType.COMMIT)
                    .setParameter("booking", BOOKING).setParameter("from", from).setParameter("to", to)
                    .setParameter("own", own).setParameter("trainers", trainers)
                    .getResultList()) {
                for (int i = 0; i < candidates.size(); i++) {
                    Booking c = candidates.get(i);
                    if (c.trainerIds().contains((Long) row[6]) && c.overlaps((Instant) row[1], (Instant) row[2])) {
                        add(found.get(i), SessionConflict.Kind.TRAINER, row, "session.conflict.trainer",
                                (String) row[7]);
                    }
                }
            }
        }

        Set<String> rooms = new HashSet<>();
        Set<Long> sites = new HashSet<>();
        candidates.stream().filter(c -> c.roomKey() != null).forEach(c -> {
            rooms.add(c.roomKey());
            sites.add(c.projectSiteId());
        });
        if (!rooms.isEmpty()) {
            for (Object[] row : em.createQuery("""
                    select s.id, s.startsAt, s.endsAt, l.position, l.titleZh, b.name, s.projectSite.id, s.roomKey,
                           s.room
                    from TrainingSession s join s.lesson l join s.batch b
                    where s.status in :booking and s.startsAt < :to and s.endsAt > :from and s.id not in :own
                      and s.projectSite.id in :sites and s.roomKey in :rooms
                    order by s.startsAt, s.id""", Object[].class)
                    .setFlushMode(FlushModeType.COMMIT)
                    .setParameter("booking", BOOKING).setParameter("from", from).setParameter("to", to)
                    .setParameter("own", own).setParameter("sites", sites).setParameter("rooms", rooms)
                    .getResultList()) {
                for (int i = 0; i < candidates.size(); i++) {
                    Booking c = candidates.get(i);
                    if (Objects.equals(c.projectSiteId(), row[6]) && Objects.equals(c.roomKey(), row[7])
                            && c.overlaps((Instant) row[1], (Instant) row[2])) {
                        add(found.get(i), SessionConflict.Kind.ROOM, row, "session.conflict.room", (String) row[8]);
                    }
                }
            }
        }

        Set<Long> batches = new HashSet<>();
        candidates.forEach(c -> batches.add(c.batchId()));
        for (Object[] row : em.createQuery("""
                select s.id, s.startsAt, s.endsAt, l.position, l.titleZh, b.name, b.id
                from TrainingSession s join s.lesson l join s.batch b
                where s.status in :booking and s.startsAt < :to and s.endsAt > :from and s.id not in :own
                  and b.id in :batches
                order by s.startsAt, s.id""", Object[].class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("booking", BOOKING).setParameter("from", from).setParameter("to", to)
                .setParameter("own", own).setParameter("batches", batches)
                .getResultList()) {
            for (int i = 0; i < candidates.size(); i++) {
                Booking c = candidates.get(i);
                if (Objects.equals(c.batchId(), row[6]) && c.overlaps((Instant) row[1], (Instant) row[2])) {
                    add(found.get(i), SessionConflict.Kind.BATCH, row, "session.conflict.batch", (String) row[5]);
                }
            }
        }
        return found;
    }

    /**
     * Takes a transaction lock on each trainer, room and batch about to be booked (sorted, so two savers wait rather
     * than deadlock): two people saving overlapping sessions at once cannot both pass the check. One statement.
     */
    static void lock(EntityManager em, List<Booking> candidates) {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        for (Booking c : candidates) {
            c.trainerIds().forEach(id -> keys.add("t" + id));
            if (c.roomKey() != null) {
                keys.add("r" + c.projectSiteId() + ":" + c.roomKey());
            }
            keys.add("b" + c.batchId());
        }
        if (keys.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                select count(*) from (select pg_advisory_xact_lock(h) from (
                    select distinct hashtext(k) as h from unnest(string_to_array(?1, chr(31))) as k order by h)
                    ordered) locked""")
                .setParameter(1, String.join("\u001f", keys))
                .getSingleResult();
    }

    /** The first conflict of any candidate, if there is one. */
    static SessionConflict first(Collection<List<SessionConflict>> conflicts) {
        return conflicts.stream().flatMap(List::stream).findFirst().orElse(null);
    }

    /**
     * Arguments of every conflict message: {0} what is booked twice (trainer, room, batch), {1} the other session's
     * lesson number, {2} its title, {3} its batch, {4} its date and time.
     */
    private static void add(List<SessionConflict> into, SessionConflict.Kind kind, Object[] row, String key,
            String what) {
        LocalDateTime start = SessionTime.local((Instant) row[1]);
        LocalDateTime end = SessionTime.local((Instant) row[2]);
        String when = DAY_TIME.format(start) + "\u2013" + TIME.format(end);
        into.add(new SessionConflict(kind, (Long) row[0], key,
                List.of(what, String.valueOf(row[3]), (String) row[4], (String) row[5], when)));
    }
}
