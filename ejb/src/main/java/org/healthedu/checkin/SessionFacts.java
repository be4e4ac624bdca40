package org.healthedu.checkin;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.healthedu.session.SessionStatus;

/** What check-in and the sign-in sheet say about a session, read in one query. */
record SessionFacts(long id, long batchId, String projectName, String batchName, int lessonPosition,
        String lessonTitleZh, String lessonTitleEn, String siteName, String room, Instant startsAt, Instant endsAt,
        SessionStatus status, String code, String leadTrainerName) {

    private static final String SELECT = """
            select new org.healthedu.checkin.SessionFacts(s.id, b.id, p.nameZh, b.name, l.position, l.titleZh,
                   l.titleEn, site.nameZh, s.room, s.startsAt, s.endsAt, s.status, s.checkinCode, lead.displayName)
            from TrainingSession s join s.project p join s.batch b join s.lesson l join s.projectSite ps
                 join ps.site site join s.leadTrainer lead
            """;

    static SessionFacts byId(EntityManager em, long id) {
        return em.createQuery(SELECT + " where s.id = :id", SessionFacts.class).setParameter("id", id)
                .getSingleResult();
    }

    /** The session with this code, or null. */
    static SessionFacts byCode(EntityManager em, String code) {
        List<SessionFacts> found = em.createQuery(SELECT + " where s.checkinCode = :code", SessionFacts.class)
                .setParameter("code", code).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    SessionFacts withCode(String newCode) {
        return new SessionFacts(id, batchId, projectName, batchName, lessonPosition, lessonTitleZh, lessonTitleEn,
                siteName, room, startsAt, endsAt, status, newCode, leadTrainerName);
    }
}
