package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.it.EnrolmentFixtures.BAODONG_UNIT;
import static org.healthedu.it.EnrolmentFixtures.baodongBatch;
import static org.healthedu.it.EnrolmentFixtures.create;
import static org.healthedu.it.EnrolmentFixtures.enrolled;
import static org.healthedu.it.EnrolmentFixtures.parent;
import static org.healthedu.it.EnrolmentFixtures.student;
import static org.healthedu.it.EnrolmentFixtures.uniqueName;
import static org.healthedu.it.EnrolmentFixtures.wuxiProject;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The retention job (36 months after the project's end for adults, 12 for anyone who could be a minor): run now by an
 * admin for one project's participants, it anonymises those whose every project ended long enough ago, keeps anyone
 * still enrolled in a running project, keeps every row (counts), and records one audit event per run.
 */
class RetentionIT extends AppIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final int TEEN = TODAY.getYear() - 16;

    private static void ended(long projectId, LocalDate end) {
        Db.update("update project set start_date = ?, end_date = ?, status = 'CLOSED' where id = ?",
                end.minusMonths(6), end, projectId);
    }

    private static boolean anonymised(long participant) {
        return Db.count("select count(*) from participant where id = ? and anonymised_at is not null "
                + "and display_name is null and phone is null and school is null", participant) == 1;
    }

    @Test
    void participantsOfProjectsEndedLongAgoAreAnonymisedAndTheOthersKept() {
        Api wuxi = api("wuxi.coord");
        long oldProject = wuxiProject(wuxi);
        long oldBatch = baodongBatch(wuxi, oldProject, 20);
        long recentProject = wuxiProject(wuxi);
        long recentBatch = baodongBatch(wuxi, recentProject, 20);
        long runningProject = wuxiProject(wuxi);
        long runningBatch = baodongBatch(wuxi, runningProject, 20);

        long onlyOld = create(wuxi, parent(uniqueName("老项目家长"), "13900001111", BAODONG_UNIT));
        enrolled(wuxi, oldBatch, onlyOld);
        long oldAndRunning = create(wuxi, parent(uniqueName("两项目家长"), null, BAODONG_UNIT));
        enrolled(wuxi, oldBatch, oldAndRunning);
        enrolled(wuxi, runningBatch, oldAndRunning);
        long recentTeen = create(wuxi, student(uniqueName("近期学生"), TEEN, null, BAODONG_UNIT, null));
        enrolled(wuxi, recentBatch, recentTeen);
        long recentAdult = create(wuxi, parent(uniqueName("近期家长"), null, BAODONG_UNIT));
        enrolled(wuxi, recentBatch, recentAdult);
        long running = create(wuxi, parent(uniqueName("进行中家长"), null, BAODONG_UNIT));
        enrolled(wuxi, runningBatch, running);

        ended(oldProject, TODAY.minusYears(5));
        ended(recentProject, TODAY.minusMonths(18));
        long enrolments = Db.count("select count(*) from enrolment where batch_id in (?, ?, ?)", oldBatch,
                recentBatch, runningBatch);

        for (String username : new String[] {"wuxi.coord", "baodong.trainer"}) {
            assertThat(api(username).post("api/v1/privacy/retention/run?projectId=" + oldProject, "").status())
                    .as(username).isEqualTo(403);
        }
        assertThat(anonymised(onlyOld)).isFalse();

        Api admin = api("admin");
        long auditsBefore = Db.count("select count(*) from audit_event where kind = 'RETENTION_ANONYMISED'");
        Api.Reply old = admin.post("api/v1/privacy/retention/run?projectId=" + oldProject, "");
        assertThat(old.status()).as(old.toString()).isEqualTo(200);
        assertThat(old.object().getBoolean("ran")).isTrue();
        assertThat(old.object().getInt("anonymised")).isEqualTo(1);
        assertThat(anonymised(onlyOld)).isTrue();
        assertThat(anonymised(oldAndRunning)).as("still in a running project").isFalse();

        Api.Reply recent = admin.post("api/v1/privacy/retention/run?projectId=" + recentProject, "");
        assertThat(recent.object().getInt("anonymised")).isEqualTo(1);
        assertThat(anonymised(recentTeen)).as("a minor, 18 months after the end").isTrue();
        assertThat(anonymised(recentAdult)).as("an adult, 18 months after the end").isFalse();

        Api.Reply stillRunning = admin.post("api/v1/privacy/retention/run?projectId=" + runningProject, "");
        assertThat(stillRunning.object().getInt("anonymised")).isZero();
        assertThat(anonymised(running)).isFalse();
        Api.Reply again = admin.post("api/v1/privacy/retention/run?projectId=" + oldProject, "");
        assertThat(again.object().getInt("anonymised")).isZero();

        assertThat(Db.count("select count(*) from enrolment where batch_id in (?, ?, ?)", oldBatch, recentBatch,
                runningBatch)).as("rows stay").isEqualTo(enrolments);
        assertThat(Db.count("select count(*) from audit_event where kind = 'RETENTION_ANONYMISED'"))
                .as("one event per run").isEqualTo(auditsBefore + 4);
        assertThat(Db.value("select details->>'count' from audit_event where kind = 'RETENTION_ANONYMISED' "
                + "and target_id = ? order by id limit 1", oldProject)).isEqualTo("1");
    }
}
