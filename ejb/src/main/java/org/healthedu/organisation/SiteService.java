package org.healthedu.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;
import org.healthedu.shared.Page;

/** Sites of units in the caller's scope. A site's scope is its owning unit's, wherever the site lies. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class SiteService {

    private static final String SITE_VIEW = """
            select new org.healthedu.organisation.SiteView(s.id, u.id, u.code, u.nameZh, s.kind, s.nameZh, s.nameEn,
                   s.address, s.contactName, s.contactPhone, s.active, s.version)
            from Site s join s.unit u
            """;

    @Inject
    private CurrentCaller currentCaller;

    @PersistenceContext
    private EntityManager em;

    public SiteView getSite(long id) {
        Caller caller = currentCaller.get();
        caller.requireCovers(find(id).unit());
        return view(id);
    }

    /** The sites a unit owns, a page at a time (a city can own many). */
    public Page<SiteView> sitesOf(long unitId, int offset, int limit) {
        Caller caller = currentCaller.get();
        caller.requireCovers(OrganisationService.findUnit(em, unitId));
        long total = em.createQuery("select count(s) from Site s where s.unit.id = :unitId", Long.class)
                .setParameter("unitId", unitId)
                .getSingleResult();
        List<SiteView> items = em.createQuery(SITE_VIEW + "where u.id = :unitId order by s.active desc, s.nameZh",
                SiteView.class)
                .setParameter("unitId", unitId)
                .setFirstResult(Page.clampOffset(offset))
                .setMaxResults(Page.clampLimit(limit))
                .getResultList();
        return new Page<>(items, total, Page.clampOffset(offset), Page.clampLimit(limit));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public SiteView createSite(long unitId, SiteDetails details) {
        Caller caller = currentCaller.get();
        OrganisationUnit unit = OrganisationService.findUnit(em, unitId);
        caller.requireCanManage(unit);
        Site site = new Site(unit, details);
        em.persist(site);
        em.flush();
        return view(site.id());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public SiteView updateSite(long id, SiteDetails details, Long expectedVersion) {
        Caller caller = currentCaller.get();
        Site site = find(id);
        caller.requireCanManage(site.unit());
        Persistence.requireVersion(site.version(), expectedVersion);
        site.describe(details);
        em.flush();
        return view(id);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public SiteView setSiteActive(long id, boolean active) {
        Caller caller = currentCaller.get();
        Site site = find(id);
        caller.requireCanManage(site.unit());
        if (active) {
            site.reactivate();
        } else {
            site.deactivate();
        }
        em.flush();
        return view(id);
    }

    private Site find(long id) {
        return Persistence.findOrNotFound(em, Site.class, id, "site.notFound");
    }

    private SiteView view(long id) {
        return em.createQuery(SITE_VIEW + "where s.id = :id", SiteView.class).setParameter("id", id)
                .getSingleResult();
    }
}
