package org.healthedu.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.organisation.Units.field;
import static org.healthedu.organisation.Units.placed;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteTest {

    private OrganisationUnit county;

    @BeforeEach
    void unit() {
        OrganisationUnit china = placed(1, UnitKind.NATIONAL, null);
        OrganisationUnit province = placed(5, UnitKind.PROVINCE, china);
        county = placed(20, UnitKind.COUNTY, province);
    }

    private static SiteDetails details(String phone) {
        return new SiteDetails(SiteKind.COMMUNITY, "宜城街道社区卫生服务中心", "Yicheng Health Centre", "宜兴市宜城街道 1 号",
                "王老师", phone);
    }

    private static SiteDetails withNameZh(String nameZh) {
        return new SiteDetails(SiteKind.SCHOOL, nameZh, null, null, null, null);
    }

    @Test
    void keepsTheUnitAndTrimmedDetails() {
        Site site = new Site(county, new SiteDetails(SiteKind.UNIVERSITY, "  江南大学 ", "  ", " 蠡湖大道 1800 号 ",
                " 李老师 ", " 0510-87000001 "));
        assertThat(site.unit()).isSameAs(county);
        assertThat(field(site, "kind")).isEqualTo(SiteKind.UNIVERSITY);
        assertThat(field(site, "nameZh")).isEqualTo("江南大学");
        assertThat(field(site, "nameEn")).isNull();
        assertThat(field(site, "address")).isEqualTo("蠡湖大道 1800 号");
        assertThat(field(site, "contactName")).isEqualTo("李老师");
        assertThat(field(site, "contactPhone")).isEqualTo("0510-87000001");
        assertThat(field(site, "active")).isEqualTo(true);
    }

    @Test
    void anInactiveUnitTakesNoNewSite() {
        county.deactivate();
        assertInvalid(() -> new Site(county, details(null)), "unitId", "unit.parent.inactive");
    }

    @Test
    void kindIsRequired() {
        assertInvalid(() -> new Site(county, new SiteDetails(null, "中心", null, null, null, null)), "kind",
                "error.required");
    }

    @Test
    void chineseNameIsRequired() {
        assertInvalid(() -> new Site(county, withNameZh(null)), "nameZh", "error.required");
        assertInvalid(() -> new Site(county, withNameZh("   ")), "nameZh", "error.required");
    }

    @Test
    void chineseNameUpToHundredCodePoints() {
        assertThat(field(new Site(county, withNameZh("站".repeat(100))), "nameZh")).isEqualTo("站".repeat(100));
        assertInvalid(() -> new Site(county, withNameZh("站".repeat(101))), "nameZh", "error.tooLong", 100);
    }

    @Test
    void englishNameUpToHundred() {
        assertInvalid(() -> new Site(county, new SiteDetails(SiteKind.OTHER, "中心", "E".repeat(101), null, null,
                null)), "nameEn", "error.tooLong", 100);
    }

    @Test
    void addressUpTo300() {
        Site site = new Site(county, new SiteDetails(SiteKind.OTHER, "中心", null, "址".repeat(300), null, null));
        assertThat(field(site, "address")).isEqualTo("址".repeat(300));
        assertInvalid(() -> new Site(county, new SiteDetails(SiteKind.OTHER, "中心", null, "址".repeat(301), null,
                null)), "address", "error.tooLong", 300);
    }

    @Test
    void contactNameUpTo60() {
        Site site = new Site(county, new SiteDetails(SiteKind.OTHER, "中心", null, null, "名".repeat(60), null));
        assertThat(field(site, "contactName")).isEqualTo("名".repeat(60));
        assertInvalid(() -> new Site(county, new SiteDetails(SiteKind.OTHER, "中心", null, null, "名".repeat(61),
                null)), "contactName", "error.tooLong", 60);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0510-87000001", "+86 (510) 8700 0001", "110", "13800138000", "+86-138-0013-8000"})
    void acceptedPhones(String phone) {
        Site site = new Site(county, details(phone));
        assertThat(field(site, "contactPhone")).isEqualTo(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12", "1", "0510-8700 ext 1", "0510/87000001", "0510.87000001", "１２３４５"})
    void refusedPhones(String phone) {
        assertInvalid(() -> new Site(county, details(phone)), "contactPhone", "site.phone.format");
    }

    @Test
    void phoneOf30IsAcceptedAnd31IsTooLong() {
        assertThat(field(new Site(county, details("1".repeat(30))), "contactPhone")).isEqualTo("1".repeat(30));
        assertInvalid(() -> new Site(county, details("1".repeat(31))), "contactPhone", "error.tooLong", 30);
    }

    @Test
    void blankPhoneIsStoredAsNull() {
        assertThat(field(new Site(county, details("   ")), "contactPhone")).isNull();
        assertThat(field(new Site(county, details(null)), "contactPhone")).isNull();
    }

    @Test
    void describeReplacesTheFields() {
        Site site = new Site(county, details("0510-87000001"));
        site.describe(new SiteDetails(SiteKind.ENTERPRISE, "新名字", "New", null, null, null));
        assertThat(field(site, "kind")).isEqualTo(SiteKind.ENTERPRISE);
        assertThat(field(site, "nameZh")).isEqualTo("新名字");
        assertThat(field(site, "nameEn")).isEqualTo("New");
        assertThat(field(site, "address")).isNull();
        assertThat(field(site, "contactName")).isNull();
        assertThat(field(site, "contactPhone")).isNull();
    }

    @Test
    void describeChecksTheSameRules() {
        Site site = new Site(county, details(null));
        assertInvalid(() -> site.describe(new SiteDetails(null, "中心", null, null, null, null)), "kind",
                "error.required");
        assertInvalid(() -> site.describe(details("abc")), "contactPhone", "site.phone.format");
        assertInvalid(() -> site.describe(withNameZh("")), "nameZh", "error.required");
    }

    @Test
    void reactivateNeedsAnActiveUnit() {
        Site site = new Site(county, details(null));
        site.deactivate();
        assertThat(field(site, "active")).isEqualTo(false);
        county.deactivate();
        assertInvalid(site::reactivate, "unitId", "unit.parent.inactive");
        assertThat(field(site, "active")).isEqualTo(false);
        county.reactivate();
        site.reactivate();
        assertThat(field(site, "active")).isEqualTo(true);
    }
}
