package org.healthedu.organisation.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.UnitCode;
import org.healthedu.organisation.UnitKind;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;
import org.healthedu.shared.tabular.RowError;

/**
 * Checks the rows of an uploaded file against each other and against the units already in the database, and orders
 * them parents first. Pure: the caller supplies the existing units the file mentions and who may manage what, so every
 * rule here is testable without a container. It reports every broken rule on every row instead of stopping at the
 * first, so one round of corrections fixes the file.
 */
public final class ImportPlanner {

    private static final int NEW = 0;
    private static final int ON_WALK = 1;
    private static final int SETTLED = 2;

    private ImportPlanner() {
    }

    /** The row's checks as they build up; the parent is resolved to a database unit or a row of the file, or neither. */
    private static final class Check {
        final UnitImportRow row;
        final List<RowError> errors = new ArrayList<>();
        String code;
        UnitKind kind;
        String nameZh;
        String nameEn;
        String parentKey;
        ExistingUnit existingParent;
        int parentIndex = -1;

        Check(UnitImportRow row) {
            this.row = row;
        }

        void error(String field, String messageKey, Object... args) {
            errors.add(RowError.of(field, messageKey, args));
        }

        void checkPlacementUnder(UnitKind parentKind) {
            try {
                kind.checkPlacementUnder(parentKind);
            } catch (DomainException e) {
                errors.add(RowError.of(e));
            }
        }
    }

    /** The valid codes a file mentions, as units or as parents: the existing units the planner must be told about. */
    public static Set<String> codesToLookUp(List<UnitImportRow> rows) {
        Set<String> codes = new TreeSet<>();
        for (UnitImportRow row : rows) {
            addIfValid(codes, row.code());
            addIfValid(codes, row.parentCode());
        }
        return codes;
    }

    /**
     * @param existing  units already in the database, by code, for at least {@link #codesToLookUp} of the rows
     * @param mayManage whether the caller may add units under a unit with the given path
     * @param admin     whether the caller may create national units
     */
    public static ImportPlan plan(List<UnitImportRow> rows, Map<String, ExistingUnit> existing,
            Predicate<String> mayManage, boolean admin) {
        List<Check> checks = new ArrayList<>(rows.size());
        // The first row with each code: the one children attach to, and the one later duplicates are reported against.
        Map<String, Integer> firstByCode = new HashMap<>();
        for (UnitImportRow row : rows) {
            Check check = new Check(row);
            checkOwnFields(check, existing, firstByCode, admin);
            if (row.code() != null) {
                firstByCode.putIfAbsent(key(row.code()), checks.size());
            }
            checks.add(check);
        }
        for (Check check : checks) {
            resolveParent(check, existing, firstByCode, mayManage, admin);
        }
        List<PlannedUnit> order = new ArrayList<>();
        settleInFileParents(checks, order);

        List<RowResult> results = new ArrayList<>(checks.size());
        int errorRows = 0;
        for (Check check : checks) {
            results.add(new RowResult(check.row, check.kind, check.errors));
            if (!check.errors.isEmpty()) {
                errorRows++;
            }
        }
        return new ImportPlan(new ImportPreview(results, errorRows), order);
    }

    private static void checkOwnFields(Check check, Map<String, ExistingUnit> existing,
            Map<String, Integer> firstByCode, boolean admin) {
        UnitImportRow row = check.row;
        if (row.code() == null) {
            check.error("code", "error.required");
        } else {
            try {
                check.code = UnitCode.normalise(row.code());
                if (existing.containsKey(check.code)) {
                    check.error("code", "unit.code.taken", check.code);
                } else if (firstByCode.containsKey(check.code)) {
                    check.error("code", "import.code.duplicateInFile", check.code);
                }
            } catch (DomainException e) {
                check.errors.add(RowError.of(e));
            }
        }
        if (row.kind() == null) {
            check.error("kind", "error.required");
        } else {
            check.kind = UnitKinds.parse(row.kind());
            if (check.kind == null) {
                check.error("kind", "import.kind.unknown", row.kind());
            }
        }
        try {
            check.nameZh = Text.required("nameZh", row.nameZh(), OrganisationUnit.NAME_MAX);
        } catch (DomainException e) {
            check.errors.add(RowError.of(e));
        }
        try {
            check.nameEn = Text.optional("nameEn", row.nameEn(), OrganisationUnit.NAME_MAX);
        } catch (DomainException e) {
            check.errors.add(RowError.of(e));
        }
        if (check.kind == UnitKind.NATIONAL && !admin) {
            check.error("parent", "error.forbidden");
        }
    }

    /**
     * Finds the parent: a unit in the database first (it owns its code; a file row repeating that code is refused
     * anyway), then a row of the file. Checks a database parent completely here; a file parent is checked once that
     * row itself is settled.
     */
    private static void resolveParent(Check check, Map<String, ExistingUnit> existing,
            Map<String, Integer> firstByCode, Predicate<String> mayManage, boolean admin) {
        if (check.kind == UnitKind.NATIONAL && !admin) {
            return;
        }
        String parentCode = check.row.parentCode();
        if (parentCode == null) {
            if (check.kind != null && check.kind != UnitKind.NATIONAL) {
                check.error("parent", "unit.parent.required");
            }
            return;
        }
        String key = key(parentCode);
        ExistingUnit parent = existing.get(key);
        if (parent != null) {
            check.parentKey = key;
            check.existingParent = parent;
            if (!mayManage.test(parent.path())) {
                // Nothing more about a unit outside the caller's scope, not even whether it is active.
                check.error("parent", "error.forbidden");
                return;
            }
            if (!parent.active()) {
                check.error("parent", "unit.parent.inactive");
            }
            if (check.kind != null) {
                check.checkPlacementUnder(parent.kind());
            }
        } else if (firstByCode.containsKey(key)) {
            check.parentKey = key;
            check.parentIndex = firstByCode.get(key);
        } else {
            check.error("parent", "import.parent.unknown", parentCode);
        }
    }

    /**
     * Walks up each row's chain of in-file parents, without recursion (a file may hold a 5,000-deep chain): a walk
     * that meets itself is a cycle; otherwise the rows are settled top-down, so each one sees its parent's final
     * errors, and the error-free ones are appended to {@code order} parents first.
     */
    private static void settleInFileParents(List<Check> checks, List<PlannedUnit> order) {
        int[] state = new int[checks.size()];
        for (int i = 0; i < checks.size(); i++) {
            if (state[i] != NEW) {
                continue;
            }
            List<Integer> walk = new ArrayList<>();
            int j = i;
            while (j >= 0 && state[j] == NEW) {
                state[j] = ON_WALK;
                walk.add(j);
                j = checks.get(j).parentIndex;
            }
            int end = walk.size();
            if (j >= 0 && state[j] == ON_WALK) {
                int start = walk.indexOf(j);
                for (int k : walk.subList(start, end)) {
                    checks.get(k).error("parent", "import.parent.cycle");
                    state[k] = SETTLED;
                }
                end = start;
            }
            for (int w = end - 1; w >= 0; w--) {
                int k = walk.get(w);
                settle(checks.get(k), checks, order);
                state[k] = SETTLED;
            }
        }
    }

    private static void settle(Check check, List<Check> checks, List<PlannedUnit> order) {
        if (check.parentIndex >= 0) {
            Check parent = checks.get(check.parentIndex);
            if (!parent.errors.isEmpty()) {
                check.error("parent", "import.parent.hasErrors", check.row.parentCode());
            } else if (check.kind != null) {
                check.checkPlacementUnder(parent.kind);
            }
        }
        if (check.errors.isEmpty()) {
            order.add(new PlannedUnit(check.row.line(), check.code, check.nameZh, check.nameEn, check.kind,
                    check.parentKey, check.existingParent));
        }
    }

    private static void addIfValid(Set<String> codes, String raw) {
        if (raw == null) {
            return;
        }
        try {
            codes.add(UnitCode.normalise(raw));
        } catch (DomainException e) {
            // A malformed code cannot exist in the database; the row reports it.
        }
    }

    /** How codes are compared before their format is checked, so a malformed parent row is still found as a row. */
    private static String key(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
