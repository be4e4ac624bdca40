package org.healthedu.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.Site;
import org.healthedu.organisation.UnitCode;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;
import org.healthedu.shared.Page;

/**
 * Projects and their sites. A project is seen by whoever covers its owning unit or its funding unit (a funder's
 * coordinators follow every project it funds) and by the members of its sites' trainer groups ({@link ProjectAccess}),
 * and managed by an admin or a coordinator covering its owning unit.
 * Every method resolves the caller and checks that first; list queries carry the scope as indexed path prefixes.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class ProjectService {

    /** Select list of {@link ProjectView}; the site count is a correlated subquery, not a query per row. */
    static final String PROJECT_VIEW = """
            select new org.healthedu.project.ProjectView(p.id, p.code, p.nameZh, p.nameEn, f.id, f.code, f.nameZh,
                   o.id, o.code, o.nameZh, p.startDate, p.endDate, p.status, p.description, p.budgetCny,
                   (select count(ps) from ProjectSite ps where ps.project = p),
                   p.version)
            from Project p join p.funder f join p.owner o
            """;

    static final String PROJECT_SITE_VIEW = """
            select new org.healthedu.project.ProjectSiteView(ps.id, p.id, s.id, s.nameZh, s.nameEn, s.kind,
                   su.nameZh, r.id, r.nameZh)
            from ProjectSite ps join ps.project p join ps.site s join s.unit su join ps.responsibleUnit r
            """;

    @Inject
    private CurrentCaller currentCaller;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<ProjectSiteAdded> siteAdded;

    @Inject
    private Event<ProjectSiteRemoving> siteRemoving;

    public ProjectView getProject(long id) {
        Caller caller = currentCaller.get();
        requireCanSee(caller, find(id));
        return view(id);
    }

    /**
     * Projects in scope whose code or name contains {@code text}, in one status or all ({@code status} null), latest
     * start first, a page at a time.
     */
    public Page<ProjectView> listProjects(String text, ProjectStatus status, int offset, int limit) {
        Caller caller = currentCaller.get();
        String pattern = Persistence.containsPattern(text);
        String where = "where (o.path like :scope or f.path like :scope or " + ProjectAccess.MEMBER_OF_P + ")\n"
                + """
                  and (lower(p.code) like :text escape '\\' or lower(p.nameZh) like :text escape '\\'
                       or lower(coalesce(p.nameEn, '')) like :text escape '\\')
                """ + (status == null ? "" : " and p.status = :status ");
        TypedQuery<Long> count = em.createQuery(
                "select count(p) from Project p join p.funder f join p.owner o " + where, Long.class);
        TypedQuery<ProjectView> items = em.createQuery(PROJECT_VIEW + where + " order by p.startDate desc, p.code",
                ProjectView.class);
        for (TypedQuery<?> query : List.of(count, items)) {
            query.setParameter("scope", caller.scopePattern()).setParameter("text", pattern)
                    .setParameter("accountId", caller.accountId());
            if (status != null) {
                query.setParameter("status", status);
            }
        }
        long total = count.getSingleResult();
        List<ProjectView> page = items.setFirstResult(Page.clampOffset(offset))
                .setMaxResults(Page.clampLimit(limit))
                .getResultList();
        return new Page<>(page, total, Page.clampOffset(offset), Page.clampLimit(limit));
    }

    /** A new DRAFT project, owned by a unit the caller manages and funded by that unit or one above it. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public ProjectView createProject(ProjectDraft draft) {
        Caller caller = currentCaller.get();
        if (draft.ownerUnitId() == null) {
            throw DomainException.invalid("ownerUnitId", "error.required");
        }
        OrganisationUnit owner = findUnit(draft.ownerUnitId());
        caller.requireCanManage(owner);
        if (draft.funderUnitId() == null) {
            throw DomainException.invalid("funderUnitId", "error.required");
        }
        OrganisationUnit funder = findUnit(draft.funderUnitId());
        Project project = new Project(draft, funder, owner);
        requireCodeFree(project.code(), null);
        em.persist(project);
        Persistence.flushOrConflict(em, "code", "project.code.taken");
        return view(project.id());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public ProjectView updateProject(long id, ProjectChanges changes) {
        Caller caller = currentCaller.get();
        Project project = find(id);
        caller.requireCanManage(project.owner());
        project.requireOpen();
        Persistence.requireVersion(project.version(), changes.expectedVersion());
        String code = UnitCode.normalise(changes.code());
        if (!code.equals(project.code())) {
            requireCodeFree(code, id);
        }
        project.revise(changes);
        Persistence.flushOrConflict(em, "code", "project.code.taken");
        return view(id);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public ProjectView activateProject(long id) {
        Caller caller = currentCaller.get();
        Project project = find(id);
        caller.requireCanManage(project.owner());
        project.activate();
        em.flush();
        return view(id);
    }

    /** Closes a project: from then on it is a read-only record. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public ProjectView closeProject(long id) {
        Caller caller = currentCaller.get();
        Project project = find(id);
        caller.requireCanManage(project.owner());
        project.close();
        em.flush();
        return view(id);
    }

    /** Whether the caller may change this project (and its parts) now: a manager of it, and it is not closed. */
    public boolean canManage(long id) {
        Caller caller = currentCaller.get();
        Project project = find(id);
        requireCanSee(caller, project);
        return project.status() != ProjectStatus.CLOSED && caller.canManage(project.owner().path());
    }

    /** The sites taking part in a project, in one query. */
    public List<ProjectSiteView> sitesOf(long projectId) {
        Caller caller = currentCaller.get();
        requireCanSee(caller, find(projectId));
        return em.createQuery(PROJECT_SITE_VIEW + "where p.id = :projectId order by s.nameZh, s.id",
                ProjectSiteView.class)
                .setParameter("projectId", projectId)
                .getResultList();
    }

    /** One site of a project, or {@code project.site.notFound} when it takes no part in it. */
    public ProjectSiteView projectSite(long projectId, long siteId) {
        Caller caller = currentCaller.get();
        requireCanSee(caller, find(projectId));
        return siteView(projectId, siteId);
    }

    /**
     * Adds an active site of the owning unit's subtree to the project, with the unit responsible for it there
     * ({@code responsibleUnitId} null: the site's own unit).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public ProjectSiteView addSite(long projectId, long siteId, Long responsibleUnitId) {
        Caller caller = currentCaller.get();
        Project project = find(projectId);
        caller.requireCanManage(project.owner());
        project.requireOpen();
        Site site = em.find(Site.class, siteId);
        if (site == null) {
            throw DomainException.notFound("site.notFound", siteId);
        }
        OrganisationUnit responsible = responsibleUnitId == null ? null : findUnit(responsibleUnitId);
        ProjectSite projectSite = new ProjectSite(project, site, responsible);
        boolean siteActive = em.createQuery("select s.active from Site s where s.id = :id", Boolean.class)
                .setParameter("id", siteId)
                .getSingleResult();
        if (!siteActive) {
            throw DomainException.invalid("siteId", "project.site.inactive");
        }
        if (findProjectSite(projectId, siteId) != null) {
            throw DomainException.conflict("siteId", "project.site.duplicate");
        }
        em.persist(projectSite);
        Persistence.flushOrConflict(em, "siteId", "project.site.duplicate");
        siteAdded.fire(new ProjectSiteAdded(projectId, projectSite.id()));
        return siteView(projectId, siteId);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public void removeSite(long projectId, long siteId) {
        Caller caller = currentCaller.get();
        Project project = find(projectId);
        caller.requireCanManage(project.owner());
        project.requireOpen();
        ProjectSite projectSite = findProjectSite(projectId, siteId);
        if (projectSite == null) {
            throw DomainException.notFound("project.site.notFound", siteId);
        }
        siteRemoving.fire(new ProjectSiteRemoving(projectId, projectSite.id()));
        em.remove(projectSite);
        em.flush();
    }

    /** Who sees a project: see {@link ProjectAccess}. */
    private void requireCanSee(Caller caller, Project project) {
        ProjectAccess.requireCanSee(em, caller, project);
    }

    private Project find(long id) {
        return Persistence.findOrNotFound(em, Project.class, id, "project.notFound");
    }

    private OrganisationUnit findUnit(long id) {
        return Persistence.findOrNotFound(em, OrganisationUnit.class, id, "unit.notFound");
    }

    private ProjectSite findProjectSite(long projectId, long siteId) {
        List<ProjectSite> found = em.createQuery(
                "select ps from ProjectSite ps where ps.project.id = :projectId and ps.site.id = :siteId",
                ProjectSite.class)
                .setParameter("projectId", projectId)
                .setParameter("siteId", siteId)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private ProjectView view(long id) {
        return em.createQuery(PROJECT_VIEW + "where p.id = :id", ProjectView.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    private ProjectSiteView siteView(long projectId, long siteId) {
        List<ProjectSiteView> found = em.createQuery(PROJECT_SITE_VIEW + "where p.id = :projectId and s.id = :siteId",
                ProjectSiteView.class)
                .setParameter("projectId", projectId)
                .setParameter("siteId", siteId)
                .getResultList();
        if (found.isEmpty()) {
            throw DomainException.notFound("project.site.notFound", siteId);
        }
        return found.get(0);
    }

    private void requireCodeFree(String code, Long exceptId) {
        long taken = em.createQuery(
                "select count(p) from Project p where p.code = :code and p.id <> :exceptId", Long.class)
                .setParameter("code", code)
                .setParameter("exceptId", exceptId == null ? -1L : exceptId)
                .getSingleResult();
        if (taken > 0) {
            throw DomainException.conflict("code", "project.code.taken", code);
        }
    }
}
