package org.healthedu.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.healthedu.account.Account;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;

/**
 * Trainer profiles. Everyone edits their own; an admin, or a coordinator whose scope covers the person's unit, reads
 * anyone's — to choose group members and reach them.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class TrainerProfileService {

    private static final String PROFILE_VIEW = """
            select new org.healthedu.training.TrainerProfileView(a.id, a.username, a.displayName, a.role, u.nameZh,
                   tp.phone, tp.email, tp.qualifications, tp.version)
            from Account a join a.unit u left join TrainerProfile tp on tp.accountId = a.id
            where a.id = :accountId
            """;

    @Inject
    private CurrentCaller currentCaller;

    @PersistenceContext
    private EntityManager em;

    public TrainerProfileView mine() {
        return view(currentCaller.get().accountId());
    }

    /**
     * Saves the caller's own profile, made the first time. {@code expectedVersion} is the version read (null: do not
     * check); a profile saved by someone else meanwhile is refused rather than overwritten.
     */
    public TrainerProfileView saveMine(String phone, String email, String qualifications, Long expectedVersion) {
        Caller caller = currentCaller.get();
        TrainerProfile profile = em.find(TrainerProfile.class, caller.accountId());
        if (profile == null) {
            profile = new TrainerProfile(caller.accountId());
            profile.describe(phone, email, qualifications);
            em.persist(profile);
        } else {
            Persistence.requireVersion(profile.version(), expectedVersion);
            profile.describe(phone, email, qualifications);
        }
        Persistence.flushOrConflict(em, null, "error.staleEdit");
        return view(caller.accountId());
    }

    /** Someone's profile: one's own, or anyone's in a coordinator's scope. */
    public TrainerProfileView profile(long accountId) {
        Caller caller = currentCaller.get();
        Account account = Persistence.findOrNotFound(em, Account.class, accountId, "account.notFound");
        boolean own = caller.accountId() == accountId;
        boolean coordinating = caller.canManage(account.unit().path());
        if (!own && !coordinating) {
            throw DomainException.forbidden();
        }
        return view(accountId);
    }

    private TrainerProfileView view(long accountId) {
        List<TrainerProfileView> found = em.createQuery(PROFILE_VIEW, TrainerProfileView.class)
                .setParameter("accountId", accountId)
                .getResultList();
        if (found.isEmpty()) {
            throw DomainException.notFound("account.notFound", accountId);
        }
        return found.get(0);
    }
}
