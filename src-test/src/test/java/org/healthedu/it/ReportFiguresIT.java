package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.it.FiguresFixture.CITY;
import static org.healthedu.it.FiguresFixture.COMMUNITY_A;
import static org.healthedu.it.FiguresFixture.COUNTY_A;
import static org.healthedu.it.FiguresFixture.COUNTY_B;
import static org.healthedu.it.FiguresFixture.SCHOOL_B;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A unit's figures equal what is counted by hand on a fixture of known counts ({@link FiguresFixture}): for a
 * county, the city and a site, per month and over the project period; and again after marks change, a person
 * withdraws, a held session is cancelled, a response comes in and the completion rule changes. Scope and period are
 * checked.
 */
class ReportFiguresIT extends AppIT {

    @Test
    void figuresAreCountedFromTheDataAndFollowEveryChange() {
        FiguresFixture f = FiguresFixture.create();
        Api wuxi = api("wuxi.coord");

        Map<String, Number> septemberA = figures(
                "SESSIONS_PLANNED", 0, "SESSIONS_HELD", 2, "SESSIONS_CANCELLED", 1, "SESSIONS_WITHOUT_ROLL", 0,
                "EXPECTED", 8, "ATTENDED", 6, "CONTACTS", 7, "FEEDBACK_RESPONSES", 2, "SATISFACTION_MEAN", 4.5,
                "ADJUSTMENTS", 1, "GUIDANCE_VISITS", 0, "SITES_COVERED", 1, "ENROLLED", 4, "ENROLLED_PARENTS", 3,
                "ENROLLED_STUDENTS", 1, "ENROLLED_PEER_EDUCATORS", 0, "ENROLLED_FEMALE", 3, "ENROLLED_MALE", 1,
                "COMPLETED", 2, "COMPLETED_PARENTS", 2, "COMPLETED_STUDENTS", 0, "COMPLETED_FEMALE", 1,
                "COMPLETED_MALE", 1, "REACHED", 50, "REACHED_LECTURE", 50, "ATTENDANCE_RATE", 0.75);
        Map<String, Number> septemberB = figures(
                "SESSIONS_PLANNED", 0, "SESSIONS_HELD", 1, "SESSIONS_CANCELLED", 0, "EXPECTED", 2, "ATTENDED", 2,
                "CONTACTS", 2, "FEEDBACK_RESPONSES", 1, "SATISFACTION_MEAN", 3, "GUIDANCE_VISITS", 0,
                "SITES_COVERED", 1, "ENROLLED", 2, "ENROLLED_STUDENTS", 1, "ENROLLED_PEER_EDUCATORS", 1,
                "ENROLLED_FEMALE", 1, "ENROLLED_MALE", 1, "COMPLETED", 0, "REACHED", 0);
        Map<String, Number> septemberCity = figures(
                "SESSIONS_PLANNED", 0, "SESSIONS_HELD", 3, "SESSIONS_CANCELLED", 1, "SESSIONS_WITHOUT_ROLL", 0,
                "EXPECTED", 10, "ATTENDED", 8, "ATTENDANCE_RATE", 0.8, "CONTACTS", 9, "FEEDBACK_RESPONSES", 3,
                "FEEDBACK_RESPONSE_RATE", 0.3333, "SATISFACTION_MEAN", 4, "ADJUSTMENTS", 1, "SITES_COVERED", 2,
                "ENROLLED", 6, "ENROLLED_PARENTS", 3, "ENROLLED_STUDENTS", 2, "ENROLLED_PEER_EDUCATORS", 1,
                "ENROLLED_FEMALE", 4, "ENROLLED_MALE", 2, "COMPLETED", 2, "COMPLETED_PARENTS", 2,
                "COMPLETED_FEMALE", 1, "COMPLETED_MALE", 1, "REACHED", 50, "REACHED_LECTURE", 50);
        assertUnits(wuxi, f, "202609", septemberA, septemberB, septemberCity);

        Map<String, Number> projectA = figures(
                "SESSIONS_PLANNED", 1, "SESSIONS_HELD", 3, "SESSIONS_CANCELLED", 1, "SESSIONS_WITHOUT_ROLL", 1,
                "EXPECTED", 12, "ATTENDED", 6, "CONTACTS", 7, "FEEDBACK_RESPONSES", 2, "ADJUSTMENTS", 1,
                "ENROLLED", 4, "COMPLETED", 2);
        Map<String, Number> projectB = figures(
                "SESSIONS_PLANNED", 1, "SESSIONS_HELD", 2, "EXPECTED", 4, "ATTENDED", 3, "CONTACTS", 3,
                "GUIDANCE_VISITS", 1, "ENROLLED", 2, "COMPLETED", 1, "COMPLETED_PEER_EDUCATORS", 1,
                "COMPLETED_FEMALE", 1);
        Map<String, Number> projectCity = figures(
                "SESSIONS_PLANNED", 2, "SESSIONS_HELD", 5, "SESSIONS_CANCELLED", 1, "SESSIONS_WITHOUT_ROLL", 1,
                "EXPECTED", 16, "ATTENDED", 9, "ATTENDANCE_RATE", 0.5625, "CONTACTS", 10, "FEEDBACK_RESPONSES", 3,
                "FEEDBACK_RESPONSE_RATE", 0.3, "SATISFACTION_MEAN", 4, "ADJUSTMENTS", 1, "GUIDANCE_VISITS", 1,
                "SITES_COVERED", 2, "ENROLLED", 6, "COMPLETED", 3, "COMPLETED_PARENTS", 2,
                "COMPLETED_PEER_EDUCATORS", 1, "COMPLETED_FEMALE", 2, "COMPLETED_MALE", 1, "BUDGET", 100000);
        assertUnits(wuxi, f, null, projectA, projectB, projectCity);

        // Changes: a mark, a withdrawal, a held session cancelled, one more response, excused now counts.
        f.mark("sA1", "A4", "PRESENT");
        f.withdraw("A2", "2026-09-05");
        f.cancel("sB2");
        f.respond("sA2", 2);
        f.excusedCounts(true);

        assertUnits(wuxi, f, "202609",
                figures("SESSIONS_HELD", 2, "SESSIONS_CANCELLED", 1, "EXPECTED", 7, "ATTENDED", 7, "CONTACTS", 8,
                        "FEEDBACK_RESPONSES", 3, "SATISFACTION_MEAN", 3.67, "ENROLLED", 4, "COMPLETED", 4,
                        "COMPLETED_PARENTS", 3, "COMPLETED_STUDENTS", 1, "COMPLETED_FEMALE", 3, "COMPLETED_MALE", 1),
                septemberB,
                figures("SESSIONS_HELD", 3, "SESSIONS_CANCELLED", 1, "EXPECTED", 9, "ATTENDED", 9,
                        "ATTENDANCE_RATE", 1, "CONTACTS", 10, "FEEDBACK_RESPONSES", 4, "FEEDBACK_RESPONSE_RATE", 0.4,
                        "SATISFACTION_MEAN", 3.5, "ENROLLED", 6, "COMPLETED", 4));
        assertUnits(wuxi, f, "202610",
                figures("SESSIONS_HELD", 1, "SESSIONS_PLANNED", 1, "SESSIONS_WITHOUT_ROLL", 1, "EXPECTED", 3,
                        "ATTENDED", 0, "ENROLLED", 3, "COMPLETED", 3),
                figures("SESSIONS_HELD", 0, "SESSIONS_PLANNED", 1, "SESSIONS_CANCELLED", 1, "EXPECTED", 0,
                        "GUIDANCE_VISITS", 1, "SITES_COVERED", 0, "ENROLLED", 2, "COMPLETED", 0),
                figures("SESSIONS_HELD", 1, "SESSIONS_PLANNED", 2, "SESSIONS_CANCELLED", 1, "SITES_COVERED", 1,
                        "ENROLLED", 5, "COMPLETED", 3, "GUIDANCE_VISITS", 1));
        assertUnits(wuxi, f, null,
                figures("SESSIONS_PLANNED", 1, "SESSIONS_HELD", 3, "SESSIONS_CANCELLED", 1, "EXPECTED", 10,
                        "ATTENDED", 7, "CONTACTS", 8, "FEEDBACK_RESPONSES", 3, "ENROLLED", 4, "COMPLETED", 4),
                figures("SESSIONS_PLANNED", 1, "SESSIONS_HELD", 1, "SESSIONS_CANCELLED", 1, "EXPECTED", 2,
                        "ATTENDED", 2, "CONTACTS", 2, "GUIDANCE_VISITS", 1, "COMPLETED", 0),
                figures("SESSIONS_PLANNED", 2, "SESSIONS_HELD", 4, "SESSIONS_CANCELLED", 2,
                        "SESSIONS_WITHOUT_ROLL", 1, "EXPECTED", 12, "ATTENDED", 9, "ATTENDANCE_RATE", 0.75,
                        "CONTACTS", 10, "FEEDBACK_RESPONSES", 4, "FEEDBACK_RESPONSE_RATE", 0.4,
                        "SATISFACTION_MEAN", 3.5, "SITES_COVERED", 2, "ENROLLED", 6, "COMPLETED", 4,
                        "COMPLETED_PARENTS", 3, "COMPLETED_STUDENTS", 1, "COMPLETED_PEER_EDUCATORS", 0,
                        "COMPLETED_FEMALE", 3, "COMPLETED_MALE", 1));
    }

    @Test
    void figuresAreScopedAndThePeriodChecked() {
        FiguresFixture f = FiguresFixture.create();
        String path = "api/v1/figures/projects/" + f.projectId + "/units/" + Db.unitId(CITY);
        assertProblem(api("guiyang.coord").get(path + "?period=202609"), 403, "error.forbidden");
        assertProblem(api("guiyang.coord").get("api/v1/figures/projects/" + f.projectId + "/units/"
                + Db.unitId("HN-CZ-GY")), 403, "error.forbidden");
        assertProblem(api("wuxi.coord").get(path + "?period=2026-13"), 400, "figures.period.invalid", "period");
        assertProblem(api("wuxi.coord").get("api/v1/figures/projects/" + f.projectId + "/units/99999999"), 404,
                "unit.notFound");
        Api.Reply observer = api("wuxi.observer").get(path + "?period=2026Q3");
        assertThat(observer.status()).as(observer.toString()).isEqualTo(200);
        assertThat(observer.object().getJsonObject("period").getString("kind")).isEqualTo("QUARTER");
        assertThat(value(observer.object().getJsonObject("total"), "SESSIONS_HELD")).isEqualByComparingTo("3");
    }

    @Test
    void targetsAreSetAgainstWhatTheDataSaysWasAchieved() {
        FiguresFixture f = FiguresFixture.create();
        long target = FiguresFixture.next("target_seq");
        Db.update("""
                insert into target (id, project_id, indicator_id, planned_value)
                select ?, ?, i.id, 10 from indicator i where i.code = 'SESSIONS_HELD'""", target, f.projectId);
        long countyAllocation = FiguresFixture.next("target_allocation_seq");
        Db.update("insert into target_allocation (id, target_id, unit_id, value) values (?, ?, ?, 4)",
                countyAllocation, target, Db.unitId(COUNTY_A));
        long siteAllocation = FiguresFixture.next("target_allocation_seq");
        Db.update("insert into target_allocation (id, target_id, site_id, value) values (?, ?, ?, 2)",
                siteAllocation, target, f.siteB);
        Api wuxi = api("wuxi.coord");

        JsonObject city = target(get(wuxi, f, CITY, ""), target);
        assertThat(city.getJsonNumber("planned").longValue()).isEqualTo(10);
        assertThat(city.getJsonNumber("achieved").longValue()).as("5 sessions held in the project").isEqualTo(5);
        assertThat(city.getJsonNumber("percent").doubleValue()).isEqualTo(50.0);
        assertThat(city.getString("state")).isEqualTo(
                city.getJsonNumber("expectedPercent").doubleValue() <= 50.0 ? "ON_TRACK" : "BEHIND");
        JsonObject countyA = target(get(wuxi, f, COUNTY_A, ""), target);
        assertThat(countyA.getJsonNumber("planned").longValue()).isEqualTo(4);
        assertThat(countyA.getJsonNumber("achieved").longValue()).isEqualTo(3);
        assertThat(countyA.getJsonNumber("percent").doubleValue()).isEqualTo(75.0);
        assertThat(target(get(wuxi, f, COUNTY_B, ""), target).getString("state")).isEqualTo("NO_ALLOCATION");
        JsonObject september = target(get(wuxi, f, COUNTY_A, "?period=202609"), target);
        assertThat(september.getJsonNumber("achieved").longValue()).as("up to the end of September").isEqualTo(2);

        // The project's own targets tree shows the same achieved figures.
        Api.Reply shown = wuxi.get("api/v1/targets/" + target);
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        assertThat(shown.object().getJsonNumber("achieved").longValue()).isEqualTo(5);
        Api.Reply tree = wuxi.get("api/v1/targets/" + target + "/allocations");
        assertThat(tree.status()).as(tree.toString()).isEqualTo(200);
        for (JsonObject node : tree.json().asJsonArray().getValuesAs(JsonObject.class)) {
            long id = node.getJsonNumber("id").longValue();
            assertThat(node.getJsonNumber("achieved").longValue()).as("allocation " + id)
                    .isEqualTo(id == countyAllocation ? 3 : 2);
        }
    }

    private static JsonObject target(JsonObject figures, long targetId) {
        return figures.getJsonArray("targets").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("targetId").longValue() == targetId).findFirst()
                .orElseThrow(() -> new AssertionError("no target " + targetId + " in " + figures));
    }

    /**
     * The figures of each unit as the city's coordinator sees them. Above the site a count of people by kind or sex of
     * 1 to 4 is hidden (small cells, HEALTHEDU_FEEDBACK_MIN_CELL 5), as is a second cell of its row or column: each
     * hidden cell is checked against the exact figures of the same unit in the machine exchange (the DHIS2 data value
     * set, exact on purpose), every shown one against the expected figure, and every expected 1..4 breakdown must be
     * hidden.
     */
    private void assertUnits(Api as, FiguresFixture f, String period, Map<String, Number> siteA,
            Map<String, Number> siteB, Map<String, Number> city) {
        String query = period == null ? "" : "?period=" + period;
        JsonObject countyAFigures = get(as, f, COUNTY_A, query);
        JsonObject countyBFigures = get(as, f, COUNTY_B, query);
        JsonObject cityFigures = get(as, f, CITY, query);
        JsonObject communityFigures = get(as, f, COMMUNITY_A, query);
        JsonObject schoolFigures = get(as, f, SCHOOL_B, query);
        JsonObject site = child(communityFigures, "SITE", f.siteA);
        JsonObject school = child(schoolFigures, "SITE", f.siteB);
        String label = " in " + (period == null ? "the project period" : period);
        assertValues("county A" + label, countyAFigures.getJsonObject("total"),
                exact(as, f, COUNTY_A, countyAFigures, COUNTY_A), siteA);
        assertValues("site A" + label, site, exact(as, f, COMMUNITY_A, communityFigures, "SITE-" + f.siteA), siteA);
        assertValues("county B" + label, countyBFigures.getJsonObject("total"),
                exact(as, f, COUNTY_B, countyBFigures, COUNTY_B), siteB);
        assertValues("site B" + label, school, exact(as, f, SCHOOL_B, schoolFigures, "SITE-" + f.siteB), siteB);
        assertValues("city" + label, cityFigures.getJsonObject("total"), exact(as, f, CITY, cityFigures, CITY),
                city);
        assertValues("city's child county A" + label, child(cityFigures, "COUNTY", Db.unitId(COUNTY_A)),
                exact(as, f, CITY, cityFigures, COUNTY_A), siteA);
        assertValues("city's child county B" + label, child(cityFigures, "COUNTY", Db.unitId(COUNTY_B)),
                exact(as, f, CITY, cityFigures, COUNTY_B), siteB);
    }

    private JsonObject get(Api as, FiguresFixture f, String unitCode, String query) {
        Api.Reply reply = as.get("api/v1/figures/projects/" + f.projectId + "/units/" + Db.unitId(unitCode) + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    /** The exact counts of one org unit in the data value set of the unit's figures, for the same period. */
    private Map<String, BigDecimal> exact(Api as, FiguresFixture f, String unitCode, JsonObject figures,
            String orgUnit) {
        JsonObject period = figures.getJsonObject("period");
        Api.Reply reply = as.get("api/v1/figures/projects/" + f.projectId + "/units/" + Db.unitId(unitCode)
                + "/dataValueSets?period=" + period.getString("start") + "/" + period.getString("end"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (JsonObject v : reply.object().getJsonArray("dataValues").getValuesAs(JsonObject.class)) {
            if (orgUnit.equals(v.getString("orgUnit"))) {
                values.put(v.getString("dataElement").substring("HE_".length()), new BigDecimal(v.getString("value")));
            }
        }
        assertThat(values).as("exact figures of " + orgUnit).isNotEmpty();
        return values;
    }

    private static JsonObject child(JsonObject figures, String level, long id) {
        return figures.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("unitId").longValue() == id && level.equals(c.getString("level")))
                .findFirst().orElseThrow(() -> new AssertionError("no child " + level + " " + id + " in " + figures));
    }

    private static void assertValues(String what, JsonObject unit, Map<String, BigDecimal> exact,
            Map<String, Number> expected) {
        List<String> suppressed = unit.containsKey("suppressed") && !unit.isNull("suppressed")
                ? unit.getJsonArray("suppressed").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList()
                : List.of();
        expected.forEach((measure, value) -> {
            BigDecimal want = new BigDecimal(value.toString());
            if (suppressed.contains(measure)) {
                assertThat(value(unit, measure)).as(what + ": hidden " + measure + " has no value").isNull();
                assertThat(exact.get(measure)).as(what + ": exact " + measure).isEqualByComparingTo(want);
            } else {
                assertThat(value(unit, measure)).as(what + ": " + measure).isEqualByComparingTo(want);
                boolean breakdown = measure.matches("(ENROLLED|COMPLETED|REACHED)_.+");
                assertThat(breakdown && want.signum() > 0 && want.compareTo(BigDecimal.valueOf(5)) < 0)
                        .as(what + ": " + measure + " = " + want + " is a small cell and must be hidden").isFalse();
            }
        });
    }

    private static BigDecimal value(JsonObject unit, String measure) {
        JsonObject values = unit.getJsonObject("values");
        JsonNumber number = values.containsKey(measure) && !values.isNull(measure) ? values.getJsonNumber(measure)
                : null;
        return number == null ? null : number.bigDecimalValue();
    }

    private static Map<String, Number> figures(Object... pairs) {
        Map<String, Number> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Number) pairs[i + 1]);
        }
        return map;
    }
}
