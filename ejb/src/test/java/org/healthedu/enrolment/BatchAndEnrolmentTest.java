package org.healthedu.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.enrolment.ParticipantTest.TODAY;
import static org.healthedu.organisation.Units.placed;
import static org.healthedu.shared.BrokenRule.assertBroken;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import java.time.Instant;
import java.time.LocalDate;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.Site;
import org.healthedu.organisation.SiteDetails;
import org.healthedu.organisation.SiteKind;
import org.healthedu.organisation.UnitKind;
import org.healthedu.project.Project;
import org.healthedu.project.ProjectDraft;
import org.healthedu.project.ProjectSite;
import org.healthedu.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchAndEnrolmentTest {

    private OrganisationUnit baodong;
    private Project project;
    private ProjectSite projectSite;

    @BeforeEach
    void projectAtBaodong() {
        OrganisationUnit china = placed(1, UnitKind.NATIONAL, null);
        OrganisationUnit wuxi = placed(9, UnitKind.CITY, placed(5, UnitKind.PROVINCE, china));
        baodong = placed(30, UnitKind.COMMUNITY, placed(20, UnitKind.COUNTY, wuxi));
        project = new Project(new ProjectDraft("WX-P1", "青春健康家长培训项目", null, 1L, 9L, LocalDate.of(2026, 7, 11),
                LocalDate.of(2026, 12, 31), null, null), china, wuxi);
        Site centre = new Site(baodong, new SiteDetails(SiteKind.COMMUNITY, "宝东社区居民活动中心", null, null, null,
                null));
        projectSite = new ProjectSite(project, centre, null);
    }

    private Batch batch(int capacity) {
        return new Batch(projectSite, 1, new BatchDetails("第一批家长", LocalDate.of(2026, 9, 1), capacity));
    }

    private Participant person(ParticipantDetails details) {
        return new Participant(details, baodong, null, TODAY);
    }

    @Test
    void aBatchHasANameAndACapacityBetweenOneAndTenThousand() {
        Batch batch = batch(30);
        assertThat(batch.project()).isSameAs(project);
        assertThat(batch.number()).isEqualTo(1);
        assertThat(batch.capacity()).isEqualTo(30);
        assertInvalid(() -> batch(0), "capacity", "batch.capacity.range", "10000");
        assertInvalid(() -> batch(10_001), "capacity", "batch.capacity.range", "10000");
        assertInvalid(() -> new Batch(projectSite, 1, new BatchDetails("第一批", null, null)), "capacity",
                "error.required");
        assertInvalid(() -> new Batch(projectSite, 1, new BatchDetails(" ", null, 30)), "name", "error.required");
    }

    @Test
    void theCapacityIsNeverExceededNorCutBelowThoseEnrolled() {
        Batch batch = batch(30);
        batch.requireRoomFor(29, 1);
        assertBroken(() -> batch.requireRoomFor(30, 1), DomainException.Kind.CONFLICT, "capacity", "batch.full",
                "第一批家长", "30", "30");
        assertInvalid(() -> batch.revise(new BatchDetails("第一批家长", null, 24), 25), "capacity",
                "batch.capacity.belowEnrolled", "25");
        batch.revise(new BatchDetails("第一批家长（周六班）", null, 25), 25);
        assertThat(batch.capacity()).isEqualTo(25);
        assertThat(batch.name()).isEqualTo("第一批家长（周六班）");
    }

    @Test
    void aClosedProjectsBatchesAreReadOnly() {
        Batch batch = batch(30);
        Participant mother = person(ParticipantTest.parent("王芳", null));
        project.activate();
        Enrolment enrolment = new Enrolment(batch, mother, false, TODAY, null, null);
        project.close();
        assertBroken(() -> batch.revise(new BatchDetails("改名", null, 30), 0), DomainException.Kind.CONFLICT, null,
                "project.closed");
        assertBroken(() -> new Enrolment(batch, mother, false, TODAY, null, null), DomainException.Kind.CONFLICT,
                null, "project.closed");
        assertBroken(() -> enrolment.withdraw(TODAY, null, null), DomainException.Kind.CONFLICT, null,
                "project.closed");
        assertBroken(() -> new Batch(projectSite, 2, new BatchDetails("第二批", null, 30)),
                DomainException.Kind.CONFLICT, null, "project.closed");
    }

    @Test
    void aChildWhoCouldBeUnderFourteenIsEnrolledOnlyWithConsent() {
        Batch batch = batch(30);
        Participant child = person(ParticipantTest.student("李小红", 2012, null));
        assertInvalid(() -> new Enrolment(batch, child, false, TODAY, null, null), "participantId",
                "enrolment.consentRequired", "李小红");
        assertThat(new Enrolment(batch, child, true, TODAY, null, null).status()).isEqualTo(EnrolmentStatus.ACTIVE);
        Participant older = person(ParticipantTest.student("李大红", 2011, null));
        assertThat(new Enrolment(batch, older, false, TODAY, null, null).enrolledOn()).isEqualTo(TODAY);
    }

    @Test
    void anAnonymisedPersonIsNotEnrolled() {
        Participant gone = person(ParticipantTest.student("李小红", 2014, null));
        gone.anonymise(Instant.now());
        assertBroken(() -> new Enrolment(batch(30), gone, true, TODAY, null, null), DomainException.Kind.CONFLICT,
                "participantId", "participant.anonymised");
    }

    @Test
    void anEnrolmentEndsOnceOnADayThatMakesSense() {
        Enrolment enrolment = new Enrolment(batch(30), person(ParticipantTest.parent("王芳", null)), false,
                LocalDate.of(2026, 3, 1), null, null);
        assertInvalid(() -> Enrolment.checkEndDate(null, LocalDate.of(2026, 3, 1), TODAY), "date", "error.required");
        assertInvalid(() -> Enrolment.checkEndDate(TODAY.plusDays(1), LocalDate.of(2026, 3, 1), TODAY), "date",
                "enrolment.date.future");
        assertInvalid(() -> Enrolment.checkEndDate(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1), TODAY),
                "date", "enrolment.date.beforeEnrolled", "2026-03-01");
        assertInvalid(() -> enrolment.withdraw(LocalDate.of(2026, 3, 2), "理".repeat(201), null), "reason",
                "error.tooLong", 200);
        enrolment.withdraw(LocalDate.of(2026, 3, 2), " 工作调动 ", null);
        assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(enrolment.endedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertBroken(() -> enrolment.withdraw(LocalDate.of(2026, 3, 3), null, null), DomainException.Kind.CONFLICT,
                null, "enrolment.notActive");
        assertBroken(() -> enrolment.endByMove(LocalDate.of(2026, 3, 3), null, null), DomainException.Kind.CONFLICT,
                null, "enrolment.notActive");
    }

    @Test
    void aMoveEndsTheOldEnrolmentAndTheNewOnePointsBack() {
        Batch first = batch(30);
        Batch second = new Batch(projectSite, 2, new BatchDetails("第二批家长", null, 30));
        Participant mother = person(ParticipantTest.parent("王芳", null));
        Enrolment old = new Enrolment(first, mother, false, LocalDate.of(2026, 3, 1), null, null);
        old.endByMove(LocalDate.of(2026, 4, 1), "时间冲突", null);
        Enrolment moved = new Enrolment(second, mother, false, LocalDate.of(2026, 4, 1), null, old);
        assertThat(old.status()).isEqualTo(EnrolmentStatus.MOVED);
        assertThat(moved.movedFrom()).isSameAs(old);
        assertThat(moved.batch()).isSameAs(second);
        assertThat(moved.project()).isSameAs(project);
    }
}
