package org.healthedu.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** "Changed since submission": the figures frozen in a report's snapshot compared with the figures now. */
public final class FigureChanges {

    private FigureChanges() {
    }

    /** Each measure that differs between the frozen figures and now: the total (unit null), then each child. */
    public static List<ReportDocument.Change> between(ReportFigures frozen, ReportFigures now) {
        List<ReportDocument.Change> changes = new ArrayList<>();
        compare(null, frozen.total(), now.total(), changes);
        Map<Long, UnitFigures> nowChildren = new HashMap<>();
        for (UnitFigures child : now.children()) {
            nowChildren.put(child.unitId(), child);
        }
        for (UnitFigures child : frozen.children()) {
            compare(child.unitId(), child, nowChildren.remove(child.unitId()), changes);
        }
        for (UnitFigures added : nowChildren.values()) {
            compare(added.unitId(), null, added, changes);
        }
        return changes;
    }

    private static void compare(Long unitId, UnitFigures frozen, UnitFigures now,
            List<ReportDocument.Change> changes) {
        Map<String, BigDecimal> before = frozen == null || frozen.values() == null ? Map.of() : frozen.values();
        Map<String, BigDecimal> after = now == null || now.values() == null ? Map.of() : now.values();
        TreeSet<String> measures = new TreeSet<>(before.keySet());
        measures.addAll(after.keySet());
        String name = frozen != null ? frozen.nameZh() : now.nameZh();
        for (String measure : measures) {
            BigDecimal a = before.get(measure);
            BigDecimal b = after.get(measure);
            boolean same = a == null ? b == null : b != null && a.compareTo(b) == 0;
            if (!same) {
                changes.add(new ReportDocument.Change(unitId, name, measure, a, b));
            }
        }
    }
}
