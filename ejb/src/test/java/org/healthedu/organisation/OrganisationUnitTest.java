package org.healthedu.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthedu.organisation.Units.placed;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrganisationUnitTest {

    /*
     * The tree used below:
     *   /1/              NATIONAL   china
     *   /1/5/            PROVINCE   jiangsu
     *   /1/5/9/          CITY       wuxi
     *   /1/5/9/20/       COUNTY     yixing
     *   /1/5/9/20/30/    UNIVERSITY college
     *   /1/51/           PROVINCE   zhejiang
     */
    private OrganisationUnit china;
    private OrganisationUnit jiangsu;
    private OrganisationUnit wuxi;
    private OrganisationUnit yixing;
    private OrganisationUnit college;
    private OrganisationUnit zhejiang;

    @BeforeEach
    void tree() {
        china = placed(1, UnitKind.NATIONAL, null);
        jiangsu = placed(5, UnitKind.PROVINCE, china);
        wuxi = placed(9, UnitKind.CITY, jiangsu);
        yixing = placed(20, UnitKind.COUNTY, wuxi);
        college = placed(30, UnitKind.UNIVERSITY, yixing);
        zhejiang = placed(51, UnitKind.PROVINCE, china);
    }

    @Nested
    class Construction {

        @Test
        void keepsNormalisedCodeTrimmedNamesKindAndParent() {
            OrganisationUnit unit = new OrganisationUnit("  js-wx ", "  无锡市 ", "  Wuxi  ", UnitKind.CITY, jiangsu);
            assertThat(unit.code()).isEqualTo("JS-WX");
            assertThat(unit.nameZh()).isEqualTo("无锡市");
            assertThat(unit.nameEn()).isEqualTo("Wuxi");
            assertThat(unit.kind()).isEqualTo(UnitKind.CITY);
            assertThat(unit.parent()).isSameAs(jiangsu);
            assertThat(unit.isActive()).isTrue();
            assertThat(unit.id()).isNull();
            assertThat(unit.path()).isEmpty();
        }

        @Test
        void blankEnglishNameIsStoredAsNull() {
            OrganisationUnit unit = new OrganisationUnit("WX", "无锡市", "   ", UnitKind.CITY, jiangsu);
            assertThat(unit.nameEn()).isNull();
        }

        @Test
        void nationalAtTheTop() {
            OrganisationUnit unit = new OrganisationUnit("CN", "中国", null, UnitKind.NATIONAL, null);
            assertThat(unit.parent()).isNull();
        }

        @Test
        void kindIsRequired() {
            assertInvalid(() -> new OrganisationUnit("WX", "无锡市", null, null, jiangsu), "kind", "error.required");
        }

        @Test
        void kindIsCheckedBeforeAnythingElse() {
            assertInvalid(() -> new OrganisationUnit("", "", null, null, null), "kind", "error.required");
        }

        @Test
        void nonNationalNeedsAParent() {
            assertInvalid(() -> new OrganisationUnit("JS", "江苏省", null, UnitKind.PROVINCE, null), "parent",
                    "unit.parent.required");
        }

        @Test
        void nationalTakesNoParent() {
            assertInvalid(() -> new OrganisationUnit("CN2", "中国", null, UnitKind.NATIONAL, china), "parent",
                    "unit.national.noParent");
        }

        @Test
        void levelMustBeBelowTheParent() {
            assertInvalid(() -> new OrganisationUnit("X", "X", null, UnitKind.PROVINCE, jiangsu), "kind",
                    "unit.level.notBelowParent", "unitKind.PROVINCE", "unitKind.PROVINCE");
            assertInvalid(() -> new OrganisationUnit("XY", "X", null, UnitKind.CITY, yixing), "kind",
                    "unit.level.notBelowParent", "unitKind.CITY", "unitKind.COUNTY");
        }

        @Test
        void levelsMaybeSkipped() {
            OrganisationUnit community = new OrganisationUnit("C1", "社区", null, UnitKind.COMMUNITY, jiangsu);
            assertThat(community.parent()).isSameAs(jiangsu);
        }

        @Test
        void nothingUnderAnOrganisationBasedUnit() {
            assertInvalid(() -> new OrganisationUnit("SC", "学校", null, UnitKind.SCHOOL, college), "parent",
                    "unit.parent.notTerritorial", "unitKind.UNIVERSITY");
            assertInvalid(() -> new OrganisationUnit("CO", "社区", null, UnitKind.COMMUNITY, college), "parent",
                    "unit.parent.notTerritorial", "unitKind.UNIVERSITY");
        }

        @Test
        void organisationBasedUnitsUnderAnyTerritorialLevel() {
            assertThat(new OrganisationUnit("E1", "企业", null, UnitKind.ENTERPRISE, china).parent()).isSameAs(china);
            assertThat(new OrganisationUnit("F1", "流动", null, UnitKind.FLOATING_POPULATION, yixing).parent())
                    .isSameAs(yixing);
        }

        @Test
        void parentMustBeActive() {
            jiangsu.deactivate();
            assertInvalid(() -> new OrganisationUnit("WX2", "无锡市", null, UnitKind.CITY, jiangsu), "parent",
                    "unit.parent.inactive");
        }

        @Test
        void placementIsCheckedBeforeTheParentIsActive() {
            yixing.deactivate();
            assertInvalid(() -> new OrganisationUnit("XY", "X", null, UnitKind.CITY, yixing), "kind",
                    "unit.level.notBelowParent", "unitKind.CITY", "unitKind.COUNTY");
        }

        @Test
        void codeIsChecked() {
            assertInvalid(() -> new OrganisationUnit("  ", "无锡市", null, UnitKind.CITY, jiangsu), "code",
                    "error.required");
            assertInvalid(() -> new OrganisationUnit("无锡", "无锡市", null, UnitKind.CITY, jiangsu), "code",
                    "unit.code.format");
        }

        @Test
        void namesAreChecked() {
            assertInvalid(() -> new OrganisationUnit("WX", " ", null, UnitKind.CITY, jiangsu), "nameZh",
                    "error.required");
            assertInvalid(() -> new OrganisationUnit("WX", "无".repeat(101), null, UnitKind.CITY, jiangsu), "nameZh",
                    "error.tooLong", 100);
            assertInvalid(() -> new OrganisationUnit("WX", "无锡", "W".repeat(101), UnitKind.CITY, jiangsu), "nameEn",
                    "error.tooLong", 100);
            assertInvalid(() -> new OrganisationUnit("WX", "无\u0000锡", null, UnitKind.CITY, jiangsu), "nameZh",
                    "error.controlCharacters");
            assertThat(new OrganisationUnit("WX", "无".repeat(100), null, UnitKind.CITY, jiangsu).nameZh())
                    .hasSize(100);
        }
    }

    @Nested
    class PlaceInTree {

        @Test
        void needsAnId() {
            OrganisationUnit unit = new OrganisationUnit("WX", "无锡市", null, UnitKind.CITY, jiangsu);
            assertThatThrownBy(unit::placeInTree).isInstanceOf(IllegalStateException.class);
            assertThat(unit.path()).isEmpty();
        }

        @Test
        void topUnitPathIsItsIdAndDepthZero() {
            assertThat(china.path()).isEqualTo("/1/");
            assertThat(china.depth()).isZero();
        }

        @Test
        void childPathExtendsTheParentPathAndDepthIsOneMore() {
            OrganisationUnit unit = new OrganisationUnit("WX", "无锡市", null, UnitKind.CITY, jiangsu);
            Units.setId(unit, 777);
            unit.placeInTree();
            assertThat(unit.path()).isEqualTo("/1/5/777/");
            assertThat(unit.depth()).isEqualTo(2);
            assertThat(college.path()).isEqualTo("/1/5/9/20/30/");
            assertThat(college.depth()).isEqualTo(4);
        }
    }

    @Nested
    class MoveUnder {

        @Test
        void underItselfIsACycle() {
            assertInvalid(() -> wuxi.moveUnder(wuxi), "parent", "unit.move.cycle");
        }

        @Test
        void underADescendantIsACycle() {
            assertInvalid(() -> jiangsu.moveUnder(yixing), "parent", "unit.move.cycle");
            assertInvalid(() -> wuxi.moveUnder(yixing), "parent", "unit.move.cycle");
            assertThat(jiangsu.parent()).isSameAs(china);
            assertThat(jiangsu.path()).isEqualTo("/1/5/");
        }

        @Test
        void aUnitWhosePathOnlySharesDigitsIsNoDescendant() {
            // /1/5/9/20/300/ is not inside /1/5/9/20/30/: moving college under it is not a cycle
            OrganisationUnit town = placed(300, UnitKind.TOWNSHIP, yixing);
            college.moveUnder(town);
            assertThat(college.parent()).isSameAs(town);
            assertThat(college.path()).isEqualTo("/1/5/9/20/300/30/");
            assertThat(college.depth()).isEqualTo(5);
        }

        @Test
        void parentIsRequired() {
            assertInvalid(() -> wuxi.moveUnder(null), "parent", "error.required");
        }

        @Test
        void underAnInactiveParentIsRefused() {
            zhejiang.deactivate();
            assertInvalid(() -> wuxi.moveUnder(zhejiang), "parent", "unit.parent.inactive");
            assertThat(wuxi.parent()).isSameAs(jiangsu);
            assertThat(wuxi.path()).isEqualTo("/1/5/9/");
        }

        @Test
        void underAWrongLevelIsRefused() {
            OrganisationUnit other = placed(60, UnitKind.COUNTY, zhejiang);
            assertInvalid(() -> wuxi.moveUnder(other), "kind", "unit.level.notBelowParent", "unitKind.CITY",
                    "unitKind.COUNTY");
            assertInvalid(() -> zhejiang.moveUnder(jiangsu), "kind", "unit.level.notBelowParent",
                    "unitKind.PROVINCE", "unitKind.PROVINCE");
            assertThat(wuxi.path()).isEqualTo("/1/5/9/");
        }

        @Test
        void underAnOrganisationBasedUnitIsRefused() {
            OrganisationUnit town = placed(70, UnitKind.TOWNSHIP, zhejiang);
            assertInvalid(() -> town.moveUnder(college), "parent", "unit.parent.notTerritorial", "unitKind.UNIVERSITY");
        }

        @Test
        void aNationalUnitCannotBeMovedUnderAnything() {
            OrganisationUnit otherTop = placed(2, UnitKind.NATIONAL, null);
            assertInvalid(() -> otherTop.moveUnder(china), "parent", "unit.national.noParent");
        }

        @Test
        void setsParentPathAndDepth() {
            yixing.moveUnder(zhejiang);
            assertThat(yixing.parent()).isSameAs(zhejiang);
            assertThat(yixing.path()).isEqualTo("/1/51/20/");
            assertThat(yixing.depth()).isEqualTo(2);

            college.moveUnder(china);
            assertThat(college.parent()).isSameAs(china);
            assertThat(college.path()).isEqualTo("/1/30/");
            assertThat(college.depth()).isEqualTo(1);
        }

        @Test
        void movingDeeperIncreasesDepth() {
            OrganisationUnit town = placed(40, UnitKind.TOWNSHIP, jiangsu);
            assertThat(town.depth()).isEqualTo(2);
            town.moveUnder(yixing);
            assertThat(town.path()).isEqualTo("/1/5/9/20/40/");
            assertThat(town.depth()).isEqualTo(4);
        }
    }

    @Nested
    class Activation {

        @Test
        void deactivateAndReactivate() {
            college.deactivate();
            assertThat(college.isActive()).isFalse();
            college.reactivate();
            assertThat(college.isActive()).isTrue();
        }

        @Test
        void reactivateUnderAnInactiveParentIsRefused() {
            college.deactivate();
            yixing.deactivate();
            assertInvalid(college::reactivate, "parent", "unit.parent.inactive");
            assertThat(college.isActive()).isFalse();
        }

        @Test
        void aTopUnitCanAlwaysBeReactivated() {
            china.deactivate();
            china.reactivate();
            assertThat(china.isActive()).isTrue();
        }
    }

    @Nested
    class Contains {

        @Test
        void containsItsDescendants() {
            assertThat(china.contains(college)).isTrue();
            assertThat(jiangsu.contains(wuxi)).isTrue();
            assertThat(jiangsu.contains(yixing)).isTrue();
        }

        @Test
        void containsItself() {
            assertThat(wuxi.contains(wuxi)).isTrue();
        }

        @Test
        void doesNotContainAncestorsOrSiblings() {
            assertThat(wuxi.contains(jiangsu)).isFalse();
            assertThat(college.contains(yixing)).isFalse();
            assertThat(jiangsu.contains(zhejiang)).isFalse();
            assertThat(zhejiang.contains(wuxi)).isFalse();
        }

        @Test
        void aSiblingWithAnIdSharingDigitsIsNotContained() {
            // /1/5/ vs /1/51/
            assertThat(jiangsu.contains(zhejiang)).isFalse();
            assertThat(zhejiang.contains(jiangsu)).isFalse();
        }
    }

    @Nested
    class Changes {

        @Test
        void renameTrimsAndChecks() {
            wuxi.rename("  无锡 ", " ");
            assertThat(wuxi.nameZh()).isEqualTo("无锡");
            assertThat(wuxi.nameEn()).isNull();
            assertInvalid(() -> wuxi.rename(null, "Wuxi"), "nameZh", "error.required");
        }

        @Test
        void changeCodeNormalises() {
            wuxi.changeCode(" wx-01 ");
            assertThat(wuxi.code()).isEqualTo("WX-01");
            assertInvalid(() -> wuxi.changeCode("-x"), "code", "unit.code.format");
            assertThat(wuxi.code()).isEqualTo("WX-01");
        }

        @Test
        void changeKindChecksThePlacementUnderTheCurrentParent() {
            wuxi.changeKind(UnitKind.COUNTY);
            assertThat(wuxi.kind()).isEqualTo(UnitKind.COUNTY);
            assertInvalid(() -> wuxi.changeKind(UnitKind.PROVINCE), "kind", "unit.level.notBelowParent",
                    "unitKind.PROVINCE", "unitKind.PROVINCE");
            assertInvalid(() -> wuxi.changeKind(null), "kind", "error.required");
            assertInvalid(() -> china.changeKind(UnitKind.PROVINCE), "parent", "unit.parent.required");
            assertThat(wuxi.kind()).isEqualTo(UnitKind.COUNTY);
            assertThat(china.kind()).isEqualTo(UnitKind.NATIONAL);
        }
    }
}
