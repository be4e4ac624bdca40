package org.healthedu.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.organisation.Units.placed;
import static org.healthedu.shared.BrokenRule.assertBroken;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import java.time.LocalDate;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.Site;
import org.healthedu.organisation.SiteDetails;
import org.healthedu.organisation.SiteKind;
import org.healthedu.organisation.UnitKind;
import org.healthedu.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectSiteTest {

    /*
     *   /1/              NATIONAL   china
     *   /1/5/            PROVINCE   jiangsu
     *   /1/5/9/          CITY       wuxi       (owns the project)
     *   /1/5/9/20/       COUNTY     yixing
     *   /1/5/9/20/30/    COMMUNITY  baodong
     *   /1/5/90/         CITY       suzhou
     */
    private OrganisationUnit jiangsu;
    private OrganisationUnit wuxi;
    private OrganisationUnit yixing;
    private OrganisationUnit baodong;
    private OrganisationUnit suzhou;
    private Project project;

    @BeforeEach
    void tree() {
        OrganisationUnit china = placed(1, UnitKind.NATIONAL, null);
        jiangsu = placed(5, UnitKind.PROVINCE, china);
        wuxi = placed(9, UnitKind.CITY, jiangsu);
        yixing = placed(20, UnitKind.COUNTY, wuxi);
        baodong = placed(30, UnitKind.COMMUNITY, yixing);
        suzhou = placed(90, UnitKind.CITY, jiangsu);
        project = new Project(new ProjectDraft("WX-P1", "青春健康家长培训项目", null, 1L, 9L, LocalDate.of(2026, 7, 11),
                LocalDate.of(2026, 12, 31), null, null), china, wuxi);
    }

    private static Site siteOf(OrganisationUnit unit) {
        return new Site(unit, new SiteDetails(SiteKind.COMMUNITY, "社区活动中心", null, null, null, null));
    }

    @Test
    void theSiteUnitIsResponsibleUnlessAnotherIsNamed() {
        Site site = siteOf(baodong);
        ProjectSite byDefault = new ProjectSite(project, site, null);
        assertThat(byDefault.project()).isSameAs(project);
        assertThat(byDefault.site()).isSameAs(site);
        assertThat(byDefault.responsibleUnit()).isSameAs(baodong);
        assertThat(new ProjectSite(project, site, yixing).responsibleUnit()).isSameAs(yixing);
    }

    @Test
    void aSiteOfTheOwningUnitItselfMayTakePart() {
        assertThat(new ProjectSite(project, siteOf(wuxi), wuxi).responsibleUnit()).isSameAs(wuxi);
    }

    @Test
    void aSiteOutsideTheOwnersSubtreeIsRefused() {
        assertInvalid(() -> new ProjectSite(project, siteOf(suzhou), null), "siteId", "project.site.outOfScope");
        assertInvalid(() -> new ProjectSite(project, siteOf(jiangsu), wuxi), "siteId", "project.site.outOfScope");
    }

    @Test
    void aResponsibleUnitOutsideTheOwnersSubtreeIsRefused() {
        assertInvalid(() -> new ProjectSite(project, siteOf(baodong), suzhou), "responsibleUnitId",
                "project.site.responsibleOutOfScope");
        assertInvalid(() -> new ProjectSite(project, siteOf(baodong), jiangsu), "responsibleUnitId",
                "project.site.responsibleOutOfScope");
    }

    @Test
    void anInactiveResponsibleUnitIsRefused() {
        Site site = siteOf(baodong);
        baodong.deactivate();
        assertInvalid(() -> new ProjectSite(project, site, null), "responsibleUnitId",
                "project.site.responsibleInactive");
        assertThat(new ProjectSite(project, site, yixing).responsibleUnit()).isSameAs(yixing);
    }

    @Test
    void aClosedProjectTakesNoNewSite() {
        project.activate();
        assertThat(new ProjectSite(project, siteOf(baodong), null).project()).isSameAs(project);
        project.close();
        assertBroken(() -> new ProjectSite(project, siteOf(baodong), null), DomainException.Kind.CONFLICT, null,
                "project.closed");
    }
}
