package org.healthedu.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;
import org.healthedu.shared.Page;

/**
 * Reading and changing the hierarchy. Every method resolves the caller and checks their scope before touching a
 * unit; every list query carries the caller's subtree as an indexed path prefix.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class OrganisationService {

    /** Select list of {@link UnitView}; the counts are correlated subqueries on indexed columns, not a query per row. */
    static final String UNIT_VIEW = """
            select new org.healthedu.organisation.UnitView(u.id, u.code, u.nameZh, u.nameEn, u.kind, p.id, p.code,
                   p.nameZh, p.kind, u.depth, u.active,
                   (select count(c) from OrganisationUnit c where c.parent = u),
                   (select count(s) from Site s where s.unit = u),
                   u.version)
            from OrganisationUnit u left join u.parent p
            """;

    @Inject
    private CurrentCaller currentCaller;

    @PersistenceContext
    private EntityManager em;

    public UnitView getUnit(long id) {
        Caller caller = currentCaller.get();
        caller.requireCovers(find(id));
        return view(id);
    }

    /** The tops of the caller's tree: their own unit, or every national unit for an admin. */
    public List<UnitView> scopeRoots() {
        Caller caller = currentCaller.get();
        String where = caller.isAdmin() ? "where u.parent is null" : "where u.id = :unitId";
        TypedQuery<UnitView> query = em.createQuery(UNIT_VIEW + where + " order by u.code", UnitView.class);
        if (!caller.isAdmin()) {
            query.setParameter("unitId", caller.unitId());
        }
        return query.getResultList();
    }

    public List<UnitView> childrenOf(long parentId) {
        Caller caller = currentCaller.get();
        caller.requireCovers(find(parentId));
        return em.createQuery(UNIT_VIEW + "where u.parent.id = :parentId order by u.active desc, u.code",
                UnitView.class)
                .setParameter("parentId", parentId)
                .getResultList();
    }

    /**
     * A unit in the caller's scope and every unit above it, top first: who may fund or oversee work owned by it.
     * The names of the units above are shown even though they lie outside the caller's scope.
     */
    public List<UnitView> lineageOf(long unitId) {
        Caller caller = currentCaller.get();
        OrganisationUnit unit = find(unitId);
        caller.requireCovers(unit);
        List<Long> ids = java.util.Arrays.stream(unit.path().split("/")).filter(part -> !part.isEmpty())
                .map(Long::valueOf).toList();
        return em.createQuery(UNIT_VIEW + "where u.id in :ids order by u.depth", UnitView.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** Units in scope whose code or name contains {@code text}, a page at a time. */
    public Page<UnitView> search(String text, boolean includeInactive, int offset, int limit) {
        Caller caller = currentCaller.get();
        String pattern = Persistence.containsPattern(text);
        String where = """
                where u.path like :scope
                  and (lower(u.code) like :text escape '\\' or lower(u.nameZh) like :text escape '\\'
                       or lower(coalesce(u.nameEn, '')) like :text escape '\\')
                """ + (includeInactive ? "" : " and u.active = true ");
        long total = em.createQuery("select count(u) from OrganisationUnit u " + where, Long.class)
                .setParameter("scope", caller.scopePattern())
                .setParameter("text", pattern)
                .getSingleResult();
        List<UnitView> items = em.createQuery(UNIT_VIEW + where + " order by u.depth, u.code", UnitView.class)
                .setParameter("scope", caller.scopePattern())
                .setParameter("text", pattern)
                .setFirstResult(Page.clampOffset(offset))
                .setMaxResults(Page.clampLimit(limit))
                .getResultList();
        return new Page<>(items, total, Page.clampOffset(offset), Page.clampLimit(limit));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public UnitView createUnit(UnitDraft draft) {
        Caller caller = currentCaller.get();
        OrganisationUnit parent = null;
        if (draft.parentId() != null) {
            parent = find(draft.parentId());
            caller.requireCanManage(parent);
        } else if (!caller.isAdmin()) {
            throw DomainException.forbidden();
        }
        OrganisationUnit unit = new OrganisationUnit(draft.code(), draft.nameZh(), draft.nameEn(), draft.kind(),
                parent);
        requireCodeFree(unit.code(), null);
        em.persist(unit);
        unit.placeInTree();
        Persistence.flushOrConflict(em, "code", "unit.code.taken");
        return view(unit.id());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public UnitView updateUnit(long id, UnitChanges changes) {
        Caller caller = currentCaller.get();
        OrganisationUnit unit = find(id);
        caller.requireCanManage(unit);
        Persistence.requireVersion(unit.version(), changes.expectedVersion());
        unit.rename(changes.nameZh(), changes.nameEn());
        String code = UnitCode.normalise(changes.code());
        if (!code.equals(unit.code())) {
            requireCodeFree(code, id);
            unit.changeCode(code);
        }
        if (changes.kind() != null && changes.kind() != unit.kind()) {
            unit.changeKind(changes.kind());
            List<UnitKind> childKinds = em.createQuery(
                    "select distinct c.kind from OrganisationUnit c where c.parent.id = :id", UnitKind.class)
                    .setParameter("id", id)
                    .getResultList();
            for (UnitKind childKind : childKinds) {
                try {
                    childKind.checkPlacementUnder(changes.kind());
                } catch (DomainException e) {
                    throw DomainException.invalid("kind", "unit.kind.childrenDoNotFit", childKind.labelKey());
                }
            }
        }
        Persistence.flushOrConflict(em, "code", "unit.code.taken");
        return view(id);
    }

    /** Moves a unit and its whole subtree under a new parent, in one statement for the descendants. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public UnitView moveUnit(long id, long newParentId, Long expectedVersion) {
        Caller caller = currentCaller.get();
        OrganisationUnit unit = find(id);
        caller.requireCanRestructure(unit);
        OrganisationUnit newParent = find(newParentId);
        caller.requireCanManage(newParent);
        Persistence.requireVersion(unit.version(), expectedVersion);
        String oldPath = unit.path();
        int oldDepth = unit.depth();
        unit.moveUnder(newParent);
        em.flush();
        em.createNativeQuery("""
                update organisation_unit
                   set path = ?1 || substring(path from ?2), depth = depth + ?3, version = version + 1,
                       updated_at = now()
                 where path like ?4 and id <> ?5""")
                .setParameter(1, unit.path())
                .setParameter(2, oldPath.length() + 1)
                .setParameter(3, unit.depth() - oldDepth)
                .setParameter(4, UnitPath.subtreePattern(oldPath))
                .setParameter(5, id)
                .executeUpdate();
        return view(id);
    }

    /** Deactivates a unit with no active sub-units; it stays, with its history, but takes no new work. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public UnitView deactivateUnit(long id) {
        Caller caller = currentCaller.get();
        OrganisationUnit unit = find(id);
        caller.requireCanRestructure(unit);
        long activeChildren = em.createQuery(
                "select count(c) from OrganisationUnit c where c.parent.id = :id and c.active = true", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (activeChildren > 0) {
            throw DomainException.conflict(null, "unit.deactivate.activeChildren", activeChildren);
        }
        unit.deactivate();
        em.flush();
        return view(id);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public UnitView reactivateUnit(long id) {
        Caller caller = currentCaller.get();
        OrganisationUnit unit = find(id);
        caller.requireCanRestructure(unit);
        unit.reactivate();
        em.flush();
        return view(id);
    }

    private OrganisationUnit find(long id) {
        return findUnit(em, id);
    }

    /** Loads a unit or reports it missing; scope is checked by the caller of this method. */
    static OrganisationUnit findUnit(EntityManager em, long id) {
        return Persistence.findOrNotFound(em, OrganisationUnit.class, id, "unit.notFound");
    }

    private UnitView view(long id) {
        return em.createQuery(UNIT_VIEW + "where u.id = :id", UnitView.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    private void requireCodeFree(String code, Long exceptId) {
        long taken = em.createQuery(
                "select count(u) from OrganisationUnit u where u.code = :code and u.id <> :exceptId", Long.class)
                .setParameter("code", code)
                .setParameter("exceptId", exceptId == null ? -1L : exceptId)
                .getSingleResult();
        if (taken > 0) {
            throw DomainException.conflict("code", "unit.code.taken", code);
        }
    }
}
