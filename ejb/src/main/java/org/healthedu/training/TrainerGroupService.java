package org.healthedu.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthedu.account.Account;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.organisation.UnitPath;
import org.healthedu.project.Project;
import org.healthedu.project.ProjectAccess;
import org.healthedu.project.ProjectStatus;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.shared.Persistence;

/**
 * The trainer groups of a project's sites. Seen by whoever sees the project (its group members included); members and
 * leaders are chosen by an admin or a coordinator managing the project's owning unit, from the active accounts of
 * that unit's subtree. A closed project's groups are read-only. Membership changes take a lock on the group and bump
 * its version, so two coordinators never interleave on one group unnoticed.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class TrainerGroupService {

    private static final String GROUP_ROWS = """
            select g.id, p.id, ps.id, s.id, s.nameZh, s.nameEn, g.kind, l.id, l.displayName, g.version
            from TrainerGroup g join g.projectSite ps join ps.project p join ps.site s left join g.leader l
            """;

    private static final String MEMBER_ROWS = """
            select g.id, a.id, a.username, a.displayName, a.role, u.nameZh,
                   case when g.leader = a then true else false end
            from TrainerGroupMember m join m.group g join g.projectSite ps join m.account a join a.unit u
            """;

    @Inject
    private CurrentCaller currentCaller;

    @PersistenceContext
    private EntityManager em;

    /** The groups of every site of the project, sites by name and each site's groups in kind order; two queries. */
    public List<TrainerGroupView> groupsOf(long projectId) {
        Caller caller = currentCaller.get();
        ProjectAccess.requireCanSee(em, caller, findProject(projectId));
        return views("ps.project.id = :id", projectId);
    }

    public TrainerGroupView group(long projectId, long groupId) {
        Caller caller = currentCaller.get();
        TrainerGroup group = findGroup(projectId, groupId);
        ProjectAccess.requireCanSee(em, caller, group.projectSite().project());
        return view(groupId);
    }

    /** Whether the caller may change the project's groups now (manages its owning unit; the project is open). */
    public boolean canManage(long projectId) {
        Caller caller = currentCaller.get();
        Project project = findProject(projectId);
        return caller.canManage(project.owner().path())
                && project.status() != ProjectStatus.CLOSED;
    }

    /** The groups the caller sits in, across projects, latest project first. */
    public List<MyGroupView> myGroups() {
        Caller caller = currentCaller.get();
        return em.createQuery("""
                select new org.healthedu.training.MyGroupView(g.id, p.id, p.code, p.nameZh, p.nameEn, s.nameZh,
                       g.kind, case when g.leader.id = :accountId then true else false end)
                from TrainerGroupMember m join m.group g join g.projectSite ps join ps.project p join ps.site s
                where m.account.id = :accountId
                order by p.startDate desc, p.code, s.nameZh, g.id""", MyGroupView.class)
                .setParameter("accountId", caller.accountId())
                .getResultList();
    }

    /**
     * The accounts that could join a group: active, in the owning unit's subtree, with a role the group admits, not
     * yet members, whose name or login contains {@code text}; a page at a time.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Page<AccountChoice> candidates(long projectId, long groupId, String text, int offset, int limit) {
        Caller caller = currentCaller.get();
        TrainerGroup group = findGroup(projectId, groupId);
        Project project = group.projectSite().project();
        caller.requireCanManage(project.owner());
        String where = """
                where u.path like :subtree and a.active = true and a.role in :roles
                  and (lower(a.username) like :text escape '\\' or lower(a.displayName) like :text escape '\\')
                  and not exists (select m.id from TrainerGroupMember m where m.group.id = :groupId and m.account = a)
                """;
        TypedQuery<Long> count = em.createQuery("select count(a) from Account a join a.unit u " + where, Long.class);
        TypedQuery<AccountChoice> items = em.createQuery("""
                select new org.healthedu.training.AccountChoice(a.id, a.username, a.displayName, a.role, u.nameZh)
                from Account a join a.unit u
                """ + where + " order by a.displayName, a.id", AccountChoice.class);
        for (TypedQuery<?> query : List.of(count, items)) {
            query.setParameter("subtree", UnitPath.subtreePattern(project.owner().path()))
                    .setParameter("roles", group.kind().roles())
                    .setParameter("text", Persistence.containsPattern(text))
                    .setParameter("groupId", groupId);
        }
        long total = count.getSingleResult();
        List<AccountChoice> page = items.setFirstResult(Page.clampOffset(offset))
                .setMaxResults(Page.clampLimit(limit)).getResultList();
        return new Page<>(page, total, Page.clampOffset(offset), Page.clampLimit(limit));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public TrainerGroupView addMember(long projectId, long groupId, Long accountId) {
        Caller caller = currentCaller.get();
        TrainerGroup group = findGroup(projectId, groupId);
        caller.requireCanManage(group.projectSite().project().owner());
        Account account = findAccount(accountId);
        TrainerGroupMember member = group.admit(account);
        em.lock(group, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (findMember(groupId, account.id()) != null) {
            throw DomainException.conflict("accountId", "trainerGroup.member.duplicate");
        }
        em.persist(member);
        Persistence.flushOrConflict(em, "accountId", "trainerGroup.member.duplicate");
        return view(groupId);
    }

    /** Takes a member out of a group; the leader stays until another is named or the leader is cleared. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public TrainerGroupView removeMember(long projectId, long groupId, long accountId) {
        Caller caller = currentCaller.get();
        TrainerGroup group = findGroup(projectId, groupId);
        caller.requireCanManage(group.projectSite().project().owner());
        em.lock(group, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        TrainerGroupMember member = findMember(groupId, accountId);
        if (member == null) {
            throw DomainException.notFound("trainerGroup.member.notFound", accountId);
        }
        group.requireMayLeave(member.account());
        em.remove(member);
        em.flush();
        return view(groupId);
    }

    /** Names the group's leader from its members, or clears it ({@code accountId} null). */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public TrainerGroupView setLeader(long projectId, long groupId, Long accountId, Long expectedVersion) {
        Caller caller = currentCaller.get();
        TrainerGroup group = findGroup(projectId, groupId);
        caller.requireCanManage(group.projectSite().project().owner());
        em.lock(group, LockModeType.PESSIMISTIC_WRITE);
        Persistence.requireVersion(group.version(), expectedVersion);
        Account leader = accountId == null ? null : findAccount(accountId);
        group.appoint(leader, leader != null && findMember(groupId, leader.id()) != null);
        Persistence.flushOrConflict(em, null, "error.staleEdit");
        return view(groupId);
    }

    private TrainerGroupView view(long groupId) {
        List<TrainerGroupView> found = views("g.id = :id", groupId);
        if (found.isEmpty()) {
            throw DomainException.notFound("trainerGroup.notFound", groupId);
        }
        return found.get(0);
    }

    /** Groups matching {@code condition} (on {@code g}/{@code ps}, parameter {@code :id}) with their members. */
    private List<TrainerGroupView> views(String condition, long id) {
        em.flush();
        List<Object[]> groups = em.createQuery(GROUP_ROWS + "where " + condition + " order by s.nameZh, s.id",
                Object[].class)
                .setParameter("id", id)
                .getResultList();
        List<Object[]> members = em.createQuery(MEMBER_ROWS + "where " + condition
                + " order by a.displayName, a.id", Object[].class)
                .setParameter("id", id)
                .getResultList();
        Map<Long, List<GroupMemberView>> byGroup = new LinkedHashMap<>();
        for (Object[] row : members) {
            byGroup.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(new GroupMemberView((Long) row[1],
                    (String) row[2], (String) row[3], (Role) row[4], (String) row[5], (Boolean) row[6]));
        }
        List<TrainerGroupView> views = new ArrayList<>(groups.size());
        for (Object[] row : groups) {
            List<GroupMemberView> groupMembers = new ArrayList<>(byGroup.getOrDefault((Long) row[0], List.of()));
            groupMembers.sort(Comparator.comparing((GroupMemberView m) -> !m.leader()));
            views.add(new TrainerGroupView((Long) row[0], (Long) row[1], (Long) row[2], (Long) row[3],
                    (String) row[4], (String) row[5], (GroupKind) row[6], (Long) row[7], (String) row[8],
                    groupMembers, (Long) row[9]));
        }
        // sites keep the query's order (by name); within a site, management, lecturers, guidance
        List<Long> siteOrder = views.stream().map(TrainerGroupView::projectSiteId).distinct().toList();
        views.sort(Comparator.comparing((TrainerGroupView v) -> siteOrder.indexOf(v.projectSiteId()))
                .thenComparing(TrainerGroupView::kind));
        return views;
    }

    private TrainerGroup findGroup(long projectId, long groupId) {
        TrainerGroup group = Persistence.findOrNotFound(em, TrainerGroup.class, groupId, "trainerGroup.notFound");
        Project project = group.projectSite().project();
        if (project.id() != projectId) {
            findProject(projectId);
            throw DomainException.notFound("trainerGroup.notFound", groupId);
        }
        return group;
    }

    private TrainerGroupMember findMember(long groupId, long accountId) {
        List<TrainerGroupMember> found = em.createQuery("""
                select m from TrainerGroupMember m where m.group.id = :groupId and m.account.id = :accountId""",
                TrainerGroupMember.class)
                .setParameter("groupId", groupId)
                .setParameter("accountId", accountId)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private Project findProject(long id) {
        return Persistence.findOrNotFound(em, Project.class, id, "project.notFound");
    }

    private Account findAccount(Long id) {
        if (id == null) {
            throw DomainException.invalid("accountId", "error.required");
        }
        return Persistence.findOrNotFound(em, Account.class, id, "account.notFound");
    }
}
