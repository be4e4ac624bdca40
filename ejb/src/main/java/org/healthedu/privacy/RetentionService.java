package org.healthedu.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;

/** Admin-only: run the retention job now (optionally for one project's participants), and read the registry. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionService {

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private RetentionJob job;

    public RetentionRun runNow(Long projectId) {
        Caller caller = currentCaller.get();
        return job.run(caller.accountId(), projectId, caller.username());
    }

    /** The personal-data registry, as the coverage test and an auditor read it. */
    public List<PersonalTable> registry() {
        return PersonalDataRegistry.tables();
    }
}
