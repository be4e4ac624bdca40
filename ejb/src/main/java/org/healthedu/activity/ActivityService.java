package org.healthedu.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.file.FileContent;
import org.healthedu.file.FilePolicy;
import org.healthedu.file.FileStore;
import org.healthedu.file.StoredFile;
import org.healthedu.file.StoredFileView;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.Site;
import org.healthedu.organisation.UnitPath;
import org.healthedu.project.Project;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.shared.Persistence;

/**
 * Logging activities counted by headcount. Coordinators (and admins) log and edit for units in their scope; trainers
 * log for their own unit and for the sites where they sit in a trainer group, and edit what they logged; observers
 * read in their scope. Every read is narrowed by the unit path in the query itself.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class ActivityService {

    static final String VIEW = """
            select new org.healthedu.activity.ActivityView(a.id, a.type, a.online, a.heldOn, u.id, u.nameZh,
                   s.id, s.nameZh, p.id, p.nameZh, a.topic, a.organiserName, a.audience, a.headcount, a.female, a.male,
                   a.sexUnknown, a.ageUnder14, a.age14to17, a.age18to24, a.age25plus, a.ageUnknown, a.grade, a.note,
                   r.id, r.displayName,
                   (select count(e) from ActivityEvidence e where e.activity = a), a.version)
            from Activity a join a.unit u left join a.site s left join a.project p, Account r
            where r.id = a.recordedBy and a.deletedAt is null
            """;

    /** What a caller may read: their unit's subtree; a trainer also what they logged and their groups' sites. */
    private static final String VISIBLE = """
             and (u.path like :scope or a.recordedBy = :me or s.id in :groupSites)
            """;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private FileStore files;

    @PersistenceContext
    private EntityManager em;

    /** A page of the activities the caller may see, latest first, narrowed by the filter. */
    public Page<ActivityView> list(ActivityFilter filter, int offset, int limit) {
        Caller caller = currentCaller.get();
        ActivityFilter f = filter == null ? ActivityFilter.none() : filter;
        String subtree = null;
        if (f.unitId() != null) {
            subtree = UnitPath.subtreePattern(Persistence.findOrNotFound(em, OrganisationUnit.class, f.unitId(),
                    "unit.notFound").path());
        }
        StringBuilder where = new StringBuilder(VISIBLE);
        if (f.type() != null) {
            where.append(" and a.type = :type");
        }
        if (f.from() != null) {
            where.append(" and a.heldOn >= :from");
        }
        if (f.to() != null) {
            where.append(" and a.heldOn <= :to");
        }
        if (subtree != null) {
            where.append(" and u.path like :subtree");
        }
        if (f.projectId() != null) {
            where.append(" and p.id = :project");
        }
        List<Long> groupSites = groupSites(caller);
        TypedQuery<Long> count = em.createQuery("""
                select count(a) from Activity a join a.unit u left join a.site s left join a.project p
                where a.deletedAt is null""" + where, Long.class);
        TypedQuery<ActivityView> items = em.createQuery(VIEW + where + " order by a.heldOn desc, a.id desc",
                ActivityView.class);
        for (TypedQuery<?> query : List.of(count, items)) {
            query.setParameter("scope", caller.scopePattern()).setParameter("me", caller.accountId())
                    .setParameter("groupSites", groupSites);
            if (f.type() != null) {
                query.setParameter("type", f.type());
            }
            if (f.from() != null) {
                query.setParameter("from", f.from());
            }
            if (f.to() != null) {
                query.setParameter("to", f.to());
            }
            if (subtree != null) {
                query.setParameter("subtree", subtree);
            }
            if (f.projectId() != null) {
                query.setParameter("project", f.projectId());
            }
        }
        int first = Page.clampOffset(offset);
        int max = Page.clampLimit(limit);
        return new Page<>(items.setFirstResult(first).setMaxResults(max).getResultList(), count.getSingleResult(),
                first, max);
    }

    public ActivityView activity(long activityId) {
        Caller caller = currentCaller.get();
        requireVisible(caller, find(activityId));
        return view(activityId);
    }

    /** Whether the caller may change this activity (for pages: show the edit button). */
    public boolean canEdit(long activityId) {
        Caller caller = currentCaller.get();
        Activity activity = find(activityId);
        return mayEdit(caller, activity);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public ActivityView log(ActivityDraft draft) {
        Caller caller = currentCaller.get();
        requireDraft(draft);
        Place place = place(caller, draft);
        Activity activity = new Activity(draft, place.unit, place.site, project(draft, place.unit),
                caller.accountId());
        em.persist(activity);
        em.flush();
        return view(activity.id());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public ActivityView revise(long activityId, ActivityDraft draft) {
        Caller caller = currentCaller.get();
        requireDraft(draft);
        Activity activity = editable(caller, activityId);
        Persistence.requireVersion(activity.version(), draft.expectedVersion());
        Place place = place(caller, draft);
        activity.revise(draft, place.unit, place.site, project(draft, place.unit));
        em.flush();
        return view(activityId);
    }

    /** Soft removal: the row stays with who removed it and when, and no longer counts anywhere. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public void remove(long activityId, Long expectedVersion) {
        Caller caller = currentCaller.get();
        Activity activity = editable(caller, activityId);
        Persistence.requireVersion(activity.version(), expectedVersion);
        activity.delete(caller.accountId());
        em.flush();
    }

    /** Stores a photo or scanned sign-in sheet (PNG, JPEG or PDF, recognised by its bytes) with the activity. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public StoredFileView addEvidence(long activityId, String fileName, byte[] content) {
        Caller caller = currentCaller.get();
        Activity activity = editable(caller, activityId);
        StoredFile file = files.store("file", fileName, content, FilePolicy.EVIDENCE, caller.accountId());
        em.persist(new ActivityEvidence(activity, file));
        em.flush();
        return file.view();
    }

    /**
     * Removes one photo or sign-in sheet uploaded by mistake (whoever may edit the activity): the link and the file
     * itself, bytes included, since a photo of people should not outlive its reason to be kept. Like adding evidence,
     * this leaves the activity's version as it is.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public void removeEvidence(long activityId, long fileId) {
        Caller caller = currentCaller.get();
        editable(caller, activityId);
        int removed = em.createNativeQuery("delete from activity_evidence where activity_id = ?1 and file_id = ?2")
                .setParameter(1, activityId).setParameter(2, fileId).executeUpdate();
        if (removed == 0) {
            throw DomainException.notFound("activity.evidence.notFound", fileId);
        }
        // Stored for this evidence alone (each upload is a file of its own): nothing else points at it.
        em.createNativeQuery("delete from stored_file where id = ?1 and not exists"
                + " (select 1 from activity_evidence where file_id = ?1)").setParameter(1, fileId).executeUpdate();
    }

    public List<StoredFileView> evidence(long activityId) {
        requireVisible(currentCaller.get(), find(activityId));
        return em.createQuery("""
                select new org.healthedu.file.StoredFileView(f.id, f.fileName, f.contentType, f.sizeBytes, f.sha256,
                       f.createdAt, f.contentRemovedAt, f.contentRemovedReason)
                from ActivityEvidence e join e.file f where e.activity.id = :id order by f.createdAt, f.id
                """, StoredFileView.class).setParameter("id", activityId).getResultList();
    }

    public FileContent evidenceFile(long activityId, long fileId) {
        requireVisible(currentCaller.get(), find(activityId));
        List<StoredFile> found = em.createQuery("select e.file from ActivityEvidence e where e.activity.id = :id "
                + "and e.file.id = :file", StoredFile.class).setParameter("id", activityId)
                .setParameter("file", fileId).getResultList();
        if (found.isEmpty()) {
            throw DomainException.notFound("activity.evidence.notFound", fileId);
        }
        return files.content(found.get(0));
    }

    /** The most units and sites a picker offers; a larger scope narrows by the list's unit filter. */
    static final int MAX_CHOICES = 500;

    /**
     * The units and sites the caller may log activities for, in two queries: active units in their scope (a trainer:
     * their own unit's subtree) and active sites of those units, plus a trainer's group sites.
     */
    public PlaceChoices placeChoices() {
        Caller caller = currentCaller.get();
        List<PlaceChoices.Option> units = new ArrayList<>();
        if (caller.role() != Role.OBSERVER) {
            for (Object row : em.createNativeQuery("""
                    select id, name_zh from organisation_unit where active and path like ?1 order by path""")
                    .setParameter(1, caller.scopePattern()).setMaxResults(MAX_CHOICES).getResultList()) {
                Object[] r = (Object[]) row;
                units.add(new PlaceChoices.Option(((Number) r[0]).longValue(), (String) r[1]));
            }
        }
        List<PlaceChoices.Option> sites = new ArrayList<>();
        if (caller.role() != Role.OBSERVER) {
            for (Object row : em.createNativeQuery("""
                    select st.id, st.name_zh || '（' || u.name_zh || '）' from site st
                      join organisation_unit u on u.id = st.unit_id
                     where st.active and (u.path like ?1 or st.id = any(cast(?2 as bigint[])))
                     order by u.path, st.name_zh""")
                    .setParameter(1, caller.scopePattern())
                    .setParameter(2, groupSites(caller).stream().map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                    .setMaxResults(MAX_CHOICES).getResultList()) {
                Object[] r = (Object[]) row;
                sites.add(new PlaceChoices.Option(((Number) r[0]).longValue(), (String) r[1]));
            }
        }
        return new PlaceChoices(units, sites);
    }

    private record Place(OrganisationUnit unit, Site site) {
    }

    /**
     * The unit and site of a draft, checked against the caller: the site's unit when only a site is given; a site
     * given with a unit must belong to it; the caller must be allowed to log there.
     */
    private Place place(Caller caller, ActivityDraft draft) {
        Site site = draft.siteId() == null ? null
                : Persistence.findOrNotFound(em, Site.class, draft.siteId(), "site.notFound");
        OrganisationUnit unit;
        if (draft.unitId() != null) {
            unit = Persistence.findOrNotFound(em, OrganisationUnit.class, draft.unitId(), "unit.notFound");
            if (site != null && !site.unit().id().equals(unit.id())) {
                throw DomainException.invalid("siteId", "activity.site.otherUnit");
            }
        } else if (site != null) {
            unit = site.unit();
        } else {
            throw DomainException.invalid("unitId", "error.required");
        }
        if (!mayLog(caller, unit, site)) {
            throw DomainException.forbidden();
        }
        return new Place(unit, site);
    }

    /** The draft's project, whose scope must include the unit: the owner's subtree or one of the project's sites. */
    private Project project(ActivityDraft draft, OrganisationUnit unit) {
        if (draft.projectId() == null) {
            return null;
        }
        Project project = Persistence.findOrNotFound(em, Project.class, draft.projectId(), "project.notFound");
        boolean inScope = UnitPath.isWithin(unit.path(), project.owner().path())
                || !em.createNativeQuery("""
                        select 1 from project_site ps join site st on st.id = ps.site_id
                         where ps.project_id = ?1 and (st.unit_id = ?2 or ps.responsible_unit_id = ?2)""")
                        .setParameter(1, project.id()).setParameter(2, unit.id()).setMaxResults(1)
                        .getResultList().isEmpty();
        if (!inScope) {
            throw DomainException.invalid("projectId", "activity.project.outsideScope");
        }
        return project;
    }

    private boolean mayLog(Caller caller, OrganisationUnit unit, Site site) {
        if (caller.canManage(unit.path())) {
            return true;
        }
        return caller.role() == Role.TRAINER && (caller.covers(unit.path())
                || site != null && groupSites(caller).contains(site.id()));
    }

    private boolean mayEdit(Caller caller, Activity activity) {
        if (activity.deleted()) {
            return false;
        }
        if (caller.canManage(activity.unit().path())) {
            return true;
        }
        return caller.role() == Role.TRAINER && activity.recordedBy() == caller.accountId();
    }

    private Activity editable(Caller caller, long activityId) {
        Activity activity = find(activityId);
        requireVisible(caller, activity);
        if (!mayEdit(caller, activity)) {
            throw DomainException.forbidden();
        }
        return activity;
    }

    private void requireVisible(Caller caller, Activity activity) {
        boolean visible = caller.covers(activity.unit().path()) || activity.recordedBy() == caller.accountId()
                || activity.site() != null && groupSites(caller).contains(activity.site().id());
        if (!visible) {
            throw DomainException.forbidden();
        }
    }

    /** The sites where a trainer sits in a trainer group ({@code -1} alone when none, so "in" stays valid). */
    private List<Long> groupSites(Caller caller) {
        List<Long> sites = new ArrayList<>();
        if (caller.role() == Role.TRAINER) {
            for (Object id : em.createNativeQuery("""
                    select distinct ps.site_id from trainer_group_member m join trainer_group g on g.id = m.group_id
                      join project_site ps on ps.id = g.project_site_id where m.account_id = ?1""")
                    .setParameter(1, caller.accountId()).getResultList()) {
                sites.add(((Number) id).longValue());
            }
        }
        if (sites.isEmpty()) {
            sites.add(-1L);
        }
        return sites;
    }

    private static void requireDraft(ActivityDraft draft) {
        if (draft == null) {
            throw DomainException.invalid(null, "error.required");
        }
    }

    private Activity find(long id) {
        Activity activity = Persistence.findOrNotFound(em, Activity.class, id, "activity.notFound");
        if (activity.deleted()) {
            throw DomainException.notFound("activity.notFound", id);
        }
        return activity;
    }

    private ActivityView view(long id) {
        return em.createQuery(VIEW + " and a.id = :id", ActivityView.class).setParameter("id", id).getSingleResult();
    }
}
