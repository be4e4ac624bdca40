package org.healthedu.checkin;

import jakarta.persistence.EntityManager;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.healthedu.enrolment.ParticipantKind;

/**
 * Who is expected at a session: everyone enrolled in its batch on its date (joined by then, not left before or on
 * it), and anyone already marked for it (a walk-in the trainer added). Anonymised people have no name and are left
 * out. One query; in name order as Chinese readers sort (by pinyin).
 */
record ExpectedPeople(long participantId, String name, ParticipantKind kind) {

    static List<ExpectedPeople> of(EntityManager em, long sessionId, long batchId, LocalDate day) {
        Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        return em.createQuery("""
                select new org.healthedu.checkin.ExpectedPeople(p.id, p.displayName, p.kind) from Participant p
                where p.displayName is not null and (
                  exists (select e.id from Enrolment e where e.participant = p and e.batch.id = :batchId
                          and e.enrolledOn <= :day and (e.endedOn is null or e.endedOn > :day))
                  or exists (select a.id from Attendance a where a.participant = p and a.session.id = :sessionId))
                """, ExpectedPeople.class)
                .setParameter("batchId", batchId)
                .setParameter("day", day)
                .setParameter("sessionId", sessionId)
                .getResultList().stream()
                .sorted(Comparator.comparing(ExpectedPeople::name, collator).thenComparing(ExpectedPeople::participantId))
                .toList();
    }
}
