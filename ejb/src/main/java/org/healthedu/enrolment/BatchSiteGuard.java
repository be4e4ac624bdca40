package org.healthedu.enrolment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.healthedu.project.ProjectSiteRemoving;
import org.healthedu.shared.DomainException;

/** Keeps a project site that has batches: its batches and their enrolments are the project's record. */
@Stateless
@PermitAll
public class BatchSiteGuard {

    @PersistenceContext
    private EntityManager em;

    public void refuseWhileBatchesExist(@Observes ProjectSiteRemoving removing) {
        long batches = em.createQuery("select count(b) from Batch b where b.projectSite.id = :id", Long.class)
                .setParameter("id", removing.projectSiteId())
                .getSingleResult();
        if (batches > 0) {
            throw DomainException.conflict("siteId", "project.site.hasBatches", String.valueOf(batches));
        }
    }
}
