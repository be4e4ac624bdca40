package org.healthedu.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.healthedu.file.FileStore;

/**
 * One batch of the retention job, in its own transaction: under a cluster-wide transaction lock (another server
 * running the job at the same moment finds it taken and stops), finds up to {@code size} participants not yet
 * anonymised whose every enrolment is in a project that ended on or before their cutoff, and erases them; or up to
 * {@code size} uploaded files that may show participants whose retention period passed, and removes their content.
 * Internal: called by {@link RetentionJob} only.
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

    /**
     * Files that may show participants whose reason to be kept has passed, still holding their content: evidence of a
     * headcount activity once its project (or, without a project, the activity itself) ended on or before the cutoff
     * (the minors' one when the audience is students, girls or boys or anyone counted is under 18); attachments of a
     * completion report once its project ended on or before the cutoff (the minors' one when anyone enrolled in the
     * project could still be under 18). The reports' figures and text stay; only the photos and lists go.
     */
    private static final String DUE_FILES = """
            select f.id from stored_file f
            where f.content_removed_at is null
              and f.id in (
                  select ae.file_id from activity_evidence ae join activity a on a.id = ae.activity_id
                       left join project pj on pj.id = a.project_id
                  where coalesce(pj.end_date, a.held_on)
                        <= case when a.audience in ('STUDENTS', 'GIRLS', 'BOYS')
                                     or coalesce(a.age_under14, 0) + coalesce(a.age_14_17, 0) > 0
                                then cast(:minorCutoff as date) else cast(:adultCutoff as date) end
                    and (:projectId < 0 or a.project_id = :projectId)
                  union all
                  select ra.file_id from report_attachment ra join completion_report r on r.id = ra.report_id
                       join project pj on pj.id = r.project_id
                  where pj.end_date
                        <= case when exists (select 1 from enrolment e join participant p on p.id = e.participant_id
                                             where e.project_id = pj.id and p.birth_year > :minorsBornAfter)
                                then cast(:minorCutoff as date) else cast(:adultCutoff as date) end
                    and (:projectId < 0 or r.project_id = :projectId))
            order by f.id
            limit :size
            for update of f skip locked""";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FileStore fileStore;

    /** The number anonymised, or -1 when another server holds the job's lock. */
    public int anonymiseNext(RetentionPolicy policy, LocalDate today, Long projectId) {
        List<Long> ids = dueUnderLock(DUE, policy, today, projectId);
        if (ids == null) {
            return -1;
        }
        PersonalDataEraser.erase(em, ids);
        return ids.size();
    }

    /** Removes the content of up to a batch of due files ({@link #DUE_FILES}); -1 when another server runs the job. */
    public int removeNextFiles(RetentionPolicy policy, LocalDate today, Long projectId) {
        List<Long> ids = dueUnderLock(DUE_FILES, policy, today, projectId);
        if (ids == null) {
            return -1;
        }
        fileStore.removeContent(ids, FileStore.RemovalReason.RETENTION);
        return ids.size();
    }

    /** Takes the job's transaction lock and reads up to a batch of due ids; null when another server holds the lock. */
    private List<Long> dueUnderLock(String sql, RetentionPolicy policy, LocalDate today, Long projectId) {
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK_KEY)
                .getSingleResult();
        if (!locked) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery(sql)
                .setParameter("minorsBornAfter", RetentionPolicy.minorsBornAfter(today))
                .setParameter("minorCutoff", policy.minorCutoff(today))
                .setParameter("adultCutoff", policy.adultCutoff(today))
                .setParameter("projectId", projectId == null ? -1L : projectId)
                .setParameter("size", policy.batchSize())
                .getResultList();
        return due.stream().map(Number::longValue).toList();
    }
}
