package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.it.ActivityFixture.logged;
import static org.healthedu.it.EnrolmentFixtures.BAODONG_SITE;
import static org.healthedu.it.EnrolmentFixtures.BAODONG_UNIT;
import static org.healthedu.it.EnrolmentFixtures.siteId;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Counting honestly on a fixture of its own (a fresh project, so nothing else counts): unique people trained,
 * contacts and people reached are kept apart and computed exactly, in all and per child unit.
 */
class ReachFiguresIT extends AppIT {

    @Test
    void uniquePeopleContactsAndPeopleReachedAreDifferentFigures() {
        SessionFixture fixture = SessionFixture.create(this, 3);
        Marks.enrolledSince(fixture.batchId(), "2026-08-01");
        List<Long> people = fixture.participantIds();
        long first = Marks.session(fixture, 1, "2026-09-03", "HELD");
        long second = Marks.session(fixture, 2, "2026-09-10", "HELD");
        for (long person : people) {
            Marks.mark(first, person, "PRESENT");
            Marks.mark(second, person, person == people.get(2) ? "LATE" : "PRESENT");
        }
        // Not counted: marks at a session not held, an absence, a session outside the period.
        long planned = Marks.session(fixture, 3, "2026-09-17", "PLANNED");
        Marks.mark(planned, people.get(0), "PRESENT");
        long third = Marks.session(fixture, 3, "2026-09-24", "HELD");
        Marks.mark(third, people.get(1), "ABSENT");
        long october = Marks.session(fixture, 4, "2026-10-08", "HELD");
        Marks.mark(october, people.get(0), "PRESENT");

        Api wuxi = api("wuxi.coord");
        long project = fixture.projectId();
        long baodongSite = siteId(BAODONG_UNIT, BAODONG_SITE);
        logged(wuxi, ActivityFixture.lecture(baodongSite, "2026-09-15", "女孩讲座", 350,
                "\"female\":350,\"projectId\":" + project));
        logged(wuxi, ActivityFixture.atUnit("CONSULTATION", Db.unitId(BAODONG_UNIT), "2026-09-20", "线上咨询", 12,
                "\"online\":true,\"projectId\":" + project));
        logged(wuxi, ActivityFixture.atUnit("CAMPAIGN", Db.unitId(BAODONG_UNIT), "2026-10-28", "男性健康日", 500,
                "\"projectId\":" + project));
        long removed = logged(wuxi, ActivityFixture.atUnit("CAMPAIGN", Db.unitId(BAODONG_UNIT), "2026-09-21",
                "录错了", 999, "\"projectId\":" + project));
        assertThat(wuxi.delete("api/v1/activities/" + removed).status()).isEqualTo(204);

        String september = "?from=2026-09-01&to=2026-09-30&projectId=" + project;
        JsonObject city = reach(wuxi, "JS-WX", september);
        JsonObject total = city.getJsonObject("total");
        assertThat(total.getInt("uniquePeopleTrained")).as("3 people, each counted once").isEqualTo(3);
        assertThat(total.getInt("contacts")).as("3 people at 2 held sessions").isEqualTo(6);
        assertThat(total.getInt("peopleReached")).as("lecture 350 + consultation 12").isEqualTo(362);
        assertThat(total.getJsonObject("reachedByType").getInt("LECTURE")).isEqualTo(350);
        assertThat(total.getJsonObject("reachedByType").getInt("CONSULTATION")).isEqualTo(12);
        assertThat(total.getInt("reachedThroughPeerEducators")).isZero();

        JsonObject yixing = child(city, "JS-WX-YX");
        assertThat(yixing.getInt("uniquePeopleTrained")).isEqualTo(3);
        assertThat(yixing.getInt("contacts")).isEqualTo(6);
        assertThat(yixing.getInt("peopleReached")).isEqualTo(362);
        JsonObject nanchang = child(city, "JS-WX-NC");
        assertThat(nanchang.getInt("uniquePeopleTrained") + nanchang.getInt("contacts")
                + nanchang.getInt("peopleReached")).isZero();

        // A walk-in at the third session is one more person and one more contact.
        long walkIn = EnrolmentFixtures.create(wuxi, EnrolmentFixtures.parent(
                EnrolmentFixtures.uniqueName("旁听家长"), null, BAODONG_UNIT));
        Marks.mark(third, walkIn, "PRESENT", true);
        JsonObject baodong = reach(api("wuxi.observer"), BAODONG_UNIT, september).getJsonObject("total");
        assertThat(baodong.getInt("uniquePeopleTrained")).isEqualTo(4);
        assertThat(baodong.getInt("contacts")).isEqualTo(7);
        assertThat(baodong.getInt("peopleReached")).isEqualTo(362);

        JsonObject autumn = reach(wuxi, "JS-WX", "?from=2026-09-01&to=2026-10-31&projectId=" + project)
                .getJsonObject("total");
        assertThat(autumn.getInt("uniquePeopleTrained")).as("still 4 different people").isEqualTo(4);
        assertThat(autumn.getInt("contacts")).isEqualTo(8);
        assertThat(autumn.getInt("peopleReached")).isEqualTo(862);
    }

    @Test
    void reachIsScopedAndThePeriodChecked() {
        long wuxiUnit = Db.unitId("JS-WX");
        assertProblem(api("guiyang.coord").get("api/v1/reach/units/" + wuxiUnit + "?from=2026-01-01&to=2026-12-31"),
                403, "error.forbidden");
        assertProblem(api("wuxi.coord").get("api/v1/reach/units/" + wuxiUnit + "?from=2026-12-31&to=2026-01-01"),
                400, "reach.period.invalid", "to");
        assertProblem(api("wuxi.coord").get("api/v1/reach/units/" + wuxiUnit + "?to=2026-01-01"), 400,
                "error.required", "from");
        JsonObject demo = reach(api("wuxi.coord"), "JS-WX", "?from=2026-01-01&to=2026-11-28");
        assertThat(demo.getJsonObject("total").getJsonObject("reachedByType").getInt("CONSULTATION"))
                .as("the demo's online consultations (tests may add more)").isGreaterThanOrEqualTo(122);
    }

    @Test
    void peopleReachedThroughPeerEducatorsAreTheHeadcountsOfTheirHeldPeerSessions() {
        // The demo's hosts at Jiangnan and WXIT held peer sessions of 38 (28 May), 41 (4 June) and 52 (11 June);
        // the week from 28 May to 4 June holds the first two, a planned one in December counts nowhere.
        JsonObject week = reach(api("wuxi.coord"), "JS-WX", "?from=2026-05-28&to=2026-06-04").getJsonObject("total");
        assertThat(week.getInt("reachedThroughPeerEducators")).isEqualTo(38 + 41);
        assertThat(reach(api("wuxi.coord"), "JS-WX", "?from=2026-05-28&to=2026-06-11").getJsonObject("total")
                .getInt("reachedThroughPeerEducators")).isEqualTo(38 + 41 + 52);
        assertThat(reach(api("wuxi.coord"), "JS-WX", "?from=2026-12-01&to=2026-12-31").getJsonObject("total")
                .getInt("reachedThroughPeerEducators")).isZero();
    }

    private JsonObject reach(Api as, String unitCode, String query) {
        Api.Reply reply = as.get("api/v1/reach/units/" + Db.unitId(unitCode) + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    private static JsonObject child(JsonObject reach, String unitCode) {
        long id = Db.unitId(unitCode);
        return reach.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("unitId").longValue() == id).findFirst().orElseThrow()
                .getJsonObject("figures");
    }
}
