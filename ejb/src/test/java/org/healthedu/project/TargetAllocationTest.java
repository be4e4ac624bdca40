package org.healthedu.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.organisation.Units.placed;
import static org.healthedu.shared.BrokenRule.assertBroken;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.Site;
import org.healthedu.organisation.SiteDetails;
import org.healthedu.organisation.SiteKind;
import org.healthedu.organisation.UnitKind;
import org.healthedu.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TargetAllocationTest {

    /*
     *   /1/              NATIONAL   china
     *   /1/5/            PROVINCE   jiangsu
     *   /1/5/9/          CITY       wuxi (owns the project)
     *   /1/5/9/20/       COUNTY     yixing
     *   /1/5/9/20/30/    TOWNSHIP   yicheng      (site baodong)
     *   /1/5/9/21/       COUNTY     nanchang
     *   /1/51/           PROVINCE   hunan        (site dongguan)
     */
    private OrganisationUnit china;
    private OrganisationUnit wuxi;
    private OrganisationUnit yixing;
    private OrganisationUnit yicheng;
    private OrganisationUnit nanchang;
    private OrganisationUnit hunan;
    private Site baodong;
    private Site dongguan;
    private Project project;
    private Indicator indicator;
    private Target target;

    @BeforeEach
    void tree() {
        china = placed(1, UnitKind.NATIONAL, null);
        OrganisationUnit jiangsu = placed(5, UnitKind.PROVINCE, china);
        wuxi = placed(9, UnitKind.CITY, jiangsu);
        yixing = placed(20, UnitKind.COUNTY, wuxi);
        yicheng = placed(30, UnitKind.TOWNSHIP, yixing);
        nanchang = placed(21, UnitKind.COUNTY, wuxi);
        hunan = placed(51, UnitKind.PROVINCE, china);
        baodong = new Site(yicheng, new SiteDetails(SiteKind.COMMUNITY, "宝东社区居民活动中心", null, null, null, null));
        dongguan = new Site(hunan, new SiteDetails(SiteKind.ENTERPRISE, "东莞服务点", null, null, null, null));
        project = project("WX-FLOAT");
        indicator = new Indicator(project, draft("WX-LECTURES", "讲座受众", null, "人次", null, null, null));
        target = new Target(project, indicator, 5000L);
    }

    private Project project(String code) {
        return new Project(new ProjectDraft(code, "流动人口项目", null, 1L, 9L, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 12, 31), null, BigDecimal.ZERO), china, wuxi);
    }

    @Test
    void aTopLevelShareGoesToAUnitOrSiteBelowTheOwningUnit() {
        TargetAllocation county = new TargetAllocation(target, null, yixing, null, 2000L);
        assertThat(county.value()).isEqualTo(2000);
        assertThat(county.isSite()).isFalse();
        assertThat(new TargetAllocation(target, null, yicheng, null, 0L).unit()).isSameAs(yicheng);
        assertThat(new TargetAllocation(target, null, null, baodong, 60L).isSite()).isTrue();
    }

    @Test
    void aShareOutsideTheOwningUnitsSubtreeIsOutOfScope() {
        assertInvalid(() -> new TargetAllocation(target, null, hunan, null, 1L), "unitId", "allocation.outOfScope");
        assertInvalid(() -> new TargetAllocation(target, null, china, null, 1L), "unitId", "allocation.outOfScope");
        assertInvalid(() -> new TargetAllocation(target, null, null, dongguan, 1L), "siteId",
                "allocation.outOfScope");
    }

    @Test
    void theOwningUnitItselfTakesNoShareOfItsOwnTarget() {
        assertInvalid(() -> new TargetAllocation(target, null, wuxi, null, 1L), "unitId",
                "allocation.notBelowParent");
    }

    @Test
    void aChildShareGoesStrictlyBelowItsParentsUnit() {
        TargetAllocation county = new TargetAllocation(target, null, yixing, null, 2000L);
        assertThat(new TargetAllocation(target, county, yicheng, null, 1200L).parent()).isSameAs(county);
        assertThat(new TargetAllocation(target, county, null, baodong, 60L).parent()).isSameAs(county);
        assertInvalid(() -> new TargetAllocation(target, county, yixing, null, 1L), "unitId",
                "allocation.notBelowParent");
        assertInvalid(() -> new TargetAllocation(target, county, nanchang, null, 1L), "unitId",
                "allocation.notBelowParent");
    }

    @Test
    void aSiteShareHasNoChildren() {
        TargetAllocation site = new TargetAllocation(target, null, null, baodong, 60L);
        assertInvalid(() -> new TargetAllocation(target, site, yicheng, null, 1L), "parentAllocationId",
                "allocation.siteHasNoChildren");
    }

    @Test
    void aShareGoesToExactlyOneUnitOrSite() {
        assertInvalid(() -> new TargetAllocation(target, null, null, null, 1L), "unitId", "allocation.unitOrSite");
        assertInvalid(() -> new TargetAllocation(target, null, yixing, baodong, 1L), "unitId",
                "allocation.unitOrSite");
    }

    @Test
    void aShareIsRequiredAndNeverNegative() {
        assertInvalid(() -> new TargetAllocation(target, null, yixing, null, -1L), "value", "target.value.negative");
        assertInvalid(() -> new TargetAllocation(target, null, yixing, null, null), "value", "error.required");
        TargetAllocation county = new TargetAllocation(target, null, yixing, null, 2000L);
        assertInvalid(() -> county.revalue(-5L), "value", "target.value.negative");
        county.revalue(1500L);
        assertThat(county.value()).isEqualTo(1500);
    }

    @Test
    void aParentOfAnotherTargetIsNotFound() {
        Target other = new Target(project, indicator, 10L);
        TargetAllocation elsewhere = new TargetAllocation(other, null, yixing, null, 5L);
        assertBroken(() -> new TargetAllocation(target, elsewhere, yicheng, null, 1L), DomainException.Kind.NOT_FOUND,
                null, "allocation.notFound", (Object) null);
    }

    @Test
    void aTargetIsSetOnAStandardIndicatorOrTheProjectsOwn() {
        assertThat(target.plannedValue()).isEqualTo(5000);
        Indicator foreign = new Indicator(project("WX-OTHER"),
                draft("WX-OTHER-IND", "别的项目的指标", null, "人", null, null, null));
        assertInvalid(() -> new Target(project, foreign, 1L), "indicatorId", "target.indicator.foreign");
        assertInvalid(() -> new Target(project, indicator, -1L), "plannedValue", "target.value.negative");
    }

    @Test
    void aTargetMayBeLoweredBelowItsAllocations() {
        new TargetAllocation(target, null, yixing, null, 2000L);
        target.plan(1000L);
        assertThat(target.plannedValue()).isEqualTo(1000);
        assertInvalid(() -> target.plan(-1L), "plannedValue", "target.value.negative");
    }

    @Test
    void aClosedProjectsTargetsAndSharesAreFinal() {
        TargetAllocation county = new TargetAllocation(target, null, yixing, null, 2000L);
        project.activate();
        project.close();
        assertBroken(() -> target.plan(1L), DomainException.Kind.CONFLICT, null, "project.closed");
        assertBroken(() -> county.revalue(1L), DomainException.Kind.CONFLICT, null, "project.closed");
        assertBroken(() -> new TargetAllocation(target, null, nanchang, null, 1L), DomainException.Kind.CONFLICT, null,
                "project.closed");
        assertBroken(() -> new Indicator(project, draft("X-1", "指标", null, "人", null, null, null)),
                DomainException.Kind.CONFLICT, null, "project.closed");
    }

    @Test
    void anIndicatorNeedsACodeANameAndAUnitOfCount() {
        assertInvalid(() -> new Indicator(project, draft(null, "指标", null, "人", null, null, null)),
                "code", "error.required");
        assertInvalid(() -> new Indicator(project, draft("X-1", " ", null, "人", null, null, null)),
                "nameZh", "error.required");
        assertInvalid(() -> new Indicator(project, draft("X-1", "指标", null, null, null, null, null)),
                "unitZh", "error.required");
        assertInvalid(() -> new Indicator(project, new IndicatorDraft("X-1", "指标", null, "人", null, null, null,
                null, true)), "countsPeerReach", "indicator.peerReach.needsMeasure");
        Indicator own = new Indicator(project, draft(" wx-x1 ", " 家访户数 ", "Households visited", "户",
                "households", "困难家庭走访", null));
        assertThat(own.code()).isEqualTo("WX-X1");
        assertThat(own.isStandard()).isFalse();
        assertThat(own.isUsableBy(project)).isTrue();
    }

    /** A draft without a computed measure. */
    private static IndicatorDraft draft(String code, String nameZh, String nameEn, String unitZh, String unitEn,
            String descriptionZh, String descriptionEn) {
        return new IndicatorDraft(code, nameZh, nameEn, unitZh, unitEn, descriptionZh, descriptionEn, null, null);
    }

}
