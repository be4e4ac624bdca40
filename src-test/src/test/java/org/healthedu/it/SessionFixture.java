package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * A fresh project ready for sessions, built through the API: the courseware fixture's Wuxi project (Baodong site,
 * groups as in the demo, parent curriculum adopted), one batch following that curriculum, and {@code people} parents
 * enrolled in it. Sessions are planned by {@link #plan}.
 */
record SessionFixture(CoursewareFixture project, long batchId, List<Long> participantIds) {

    static SessionFixture create(AppIT test, int people) {
        CoursewareFixture project = CoursewareFixture.create(test);
        Api wuxi = test.api("wuxi.coord");
        long batchId = EnrolmentFixtures.batch(wuxi, project.projectId(), EnrolmentFixtures.BAODONG_UNIT,
                EnrolmentFixtures.BAODONG_SITE, Math.max(people, 1) + 10, "场次测试批次");
        List<Long> participants = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            long participantId = EnrolmentFixtures.create(wuxi, EnrolmentFixtures.parent(
                    EnrolmentFixtures.uniqueName("家长" + (i + 1) + "号"), null, EnrolmentFixtures.BAODONG_UNIT));
            EnrolmentFixtures.enrolled(wuxi, batchId, participantId);
            participants.add(participantId);
        }
        return new SessionFixture(project, batchId, participants);
    }

    long projectId() {
        return project.projectId();
    }

    long lesson(int position) {
        return project.lesson(position);
    }

    /** The JSON of a session of lesson {@code position}, led by baodong.trainer, local times like 2026-09-05T09:30. */
    String sessionJson(int position, String startsAt, String endsAt, String room) {
        return "{\"lessonId\":" + lesson(position) + ",\"room\":" + EnrolmentFixtures.quoted(room)
                + ",\"startsAt\":\"" + startsAt + "\",\"endsAt\":\"" + endsAt + "\",\"leadTrainerId\":"
                + CoursewareFixture.accountId("baodong.trainer") + "}";
    }

    Api.Reply tryPlan(Api as, String json) {
        return as.post("api/v1/batches/" + batchId + "/sessions", json);
    }

    /** Plans a session of lesson {@code position} and returns its id. */
    long plan(Api as, int position, String startsAt, String endsAt, String room) {
        Api.Reply reply = tryPlan(as, sessionJson(position, startsAt, endsAt, room));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }
}
