package org.healthedu.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.file.FileContent;
import org.healthedu.file.FilePolicy;
import org.healthedu.file.FileStore;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.shared.Persistence;

/**
 * Fund use (经费使用) of a project: entries recorded by its managers, seen by whoever sees the project, summed against
 * the budget per category in one grouped query.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class FundUseService {

    static final String FUND_USE_VIEW = """
            select new org.healthedu.project.FundUseView(u.id, u.project.id, u.spentOn, u.category, u.amountCny,
                   u.note, f.id, f.fileName, a.displayName, u.version)
            from FundUse u left join u.attachment f, Account a
            where a.id = u.recordedBy
            """;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private ProjectAccess access;

    @Inject
    private FileStore files;

    @PersistenceContext
    private EntityManager em;

    /** A page of the project's entries, latest spending first. */
    public Page<FundUseView> entries(long projectId, int offset, int limit) {
        access.visible(currentCaller.get(), projectId);
        long total = em.createQuery("select count(u) from FundUse u where u.project.id = :projectId", Long.class)
                .setParameter("projectId", projectId).getSingleResult();
        List<FundUseView> items = em.createQuery(FUND_USE_VIEW
                + " and u.project.id = :projectId order by u.spentOn desc, u.id desc", FundUseView.class)
                .setParameter("projectId", projectId)
                .setFirstResult(Page.clampOffset(offset)).setMaxResults(Page.clampLimit(limit))
                .getResultList();
        return new Page<>(items, total, Page.clampOffset(offset), Page.clampLimit(limit));
    }

    public FundUseView entry(long fundUseId) {
        FundUse use = find(fundUseId);
        access.visible(currentCaller.get(), use.project().id());
        return view(fundUseId);
    }

    /** Spent against budget, per category, in one grouped query. */
    public FundSummary summary(long projectId) {
        Project project = access.visible(currentCaller.get(), projectId);
        List<FundCategoryTotal> totals = em.createQuery("""
                select new org.healthedu.project.FundCategoryTotal(u.category, sum(u.amountCny), count(u))
                from FundUse u where u.project.id = :projectId group by u.category order by u.category
                """, FundCategoryTotal.class).setParameter("projectId", projectId).getResultList();
        long withoutReceipt = em.createQuery("select count(u) from FundUse u where u.project.id = :projectId "
                + "and u.attachment is null", Long.class).setParameter("projectId", projectId).getSingleResult();
        return FundSummary.of(project.budgetCny(), totals, withoutReceipt);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public FundUseView record(long projectId, FundUseDraft draft) {
        Caller caller = currentCaller.get();
        Project project = access.manageableOpen(caller, projectId);
        FundUse use = new FundUse(project, draft, caller.accountId());
        em.persist(use);
        em.flush();
        return view(use.id());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public FundUseView revise(long fundUseId, FundUseDraft draft) {
        FundUse use = manageable(fundUseId);
        Persistence.requireVersion(use.version(), draft.expectedVersion());
        use.revise(draft);
        em.flush();
        return view(fundUseId);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public void remove(long fundUseId, Long expectedVersion) {
        FundUse use = manageable(fundUseId);
        Persistence.requireVersion(use.version(), expectedVersion);
        em.remove(use);
        em.flush();
    }

    /** Stores a receipt (scan or photo) with the entry, replacing an earlier one; the earlier file stays stored. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public FundUseView attachReceipt(long fundUseId, String fileName, byte[] content) {
        Caller caller = currentCaller.get();
        FundUse use = manageable(fundUseId);
        use.attach(files.store("file", fileName, content, FilePolicy.EVIDENCE, caller.accountId()));
        em.flush();
        return view(fundUseId);
    }

    public FileContent receipt(long fundUseId) {
        FundUse use = find(fundUseId);
        access.visible(currentCaller.get(), use.project().id());
        if (use.attachment() == null) {
            throw DomainException.notFound("fundUse.receipt.none", fundUseId);
        }
        return files.content(use.attachment());
    }

    private FundUse manageable(long fundUseId) {
        FundUse use = find(fundUseId);
        access.manageableOpen(currentCaller.get(), use.project().id());
        return use;
    }

    private FundUse find(long id) {
        return Persistence.findOrNotFound(em, FundUse.class, id, "fundUse.notFound");
    }

    private FundUseView view(long id) {
        return em.createQuery(FUND_USE_VIEW + " and u.id = :id", FundUseView.class).setParameter("id", id)
                .getSingleResult();
    }
}
