package org.healthedu.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.account.Accounts.account;
import static org.healthedu.account.Accounts.inactive;
import static org.healthedu.organisation.Units.placed;
import static org.healthedu.shared.BrokenRule.assertBroken;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import java.time.LocalDate;
import org.healthedu.account.Account;
import org.healthedu.account.Role;
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

class TrainerGroupTest {

    /*
     *   /1/              NATIONAL   china
     *   /1/5/            PROVINCE   jiangsu
     *   /1/5/9/          CITY       wuxi       (owns the project)
     *   /1/5/9/20/       COUNTY     yixing
     *   /1/5/9/20/30/    COMMUNITY  baodong    (the site)
     *   /1/5/90/         CITY       suzhou
     */
    private OrganisationUnit jiangsu;
    private OrganisationUnit wuxi;
    private OrganisationUnit baodong;
    private OrganisationUnit suzhou;
    private Project project;
    private ProjectSite projectSite;

    @BeforeEach
    void tree() {
        OrganisationUnit china = placed(1, UnitKind.NATIONAL, null);
        jiangsu = placed(5, UnitKind.PROVINCE, china);
        wuxi = placed(9, UnitKind.CITY, jiangsu);
        OrganisationUnit yixing = placed(20, UnitKind.COUNTY, wuxi);
        baodong = placed(30, UnitKind.COMMUNITY, yixing);
        suzhou = placed(90, UnitKind.CITY, jiangsu);
        project = new Project(new ProjectDraft("WX-P1", "青春健康家长培训项目", null, 1L, 9L, LocalDate.of(2026, 7, 11),
                LocalDate.of(2026, 12, 31), null, null), china, wuxi);
        Site site = new Site(baodong, new SiteDetails(SiteKind.COMMUNITY, "宝东社区居民活动中心", null, null, null, null));
        projectSite = new ProjectSite(project, site, null);
    }

    private TrainerGroup group(GroupKind kind) {
        return new TrainerGroup(projectSite, kind);
    }

    @Test
    void eachKindAdmitsItsRolesAndNoAdministrator() {
        assertThat(GroupKind.MANAGEMENT.admits(Role.COORDINATOR)).isTrue();
        assertThat(GroupKind.MANAGEMENT.admits(Role.TRAINER)).isTrue();
        assertThat(GroupKind.MANAGEMENT.admits(Role.OBSERVER)).isFalse();
        assertThat(GroupKind.LECTURER.admits(Role.TRAINER)).isTrue();
        assertThat(GroupKind.LECTURER.admits(Role.COORDINATOR)).isTrue();
        assertThat(GroupKind.LECTURER.admits(Role.OBSERVER)).isFalse();
        assertThat(GroupKind.GUIDANCE.admits(Role.OBSERVER)).isTrue();
        assertThat(GroupKind.GUIDANCE.admits(Role.COORDINATOR)).isTrue();
        assertThat(GroupKind.GUIDANCE.admits(Role.TRAINER)).isFalse();
        for (GroupKind kind : GroupKind.values()) {
            assertThat(kind.admits(Role.ADMIN)).as(kind.name()).isFalse();
            assertThat(kind.admits(null)).isFalse();
            assertThat(kind.labelKey()).isEqualTo("groupKind." + kind.name());
        }
    }

    @Test
    void anAccountOfTheOwnersSubtreeWithAnAdmittedRoleJoins() {
        Account trainer = account(100, Role.TRAINER, baodong);
        TrainerGroupMember member = group(GroupKind.LECTURER).admit(trainer);
        assertThat(member.account()).isSameAs(trainer);
        assertThat(member.group().kind()).isEqualTo(GroupKind.LECTURER);
        assertThat(group(GroupKind.GUIDANCE).admit(account(101, Role.OBSERVER, wuxi)).account().id()).isEqualTo(101L);
        assertThat(group(GroupKind.MANAGEMENT).admit(account(102, Role.COORDINATOR, wuxi))).isNotNull();
    }

    @Test
    void aRoleTheKindDoesNotAdmitIsRefusedWithBothNamed() {
        assertInvalid(() -> group(GroupKind.LECTURER).admit(account(100, Role.OBSERVER, wuxi)), "accountId",
                "trainerGroup.member.role", "role.OBSERVER", "groupKind.LECTURER");
        assertInvalid(() -> group(GroupKind.GUIDANCE).admit(account(100, Role.TRAINER, baodong)), "accountId",
                "trainerGroup.member.role", "role.TRAINER", "groupKind.GUIDANCE");
        assertInvalid(() -> group(GroupKind.MANAGEMENT).admit(account(100, Role.ADMIN, wuxi)), "accountId",
                "trainerGroup.member.role", "role.ADMIN", "groupKind.MANAGEMENT");
    }

    @Test
    void anAccountOutsideTheOwnersSubtreeIsRefused() {
        assertInvalid(() -> group(GroupKind.LECTURER).admit(account(100, Role.TRAINER, suzhou)), "accountId",
                "trainerGroup.member.outOfScope");
        assertInvalid(() -> group(GroupKind.GUIDANCE).admit(account(100, Role.COORDINATOR, jiangsu)), "accountId",
                "trainerGroup.member.outOfScope");
    }

    @Test
    void anInactiveAccountIsRefused() {
        assertInvalid(() -> group(GroupKind.LECTURER).admit(inactive(account(100, Role.TRAINER, baodong))),
                "accountId", "trainerGroup.member.inactive");
    }

    @Test
    void theLeaderMustBeAMemberAndCannotLeaveWhileLeading() {
        TrainerGroup lecturers = group(GroupKind.LECTURER);
        Account trainer = account(100, Role.TRAINER, baodong);
        Account other = account(101, Role.TRAINER, baodong);
        assertInvalid(() -> lecturers.appoint(trainer, false), "accountId", "trainerGroup.leader.notMember");
        assertThat(lecturers.leader()).isNull();

        lecturers.appoint(trainer, true);
        assertThat(lecturers.isLeader(trainer)).isTrue();
        assertThat(lecturers.isLeader(other)).isFalse();
        assertBroken(() -> lecturers.requireMayLeave(trainer), DomainException.Kind.CONFLICT, "accountId",
                "trainerGroup.member.isLeader");
        lecturers.requireMayLeave(other);

        lecturers.appoint(null, false);
        assertThat(lecturers.leader()).isNull();
        lecturers.requireMayLeave(trainer);
    }

    @Test
    void aClosedProjectsGroupsAreReadOnly() {
        TrainerGroup lecturers = group(GroupKind.LECTURER);
        Account trainer = account(100, Role.TRAINER, baodong);
        project.activate();
        project.close();
        assertBroken(() -> lecturers.admit(trainer), DomainException.Kind.CONFLICT, null, "project.closed");
        assertBroken(() -> lecturers.appoint(trainer, true), DomainException.Kind.CONFLICT, null, "project.closed");
        assertBroken(() -> lecturers.requireMayLeave(trainer), DomainException.Kind.CONFLICT, null,
                "project.closed");
    }

    @Test
    void aGroupNeedsAKind() {
        assertInvalid(() -> new TrainerGroup(projectSite, null), "kind", "error.required");
    }
}
