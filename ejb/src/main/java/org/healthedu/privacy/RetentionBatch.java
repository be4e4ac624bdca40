package org.healthedu.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * One batch of the retention job, in its own transaction: under a cluster-wide transaction lock (another server
 * running the job at the same moment finds it taken and stops), finds up to {@code size} participants not yet
 * anonymised whose every enrolment is in a project that ended on or before their cutoff, and erases them. Internal:
 * called by {@link RetentionJob} only.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RetentionBatch {

    /** The advisory lock key of the retention job ("retentio" in ASCII). */
    static final long LOCK_KEY = 0x726574656e74696fL;

    private static final String DUE = """
            select p.id from participant p
            where p.anonymised_at is null
              and exists (select 1 from enrolment e where e.participant_id = p.id)
              and not exists (
                  select 1 from enrolment e join project pj on pj.id = e.project_id
                  where e.participant_id = p.id
                    and pj.end_date > case when p.birth_year > :minorsBornAfter then cast(:minorCutoff as date)
                                           else cast(:adultCutoff as date) end)
              and (:projectId < 0
                   or exists (select 1 from enrolment e where e.participant_id = p.id and e.project_id = :projectId))
            order by p.id
            limit :size
            for update of p skip locked""";

    @PersistenceContext
    private EntityManager em;

    /** The number anonymised, or -1 when another server holds the job's lock. */
    public int anonymiseNext(RetentionPolicy policy, LocalDate today, Long projectId) {
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK_KEY)
                .getSingleResult();
        if (!locked) {
            return -1;
        }
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery(DUE)
                .setParameter("minorsBornAfter", RetentionPolicy.minorsBornAfter(today))
                .setParameter("minorCutoff", policy.minorCutoff(today))
                .setParameter("adultCutoff", policy.adultCutoff(today))
                .setParameter("projectId", projectId == null ? -1L : projectId)
                .setParameter("size", policy.batchSize())
                .getResultList();
        List<Long> ids = due.stream().map(Number::longValue).toList();
        PersonalDataEraser.erase(em, ids);
        return ids.size();
    }
}
