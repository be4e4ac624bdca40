package org.healthedu.courseware;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.healthedu.project.ProjectSiteRemoving;
import org.healthedu.shared.DomainException;

/**
 * Keeps a project site that has courseware: its versions, approvals and comments are the project's record, and
 * removing the site would delete them with it.
 */
@Stateless
@PermitAll
public class CoursewareSiteGuard {

    @PersistenceContext
    private EntityManager em;

    public void refuseWhileCoursewareExists(@Observes ProjectSiteRemoving removing) {
        long courseware = em.createQuery("select count(c) from Courseware c where c.projectSite.id = :id", Long.class)
                .setParameter("id", removing.projectSiteId())
                .getSingleResult();
        if (courseware > 0) {
            throw DomainException.conflict("siteId", "project.site.hasCourseware", String.valueOf(courseware));
        }
    }
}
