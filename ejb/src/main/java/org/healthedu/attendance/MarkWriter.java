package org.healthedu.attendance;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.healthedu.organisation.UnitPath;
import org.healthedu.session.SessionTime;
import org.healthedu.session.TrainingSession;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;
import org.healthedu.shared.Text;

/**
 * The roll-call rules and the reads and writes behind them, for every way a mark is made (roll call, walk-in, upload,
 * self check-in). The caller has checked who is asking and holds the session row's lock, so writers of one session
 * take turns. A fixed number of statements whatever the number of people: the roll call is two queries; a save reads
 * the listed people's rows, who of them is expected and (for walk-ins) who they are in one query each, then writes new
 * marks, changed marks and their history in one set-based statement each (rows sent as one JSON array, the way the
 * participant import writes).
 */
final class MarkWriter {

    /** More people than any batch holds; keeps the IN lists well below PostgreSQL's bind-parameter limit. */
    static final int MAX_ENTRIES = 2_000;

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /** People enrolled in the batch on the day: joined on or before it, not left by then. */
    private static final String ENROLLED_ON_DAY = """
            e.batch.id = :batchId and e.enrolledOn <= :day and (e.endedOn is null or e.endedOn > :day)""";

    private static final String ENTRY = """
            select new org.healthedu.attendance.RollCallEntry(p.id, p.displayName, p.anonymisedAt, p.kind, p.gender,
                   %s, coalesce(a.walkIn, false), a.id, a.status, a.note, a.source, rb.displayName, a.recordedAt,
                   a.version)
            """;

    private final EntityManager em;

    MarkWriter(EntityManager em) {
        this.em = em;
    }

    /** The local date that decides who is expected. */
    static LocalDate dayOf(TrainingSession session) {
        return SessionTime.date(session.startsAt());
    }

    /**
     * Everyone expected (enrolled in the batch on the session's date) with their mark if any, by name; then everyone
     * else with a mark (walk-ins), by name. Two queries.
     */
    List<RollCallEntry> entries(TrainingSession session) {
        LocalDate day = dayOf(session);
        Map<Long, RollCallEntry> entries = new LinkedHashMap<>();
        em.createQuery(ENTRY.formatted("true") + """
                from Enrolment e join e.participant p
                     left join Attendance a on a.participant = p and a.session.id = :sessionId
                     left join a.recordedBy rb
                where\s""" + ENROLLED_ON_DAY + " order by p.nameKey nulls last, p.id", RollCallEntry.class)
                .setParameter("sessionId", session.id())
                .setParameter("batchId", session.batch().id())
                .setParameter("day", day)
                .getResultList()
                .forEach(e -> entries.putIfAbsent(e.participantId(), e));
        em.createQuery(ENTRY.formatted("false") + """
                from Attendance a join a.participant p left join a.recordedBy rb
                where a.session.id = :sessionId
                  and not exists (select 1 from Enrolment e where e.participant = p and\s""" + ENROLLED_ON_DAY
                + """
                  )
                order by p.nameKey nulls last, p.id""", RollCallEntry.class)
                .setParameter("sessionId", session.id())
                .setParameter("batchId", session.batch().id())
                .setParameter("day", day)
                .getResultList()
                .forEach(e -> entries.putIfAbsent(e.participantId(), e));
        return new ArrayList<>(entries.values());
    }

    /**
     * Records the marks of the listed people (others keep theirs) and marks the session held. A mark equal to the one
     * recorded is left alone. A mark over one changed since the sender read it (another version than
     * {@code expectedVersion}) refuses the whole save with {@link RollCallConflict} naming every such change. Someone
     * neither expected nor marked before must be flagged as a walk-in and belong to the project's scope.
     */
    void apply(TrainingSession session, List<MarkEntry> entries, AttendanceSource how, Long byAccountId) {
        session.project().requireOpen();
        List<MarkEntry> checked = checked(entries);
        List<Long> ids = checked.stream().map(MarkEntry::participantId).toList();
        Map<Long, Object[]> rows = currentRows(session.id(), ids);
        Set<Long> expected = expectedAmong(session, ids);
        List<Long> newcomers = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            MarkEntry entry = checked.get(i);
            if (!rows.containsKey(entry.participantId()) && !expected.contains(entry.participantId())) {
                if (!entry.walkIn()) {
                    throw DomainException.invalid(field(i, "participantId"), "rollcall.notExpected");
                }
                newcomers.add(entry.participantId());
            }
        }
        requireWalkInsInScope(session, newcomers, checked);

        JsonArrayBuilder inserts = JSON.createArrayBuilder();
        JsonArrayBuilder updates = JSON.createArrayBuilder();
        JsonArrayBuilder history = JSON.createArrayBuilder();
        int insertCount = 0;
        int updateCount = 0;
        List<Object[]> stale = new ArrayList<>();
        List<MarkEntry> staleEntries = new ArrayList<>();
        for (MarkEntry entry : checked) {
            Object[] row = rows.get(entry.participantId());
            if (row == null) {
                JsonObjectBuilder insert = JSON.createObjectBuilder()
                        .add("participant_id", entry.participantId())
                        .add("status", entry.status().name())
                        .add("walk_in", !expected.contains(entry.participantId()));
                addNullable(insert, "note", entry.note());
                inserts.add(insert);
                insertCount++;
                continue;
            }
            AttendanceStatus status = (AttendanceStatus) row[3];
            String note = (String) row[4];
            long version = (Long) row[9];
            if (status == entry.status() && Objects.equals(note, entry.note())) {
                continue;
            }
            if (entry.expectedVersion() == null || entry.expectedVersion() != version) {
                stale.add(row);
                staleEntries.add(entry);
                continue;
            }
            JsonObjectBuilder update = JSON.createObjectBuilder()
                    .add("id", (Long) row[0])
                    .add("version", version)
                    .add("status", entry.status().name());
            addNullable(update, "note", entry.note());
            updates.add(update);
            JsonObjectBuilder change = JSON.createObjectBuilder()
                    .add("attendance_id", (Long) row[0])
                    .add("participant_id", entry.participantId())
                    .add("version_after", version + 1)
                    .add("old_status", status.name())
                    .add("new_status", entry.status().name());
            addNullable(change, "old_note", note);
            addNullable(change, "new_note", entry.note());
            history.add(change);
            updateCount++;
        }
        if (!stale.isEmpty()) {
            throw new RollCallConflict(changes(stale, staleEntries));
        }
        session.markHeld();
        em.flush();
        if (insertCount > 0) {
            insert(session, inserts.build().toString(), how, byAccountId);
        }
        if (updateCount > 0) {
            update(updates.build().toString(), updateCount, how, byAccountId);
            em.createNativeQuery("""
                    insert into attendance_change (attendance_id, session_id, participant_id, version_after,
                                                   old_status, new_status, old_note, new_note, source, changed_by,
                                                   changed_at)
                    select r.attendance_id, :sessionId, r.participant_id, r.version_after, r.old_status,
                           r.new_status, r.old_note, r.new_note, :source, nullif(cast(:by as bigint), -1), now()
                      from jsonb_to_recordset(cast(:rows as jsonb)) as r(attendance_id bigint,
                           participant_id bigint, version_after bigint, old_status varchar, new_status varchar,
                           old_note varchar, new_note varchar)""")
                    .setParameter("rows", history.build().toString())
                    .setParameter("sessionId", session.id())
                    .setParameter("source", how.name())
                    .setParameter("by", nobodyIfNull(byAccountId))
                    .executeUpdate();
        }
    }

    /** Required fields, note length, each person once, at most {@link #MAX_ENTRIES}; notes trimmed. */
    private static List<MarkEntry> checked(List<MarkEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw DomainException.invalid("entries", "rollcall.entries.empty");
        }
        if (entries.size() > MAX_ENTRIES) {
            throw DomainException.invalid("entries", "rollcall.entries.tooMany", MAX_ENTRIES);
        }
        List<MarkEntry> checked = new ArrayList<>(entries.size());
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            MarkEntry entry = entries.get(i);
            if (entry == null || entry.participantId() == null) {
                throw DomainException.invalid(field(i, "participantId"), "error.required");
            }
            if (entry.status() == null) {
                throw DomainException.invalid(field(i, "status"), "error.required");
            }
            if (!seen.add(entry.participantId())) {
                throw DomainException.invalid(field(i, "participantId"), "rollcall.entries.duplicate");
            }
            String note = Text.optional(field(i, "note"), entry.note(), Attendance.NOTE_MAX);
            checked.add(new MarkEntry(entry.participantId(), entry.status(), note, entry.expectedVersion(),
                    entry.walkIn()));
        }
        return checked;
    }

    static String field(int index, String name) {
        return "entries[" + index + "]." + name;
    }

    /**
     * The listed people's marks for the session, by participant: id, participant id, name, status, note, walk-in,
     * source, recorded by (name), recorded at, version.
     */
    private Map<Long, Object[]> currentRows(long sessionId, List<Long> ids) {
        Map<Long, Object[]> rows = new HashMap<>();
        em.createQuery("""
                select a.id, p.id, p.displayName, a.status, a.note, a.walkIn, a.source, rb.displayName, a.recordedAt,
                       a.version
                from Attendance a join a.participant p left join a.recordedBy rb
                where a.session.id = :sessionId and p.id in :ids""", Object[].class)
                .setParameter("sessionId", sessionId)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> rows.put((Long) row[1], row));
        return rows;
    }

    private Set<Long> expectedAmong(TrainingSession session, List<Long> ids) {
        return new HashSet<>(em.createQuery("select e.participant.id from Enrolment e where " + ENROLLED_ON_DAY
                + " and e.participant.id in :ids", Long.class)
                .setParameter("batchId", session.batch().id())
                .setParameter("day", dayOf(session))
                .setParameter("ids", ids)
                .getResultList());
    }

    /** Walk-ins are participants of the project's scope (its owning unit and below), not anonymised. */
    private void requireWalkInsInScope(TrainingSession session, List<Long> newcomers, List<MarkEntry> entries) {
        if (newcomers.isEmpty()) {
            return;
        }
        String ownerPath = session.project().owner().path();
        Set<Long> fine = new HashSet<>();
        em.createQuery("""
                select p.id, u.path, p.anonymisedAt from Participant p join p.unit u where p.id in :ids""",
                Object[].class)
                .setParameter("ids", newcomers)
                .getResultList()
                .forEach(row -> {
                    if (row[2] == null && UnitPath.isWithin((String) row[1], ownerPath)) {
                        fine.add((Long) row[0]);
                    }
                });
        for (int i = 0; i < entries.size(); i++) {
            Long id = entries.get(i).participantId();
            if (newcomers.contains(id) && !fine.contains(id)) {
                throw DomainException.invalid(field(i, "participantId"), "rollcall.walkIn.outOfScope");
            }
        }
    }

    /** What changed on each stale row since the version the sender read, from the history (one query). */
    private List<MarkChange> changes(List<Object[]> stale, List<MarkEntry> entries) {
        Map<Long, List<Object[]>> byRow = new HashMap<>();
        em.createQuery("""
                select c.attendance.id, c.versionAfter, c.oldStatus from AttendanceChange c
                where c.attendance.id in :ids order by c.attendance.id, c.versionAfter""", Object[].class)
                .setParameter("ids", stale.stream().map(r -> (Long) r[0]).toList())
                .getResultList()
                .forEach(c -> byRow.computeIfAbsent((Long) c[0], k -> new ArrayList<>()).add(c));
        List<MarkChange> changes = new ArrayList<>();
        for (int i = 0; i < stale.size(); i++) {
            Object[] row = stale.get(i);
            MarkEntry entry = entries.get(i);
            AttendanceStatus seen = null;
            if (entry.expectedVersion() != null) {
                seen = byRow.getOrDefault((Long) row[0], List.of()).stream()
                        .filter(c -> (Long) c[1] > entry.expectedVersion())
                        .map(c -> (AttendanceStatus) c[2])
                        .findFirst().orElse(null);
            }
            changes.add(new MarkChange((Long) row[1], (String) row[2], seen, (AttendanceStatus) row[3],
                    (String) row[4], (String) row[7], SessionTime.local((Instant) row[8]),
                    (AttendanceSource) row[6], entry.status()));
        }
        return changes;
    }

    private void insert(TrainingSession session, String rows, AttendanceSource how, Long by) {
        try {
            em.createNativeQuery("""
                    insert into attendance (id, session_id, participant_id, status, note, walk_in, source,
                                            recorded_by, recorded_at, version, created_at, updated_at)
                    select nextval('attendance_seq'), :sessionId, r.participant_id, r.status, r.note, r.walk_in,
                           :source, nullif(cast(:by as bigint), -1), now(), 0, now(), now()
                      from jsonb_to_recordset(cast(:rows as jsonb)) as r(participant_id bigint, status varchar,
                           note varchar, walk_in boolean)""")
                    .setParameter("rows", rows)
                    .setParameter("sessionId", session.id())
                    .setParameter("source", how.name())
                    .setParameter("by", nobodyIfNull(by))
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (Persistence.isUniqueViolation(e)) {
                // Someone checked in meanwhile without waiting for the session's lock.
                throw DomainException.conflict("entries", "rollcall.changedMeanwhile");
            }
            throw e;
        }
    }

    /** Changed marks, each only if still at the version read under the lock (else someone wrote past the lock). */
    private void update(String rows, int expectedCount, AttendanceSource how, Long by) {
        int updated = em.createNativeQuery("""
                update attendance a
                   set status = r.status, note = r.note, source = :source,
                       recorded_by = nullif(cast(:by as bigint), -1), recorded_at = now(), updated_at = now(),
                       version = a.version + 1
                  from jsonb_to_recordset(cast(:rows as jsonb)) as r(id bigint, version bigint, status varchar,
                       note varchar)
                 where a.id = r.id and a.version = r.version""")
                .setParameter("rows", rows)
                .setParameter("source", how.name())
                .setParameter("by", nobodyIfNull(by))
                .executeUpdate();
        if (updated != expectedCount) {
            throw DomainException.conflict("entries", "rollcall.changedMeanwhile");
        }
    }

    /** A null account bound as -1 and turned back into null in SQL: a bare null has no type PostgreSQL accepts. */
    private static long nobodyIfNull(Long accountId) {
        return accountId == null ? -1L : accountId;
    }

    private static void addNullable(JsonObjectBuilder builder, String name, String value) {
        if (value == null) {
            builder.addNull(name);
        } else {
            builder.add(name, value);
        }
    }
}
