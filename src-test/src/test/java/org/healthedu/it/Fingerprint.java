package org.healthedu.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Nothing changed" for the whole database at once: per table its row count and the newest row version (xmin), which
 * an insert or an update raises and a delete lowers the count of. The security bookkeeping a refused request may
 * rightly write (the audit log, rate-limit counters) is left out.
 */
final class Fingerprint {

    private static final Set<String> BOOKKEEPING = Set.of("audit_event", "rate_limit", "flyway_schema_history",
            "flyway_demo_history");

    private static String query;

    private Fingerprint() {
    }

    static Map<String, String> take() {
        Map<String, String> print = new LinkedHashMap<>();
        for (List<Object> row : Db.rows(query())) {
            print.put((String) row.get(0), row.get(1) + "/" + row.get(2));
        }
        return print;
    }

    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, value) -> {
            if (!value.equals(before.get(table))) {
                changed.add(table + " " + before.get(table) + " -> " + value);
            }
        });
        return changed;
    }

    private static synchronized String query() {
        if (query == null) {
            List<String> parts = new ArrayList<>();
            for (List<Object> row : Db.rows("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
                String table = (String) row.get(0);
                if (!BOOKKEEPING.contains(table) && !table.startsWith("flyway")) {
                    parts.add("select '" + table + "', count(*), coalesce(max(xmin::text::bigint), 0) from " + table);
                }
            }
            query = String.join(" union all ", parts);
        }
        return query;
    }
}
