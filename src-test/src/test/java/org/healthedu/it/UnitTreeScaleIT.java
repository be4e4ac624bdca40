package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hierarchy at national scale: a province of 50,000+ units (10 cities × 10 counties × 20 townships × 24
 * communities, plus one township with 507 communities like the seed county's), loaded straight into PostgreSQL. The
 * tree, the scope checks and the search must stay correct; the timings are printed as a rerunnable benchmark
 * ({@code mvn verify -Dit.test=UnitTreeScaleIT}), not asserted.
 */
class UnitTreeScaleIT extends AppIT {

    private static final String PREFIX = "SCALE";

    @BeforeAll
    static void loadAProvinceOfFiftyThousandUnits() throws Exception {
        if (Db.count("select count(*) from organisation_unit where code = ?", PREFIX) > 0) {
            return;
        }
        try (Connection c = DriverManager.getConnection(System.getProperty("healthedu.test.db.url"),
                System.getProperty("healthedu.test.db.user"), System.getProperty("healthedu.test.db.password"));
                Statement s = c.createStatement()) {
            s.execute("""
                    insert into organisation_unit (id, code, name_zh, kind, parent_id, path, depth)
                    select n.id, 'SCALE', '规模测试省', 'PROVINCE', p.id, p.path || n.id || '/', 1
                      from organisation_unit p, (select nextval('organisation_unit_seq') id) n where p.code = 'CFPA'""");
            addLevel(s, "SCALE", "CITY", "市", 10);
            addLevel(s, "SCALE-%", "COUNTY", "县", 10);
            addLevel(s, "SCALE-%-%", "TOWNSHIP", "镇", 20);
            addLevel(s, "SCALE-%-%-%", "COMMUNITY", "村", 24);
            s.execute("""
                    with parent as (select id, path, depth from organisation_unit where code = 'SCALE-1-1-1'),
                         n as (select nextval('organisation_unit_seq') id, g from generate_series(25, 531) g)
                    insert into organisation_unit (id, code, name_zh, kind, parent_id, path, depth)
                    select n.id, 'SCALE-1-1-1-' || n.g, '宽村' || n.g, 'COMMUNITY', parent.id,
                           parent.path || n.id || '/', parent.depth + 1
                      from parent, n""");
            s.execute("analyze organisation_unit");
        }
    }

    /** Adds {@code perParent} children under every unit whose code matches {@code parentPattern} (one level). */
    private static void addLevel(Statement s, String parentPattern, String kind, String label, int perParent)
            throws Exception {
        s.execute("""
                with parents as (select id, code, path, depth from organisation_unit
                                  where code like '%1$s' and code ~ '^SCALE(-[0-9]+){%2$d}$'),
                     n as (select nextval('organisation_unit_seq') id, p.id pid, p.code pcode, p.path ppath,
                                  p.depth pdepth, g
                             from parents p cross join generate_series(1, %3$d) g)
                insert into organisation_unit (id, code, name_zh, kind, parent_id, path, depth)
                select n.id, n.pcode || '-' || n.g, '%4$s' || n.pcode || '-' || n.g, '%5$s', n.pid,
                       n.ppath || n.id || '/', n.pdepth + 1
                  from n""".formatted(parentPattern, parentPattern.length() - parentPattern.replace("%", "").length(),
                perParent, label, kind));
    }

    @Test
    void theTreeStaysCorrectAndQuickAtFiftyThousandUnits() {
        long units = Db.count("select count(*) from organisation_unit where path like "
                + "(select path from organisation_unit where code = 'SCALE') || '%'");
        assertThat(units).isEqualTo(1 + 10 + 100 + 2_000 + 48_000 + 507);
        Api admin = api("admin");
        long province = Db.unitId("SCALE");
        long wideTownship = Db.unitId("SCALE-1-1-1");

        JsonArray cities = (JsonArray) admin.get("api/v1/units/" + province + "/children").json();
        assertThat(cities).hasSize(10);
        assertThat(cities.getJsonObject(0).getInt("childCount")).isEqualTo(10);
        JsonArray wide = (JsonArray) admin.get("api/v1/units/" + wideTownship + "/children").json();
        assertThat(wide).hasSize(24 + 507);
        assertThat(admin.get("api/v1/units?q=SCALE-7-3-12-&limit=50").object().getInt("total")).isEqualTo(24);
        assertThat(api("guiyang.coord").get("api/v1/units?q=SCALE&limit=1").object().getInt("total")).isZero();
        assertThat(api("guiyang.coord").get("api/v1/units/" + wideTownship + "/children").status()).isEqualTo(403);

        report("baseline: /me (Basic login only)", () -> admin.get("api/v1/me"));
        report("children of a province (10)", () -> admin.get("api/v1/units/" + province + "/children"));
        report("children of a township (531)", () -> admin.get("api/v1/units/" + wideTownship + "/children"));
        report("search by code, 24 hits", () -> admin.get("api/v1/units?q=SCALE-7-3-12-&limit=50"));
        report("search by name, first page", () -> admin.get("api/v1/units?q=%E6%9D%91&limit=50"));
        report("scope refusal (403)", () -> api("guiyang.coord").get("api/v1/units/" + wideTownship));
    }

    private static void report(String what, Supplier<Api.Reply> call) {
        for (int i = 0; i < 3; i++) {
            call.get(); // warm up
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            Api.Reply reply = call.get();
            micros.add((System.nanoTime() - start) / 1_000);
            assertThat(reply.status()).isIn(200, 403);
        }
        Collections.sort(micros);
        System.out.printf("BENCHMARK %-32s median %6.1f ms   p95 %6.1f ms   (20 calls over HTTP)%n", what,
                micros.get(10) / 1000.0, micros.get(18) / 1000.0);
    }
}
