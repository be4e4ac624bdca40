package org.healthedu.feedback;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthedu.shared.DomainException;

/**
 * Reads form versions and finds the form a session uses. No access checks here: callers (the builder, the public
 * form, the results) decide who may see what before they ask.
 */
@Stateless
@PermitAll
public class FormDefinitions {

    /** The shipped templates' codes. */
    public static final String PARENTS_TEMPLATE = "POST_SESSION_PARENTS";
    public static final String STUDENTS_TEMPLATE = "POST_SESSION_STUDENTS";

    @PersistenceContext
    private EntityManager em;

    /** A form version with its sections, questions and choices, in four queries. */
    public FormDefinition load(long versionId) {
        List<Object[]> head = em.createQuery("""
                select f.id, v.id, v.number, f.templateCode, f.nameZh, f.nameEn, f.forParents, f.forStudents,
                       f.identified
                  from FormVersion v join v.form f where v.id = :version""", Object[].class)
                .setParameter("version", versionId).getResultList();
        if (head.isEmpty()) {
            throw DomainException.notFound("feedback.form.notFound");
        }
        Object[] h = head.get(0);
        Map<Long, List<FormDefinition.Choice>> choices = new LinkedHashMap<>();
        for (Object[] c : em.createQuery("""
                select c.question.id, c.id, c.position, c.labelZh, c.labelEn from FormChoice c
                 where c.question.version.id = :version order by c.question.id, c.position""", Object[].class)
                .setParameter("version", versionId).getResultList()) {
            choices.computeIfAbsent((Long) c[0], k -> new ArrayList<>())
                    .add(new FormDefinition.Choice((Long) c[1], (Integer) c[2], (String) c[3], (String) c[4]));
        }
        Map<Long, List<FormDefinition.Question>> questions = new LinkedHashMap<>();
        for (Object[] q : em.createQuery("""
                select q.section.id, q.id, q.lineageId, q.position, q.kind, q.required, q.audience, q.measure,
                       q.textZh, q.textEn
                  from FormQuestion q where q.version.id = :version order by q.section.id, q.position""",
                Object[].class).setParameter("version", versionId).getResultList()) {
            long id = (Long) q[1];
            questions.computeIfAbsent((Long) q[0], k -> new ArrayList<>()).add(new FormDefinition.Question(id,
                    (Long) q[2], (Integer) q[3], (QuestionKind) q[4], (Boolean) q[5], (Audience) q[6],
                    (Measure) q[7], (String) q[8], (String) q[9], List.copyOf(choices.getOrDefault(id, List.of()))));
        }
        List<FormDefinition.Section> sections = new ArrayList<>();
        for (Object[] s : em.createQuery("""
                select s.id, s.position, s.titleZh, s.titleEn from FormSection s
                 where s.version.id = :version order by s.position""", Object[].class)
                .setParameter("version", versionId).getResultList()) {
            long id = (Long) s[0];
            sections.add(new FormDefinition.Section(id, (Integer) s[1], (String) s[2], (String) s[3],
                    List.copyOf(questions.getOrDefault(id, List.of()))));
        }
        return new FormDefinition((Long) h[0], (Long) h[1], (Integer) h[2], (String) h[3], (String) h[4],
                (String) h[5], (Boolean) h[6], (Boolean) h[7], (Boolean) h[8], List.copyOf(sections));
    }

    /**
     * The form a session's participants answer: the one assigned to the session's lesson in its project, else the
     * project's default, else the shipped template that fits the batch (parents' when most of its people are
     * parents, students' otherwise). One query.
     */
    public FeedbackForm formForSession(long sessionId) {
        List<?> found = em.createNativeQuery("""
                select coalesce(
                         (select a.form_id from feedback_assignment a
                           where a.project_id = s.project_id and a.lesson_lineage_id = l.lineage_id),
                         (select a.form_id from feedback_assignment a
                           where a.project_id = s.project_id and a.lesson_lineage_id is null),
                         (select t.id from feedback_form t where t.template_code = case
                             when (select count(*) filter (where p.kind = 'PARENT') * 2 >= count(*)
                                     from enrolment e join participant p on p.id = e.participant_id
                                    where e.batch_id = s.batch_id)
                             then '%s' else '%s' end))
                  from training_session s join curriculum_lesson l on l.id = s.lesson_id
                 where s.id = :session""".formatted(PARENTS_TEMPLATE, STUDENTS_TEMPLATE))
                .setParameter("session", sessionId).getResultList();
        if (found.isEmpty()) {
            throw DomainException.notFound("session.notFound");
        }
        return em.find(FeedbackForm.class, ((Number) found.get(0)).longValue());
    }

    /**
     * The form a peer session's audience (young people, peers of the host) answers: the students' form the host's
     * training project assigned to the session's lesson, else its default when that is a students' form, else the
     * shipped students' template. A parents-only form is passed over. One query.
     */
    public FeedbackForm formForPeerSession(long peerSessionId) {
        List<?> found = em.createNativeQuery("""
                select coalesce(
                         (select a.form_id from feedback_assignment a join feedback_form f on f.id = a.form_id
                           where a.project_id = h.project_id and a.lesson_lineage_id = l.lineage_id
                             and f.for_students),
                         (select a.form_id from feedback_assignment a join feedback_form f on f.id = a.form_id
                           where a.project_id = h.project_id and a.lesson_lineage_id is null and f.for_students),
                         (select t.id from feedback_form t where t.template_code = '%s'))
                  from peer_session p join peer_host h on h.id = p.host_id
                       left join curriculum_lesson l on l.id = p.lesson_id
                 where p.id = :session""".formatted(STUDENTS_TEMPLATE))
                .setParameter("session", peerSessionId).getResultList();
        if (found.isEmpty()) {
            throw DomainException.notFound("peer.notFound");
        }
        return em.find(FeedbackForm.class, ((Number) found.get(0)).longValue());
    }
}
