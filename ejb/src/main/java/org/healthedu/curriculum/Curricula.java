package org.healthedu.curriculum;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;

/**
 * What other features ask of curricula: a project's current version, marking a version in use when a batch starts
 * following it, and lessons by id or lineage. Internal: no role or scope check of its own — the calling service has
 * checked its caller and the project first. Its queries are named queries of {@link Curriculum}, checked when the
 * application starts.
 */
@Stateless
@PermitAll
public class Curricula {

    @PersistenceContext
    private EntityManager em;

    /** The project's current (latest) curriculum version, if it has adopted one. */
    public Optional<CurriculumVersionRef> currentVersion(long projectId) {
        return em.createNamedQuery(Curriculum.CURRENT_VERSION, CurriculumVersionRef.class)
                .setParameter("projectId", projectId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** One version of a project's curriculum; {@code curriculum.notFound} for an unknown id or a template. */
    public CurriculumVersionRef version(long curriculumId) {
        List<CurriculumVersionRef> found = em.createNamedQuery(Curriculum.VERSION,
                CurriculumVersionRef.class)
                .setParameter("id", curriculumId)
                .getResultList();
        if (found.isEmpty()) {
            throw DomainException.notFound("curriculum.notFound", curriculumId);
        }
        return found.get(0);
    }

    /**
     * A batch follows this version from now on: it is never edited again (an edit makes the next version). Marking
     * it again does nothing; a template cannot be in use ({@code curriculum.inUse.template}).
     */
    public void markInUse(long curriculumId) {
        Persistence.findOrNotFound(em, Curriculum.class, curriculumId, "curriculum.notFound").markInUse();
        em.flush();
    }

    public LessonRef lesson(long lessonId) {
        List<LessonRef> found = em.createNamedQuery(Curriculum.LESSON, LessonRef.class)
                .setParameter("id", lessonId)
                .getResultList();
        if (found.isEmpty()) {
            throw DomainException.notFound("curriculum.lesson.notFound", lessonId);
        }
        return found.get(0);
    }

    /** The lesson of a lineage in one version of a project's curriculum (absent: removed in that version). */
    public Optional<LessonRef> lessonInVersion(long curriculumId, long lineageId) {
        return em.createNamedQuery(Curriculum.LESSON_IN_VERSION, LessonRef.class)
                .setParameter("curriculumId", curriculumId)
                .setParameter("lineageId", lineageId)
                .getResultStream().findFirst();
    }
}
