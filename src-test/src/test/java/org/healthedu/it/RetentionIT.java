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

    @Test
    void filesThatMayShowParticipantsLoseTheirContentWhenTheirProjectsRetentionIsOver() {
        Api wuxi = api("wuxi.coord");
        long site = EnrolmentFixtures.siteId(BAODONG_UNIT, EnrolmentFixtures.BAODONG_SITE);
        long oldProject = wuxiProject(wuxi);
        long recentProject = wuxiProject(wuxi);
        long runningProject = wuxiProject(wuxi);
        long adult = create(wuxi, parent(uniqueName("近期家长"), null, BAODONG_UNIT));
        enrolled(wuxi, baodongBatch(wuxi, recentProject, 5), adult);
        String day = "2026-06-01";
        long oldGirls = evidence(wuxi, ActivityFixture.lecture(site, day, "旧讲座", 30, "\"projectId\":" + oldProject));
        long oldReport = attachment(wuxi, oldProject);
        long recentGirls = evidence(wuxi, ActivityFixture.lecture(site, day, "近讲座", 30,
                "\"projectId\":" + recentProject));
        long recentParents = evidence(wuxi, ActivityFixture.lecture(site, day, "近家长讲座", 30,
                "\"projectId\":" + recentProject).replace("GIRLS", "PARENTS"));
        long recentReport = attachment(wuxi, recentProject);
        long running = evidence(wuxi, ActivityFixture.lecture(site, day, "进行中", 30,
                "\"projectId\":" + runningProject));
        ended(oldProject, TODAY.minusYears(5));
        ended(recentProject, TODAY.minusMonths(18));

        Api admin = api("admin");
        Api.Reply old = admin.post("api/v1/privacy/retention/run?projectId=" + oldProject, "");
        assertThat(old.status()).as(old.toString()).isEqualTo(200);
        assertThat(old.object().getInt("filesRemoved")).isEqualTo(2);
        Api.Reply recent = admin.post("api/v1/privacy/retention/run?projectId=" + recentProject, "");
        assertThat(recent.object().getInt("filesRemoved")).as("girls' lecture: minors' 12 months").isEqualTo(1);
        assertThat(admin.post("api/v1/privacy/retention/run?projectId=" + runningProject, "").object()
                .getInt("filesRemoved")).isZero();
        assertThat(admin.post("api/v1/privacy/retention/run?projectId=" + oldProject, "").object()
                .getInt("filesRemoved")).as("a second run finds nothing").isZero();

        assertThat(removed(oldGirls)).isEqualTo("RETENTION");
        assertThat(removed(oldReport)).isEqualTo("RETENTION");
        assertThat(removed(recentGirls)).isEqualTo("RETENTION");
        assertThat(removed(recentParents)).as("adults' audience: 36 months").isNull();
        assertThat(removed(recentReport)).as("only adults enrolled: 36 months").isNull();
        assertThat(removed(running)).isNull();
        assertThat(Db.count("select count(*) from stored_file_content where file_id in (?, ?, ?)", oldGirls,
                oldReport, recentGirls)).isZero();
        assertThat(Db.count("select count(*) from stored_file_content where file_id in (?, ?, ?)", recentParents,
                recentReport, running)).isEqualTo(3);
        assertThat(Db.count("select count(*) from stored_file where id in (?, ?, ?)", oldGirls, oldReport,
                recentGirls)).as("the records stay").isEqualTo(3);

        long reportId = ((Number) Db.value("select report_id from report_attachment where file_id = ?", oldReport))
                .longValue();
        Api.Reply gone = wuxi.get("api/v1/reports/" + reportId + "/attachments/" + oldReport);
        assertProblem(gone, 410, "error.file.removedForPrivacy");
        assertThat(Db.value("select details->>'filesRemoved' from audit_event where kind = 'RETENTION_ANONYMISED' "
                + "and target_id = ? order by id limit 1", oldProject)).isEqualTo("2");
    }

    private static long evidence(Api as, String activityJson) {
        long activity = ActivityFixture.logged(as, activityJson);
        Api.Reply file = as.postBytes("api/v1/activities/" + activity + "/evidence?filename=sheet.png", "image/png",
                ActivityFixture.png());
        assertThat(file.status()).as(file.toString()).isEqualTo(201);
        return file.id();
    }

    private static long attachment(Api as, long projectId) {
        long report = ReportFixture.created(as, projectId, ReportFixture.WUXI, "2026Q2").getJsonNumber("id")
                .longValue();
        Api.Reply file = as.postBytes("api/v1/reports/" + report + "/attachments?kind=PHOTO&filename=photo.png",
                "image/png", ActivityFixture.png());
        assertThat(file.status()).as(file.toString()).isEqualTo(201);
        return file.object().getJsonNumber("fileId").longValue();
    }

    private static String removed(long fileId) {
        return (String) Db.value("select content_removed_reason from stored_file where id = ?", fileId);
    }
}
