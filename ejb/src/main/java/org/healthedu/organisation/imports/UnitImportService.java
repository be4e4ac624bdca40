package org.healthedu.organisation.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;

/**
 * Creates many units at once from an uploaded CSV or XLSX file. The preview shows every row with its errors; applying
 * parses and checks the same bytes again (nothing from the preview is trusted) and creates all units in one
 * transaction, or none.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class UnitImportService {

    /** Stays well below PostgreSQL's bind-parameter limit and keeps each statement's plan small. */
    static final int CODES_PER_QUERY = 1_000;

    @Inject
    private CurrentCaller currentCaller;

    @PersistenceContext
    private EntityManager em;

    public ImportPreview preview(String filename, byte[] content) {
        List<UnitImportRow> rows = new UnitImportParser().parse(filename, content);
        return plan(currentCaller.get(), rows, loadExisting(rows)).preview();
    }

    /** Creates every unit of the file, parents first, and returns how many; any row with an error refuses the file. */
    public int apply(String filename, byte[] content) {
        Caller caller = currentCaller.get();
        List<UnitImportRow> rows = new UnitImportParser().parse(filename, content);
        Map<String, OrganisationUnit> existing = loadExisting(rows);
        ImportPlan plan = plan(caller, rows, existing);
        if (!plan.preview().canApply()) {
            throw DomainException.invalid("file", "import.hasErrors", plan.preview().errorRows());
        }
        Map<String, OrganisationUnit> created = new HashMap<>();
        for (PlannedUnit planned : plan.order()) {
            OrganisationUnit parent = null;
            if (planned.existingParent() != null) {
                parent = existing.get(planned.parentCode());
            } else if (planned.parentCode() != null) {
                parent = created.get(planned.parentCode());
            }
            OrganisationUnit unit = new OrganisationUnit(planned.code(), planned.nameZh(), planned.nameEn(),
                    planned.kind(), parent);
            em.persist(unit);
            unit.placeInTree();
            created.put(unit.code(), unit);
        }
        Persistence.flushOrConflict(em, "code", "unit.code.taken");
        return created.size();
    }

    private static ImportPlan plan(Caller caller, List<UnitImportRow> rows, Map<String, OrganisationUnit> existing) {
        Map<String, ExistingUnit> facts = new HashMap<>();
        existing.forEach((code, unit) -> facts.put(code,
                new ExistingUnit(code, unit.id(), unit.path(), unit.kind(), unit.isActive())));
        // New units go only under units the caller may manage.
        return ImportPlanner.plan(rows, facts, caller::canManage, caller.isAdmin());
    }

    /**
     * The units already holding a code the file mentions, as a unit or a parent: one query per thousand codes, never
     * one per row. Whole entities, because a new unit's constructor reads its parent's kind and state.
     */
    private Map<String, OrganisationUnit> loadExisting(List<UnitImportRow> rows) {
        List<String> codes = new ArrayList<>(ImportPlanner.codesToLookUp(rows));
        Map<String, OrganisationUnit> existing = new HashMap<>();
        for (int from = 0; from < codes.size(); from += CODES_PER_QUERY) {
            List<String> chunk = codes.subList(from, Math.min(codes.size(), from + CODES_PER_QUERY));
            em.createQuery("select u from OrganisationUnit u where u.code in :codes", OrganisationUnit.class)
                    .setParameter("codes", chunk)
                    .getResultList()
                    .forEach(unit -> existing.put(unit.code(), unit));
        }
        return existing;
    }
}
