package org.healthedu.it;

import java.util.List;

/**
 * A small project with known figures, for the dashboard: the session fixture's project (owned by Wuxi) with a second
 * site at Jiangnan University (another county's unit: Wuxi's universities).
 * <ul>
 * <li>Baodong batch, 4 people (p0–p3): lessons 1–3 HELD, lesson 4 CANCELLED, lesson 5 PLANNED in December. Lesson 1:
 * P, P, LATE, ABSENT (3 of 4); lesson 2: P, EXCUSED, P, ABSENT (2 of 4); lesson 3: no marks recorded (0 of 4). p3
 * missed two in a row: at risk.</li>
 * <li>Jiangnan batch, 2 people: lesson 1 HELD, both present (2 of 2).</li>
 * </ul>
 * So the project: 14 marks expected, 7 attended (50%); Baodong 5 of 12, Jiangnan 2 of 2.
 */
record DashboardFixture(SessionFixture baodong, long jiangnanBatchId, long jiangnanProjectSiteId,
        long baodongProjectSiteId, List<Long> baodongSessions, List<Long> jiangnanPeople) {

    static final String JIANGNAN_UNIT = "JS-WX-U-JN";
    static final String JIANGNAN_SITE = "江南大学蠡湖校区";

    static DashboardFixture create(AppIT test) {
        SessionFixture baodong = SessionFixture.create(test, 4);
        Api wuxi = test.api("wuxi.coord");
        long projectId = baodong.projectId();
        Api.Reply site = wuxi.post("api/v1/projects/" + projectId + "/sites",
                "{\"siteId\":" + EnrolmentFixtures.siteId(JIANGNAN_UNIT, JIANGNAN_SITE) + "}");
        org.assertj.core.api.Assertions.assertThat(site.status()).as(site.toString()).isEqualTo(201);
        long jiangnanBatch = EnrolmentFixtures.batch(wuxi, projectId, JIANGNAN_UNIT, JIANGNAN_SITE, 10, "江南批次");
        List<Long> jiangnanPeople = List.of(1, 2).stream().map(i -> {
            long id = EnrolmentFixtures.create(wuxi, EnrolmentFixtures.parent(
                    EnrolmentFixtures.uniqueName("江南学员" + i), null, JIANGNAN_UNIT));
            EnrolmentFixtures.enrolled(wuxi, jiangnanBatch, id);
            return id;
        }).toList();
        Marks.enrolledSince(baodong.batchId(), "2026-08-01");
        Marks.enrolledSince(jiangnanBatch, "2026-08-01");

        List<Long> sessions = List.of(
                Marks.session(baodong, 1, "2026-09-01", "HELD"),
                Marks.session(baodong, 2, "2026-09-08", "HELD"),
                Marks.session(baodong, 3, "2026-09-15", "HELD"),
                Marks.session(baodong, 4, "2026-09-22", "CANCELLED"),
                Marks.session(baodong, 5, "2026-12-20", "PLANNED"));
        List<Long> p = baodong.participantIds();
        String[][] marks = {{"PRESENT", "PRESENT", "LATE", "ABSENT"}, {"PRESENT", "EXCUSED", "PRESENT", "ABSENT"}};
        for (int s = 0; s < marks.length; s++) {
            for (int i = 0; i < 4; i++) {
                Marks.mark(sessions.get(s), p.get(i), marks[s][i]);
            }
        }
        long jiangnanSession = Marks.session(jiangnanBatch, baodong.lesson(1), "2026-09-02", "HELD",
                "wxit.lecturer");
        jiangnanPeople.forEach(id -> Marks.mark(jiangnanSession, id, "PRESENT"));
        long jiangnanSite = ((Number) Db.value("select project_site_id from batch where id = ?", jiangnanBatch))
                .longValue();
        long baodongSite = ((Number) Db.value("select project_site_id from batch where id = ?", baodong.batchId()))
                .longValue();
        return new DashboardFixture(baodong, jiangnanBatch, jiangnanSite, baodongSite, sessions, jiangnanPeople);
    }

    long projectId() {
        return baodong.projectId();
    }

    String path() {
        return "api/v1/projects/" + projectId() + "/attendance-dashboard";
    }
}
