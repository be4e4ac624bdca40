package org.healthedu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.healthedu.organisation.Units.placed;
import static org.healthedu.shared.BrokenRule.assertForbidden;

import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.UnitKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CallerTest {

    /*
     *   /1/          NATIONAL  china
     *   /1/5/        PROVINCE  jiangsu   <- the non-admin callers' unit
     *   /1/5/9/      CITY      wuxi
     *   /1/51/       PROVINCE  zhejiang  (id starts with the same digit as jiangsu)
     */
    private OrganisationUnit china;
    private OrganisationUnit jiangsu;
    private OrganisationUnit wuxi;
    private OrganisationUnit zhejiang;

    @BeforeEach
    void tree() {
        china = placed(1, UnitKind.NATIONAL, null);
        jiangsu = placed(5, UnitKind.PROVINCE, china);
        wuxi = placed(9, UnitKind.CITY, jiangsu);
        zhejiang = placed(51, UnitKind.PROVINCE, china);
    }

    private static Caller caller(Role role, OrganisationUnit unit) {
        return new Caller(42, "user", "User", role, unit.id(), unit.path(), unit.nameZh(), unit.nameEn(),
                UiLocale.ZH_CN);
    }

    private Caller coordinator() {
        return caller(Role.COORDINATOR, jiangsu);
    }

    /** An admin attached to a deep unit: the unit must not limit them. */
    private Caller admin() {
        return caller(Role.ADMIN, wuxi);
    }

    @Test
    void onlyAdminIsAdmin() {
        assertThat(admin().isAdmin()).isTrue();
        assertThat(coordinator().isAdmin()).isFalse();
        assertThat(caller(Role.TRAINER, jiangsu).isAdmin()).isFalse();
        assertThat(caller(Role.OBSERVER, jiangsu).isAdmin()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            /1/,         true
            /1/5/,       true
            /1/5/9/,     true
            /1/51/,      true
            /2/,         true
            /77/88/99/,  true
            """)
    void adminCoversEverything(String path, boolean expected) {
        assertThat(admin().covers(path)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            /1/5/,        true
            /1/5/9/,      true
            /1/5/9/20/,   true
            /1/,          false
            /1/51/,       false
            /1/51/9/,     false
            /1/50/,       false
            /15/,         false
            /2/1/5/,      false
            """)
    void coordinatorCoversOwnSubtreeOnly(String path, boolean expected) {
        assertThat(coordinator().covers(path)).isEqualTo(expected);
    }

    @Test
    void coordinatorDoesNotCoverAMissingPath() {
        assertThat(coordinator().covers(null)).isFalse();
    }

    @Test
    void scopePattern() {
        assertThat(admin().scopePattern()).isEqualTo("/%");
        assertThat(coordinator().scopePattern()).isEqualTo("/1/5/%");
        assertThat(caller(Role.TRAINER, wuxi).scopePattern()).isEqualTo("/1/5/9/%");
        assertThat(caller(Role.OBSERVER, zhejiang).scopePattern()).isEqualTo("/1/51/%");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void requireCoversFollowsCovers(Role role) {
        Caller caller = caller(role, jiangsu);
        assertThatCode(() -> caller.requireCovers(jiangsu)).doesNotThrowAnyException();
        assertThatCode(() -> caller.requireCovers(wuxi)).doesNotThrowAnyException();
        if (role == Role.ADMIN) {
            assertThatCode(() -> caller.requireCovers(zhejiang)).doesNotThrowAnyException();
            assertThatCode(() -> caller.requireCovers(china)).doesNotThrowAnyException();
        } else {
            assertForbidden(() -> caller.requireCovers(zhejiang));
            assertForbidden(() -> caller.requireCovers(china));
        }
    }

    @Test
    void adminCanManageAnyUnit() {
        Caller admin = admin();
        for (OrganisationUnit unit : new OrganisationUnit[] {china, jiangsu, wuxi, zhejiang}) {
            assertThatCode(() -> admin.requireCanManage(unit)).as(unit.path()).doesNotThrowAnyException();
        }
    }

    @Test
    void coordinatorCanManageOwnUnitAndBelow() {
        assertThatCode(() -> coordinator().requireCanManage(jiangsu)).doesNotThrowAnyException();
        assertThatCode(() -> coordinator().requireCanManage(wuxi)).doesNotThrowAnyException();
    }

    @Test
    void coordinatorCannotManageOutOfScope() {
        assertForbidden(() -> coordinator().requireCanManage(china));
        assertForbidden(() -> coordinator().requireCanManage(zhejiang));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"TRAINER", "OBSERVER"})
    void trainersAndObserversCannotManageEvenInScope(Role role) {
        Caller caller = caller(role, jiangsu);
        assertForbidden(() -> caller.requireCanManage(jiangsu));
        assertForbidden(() -> caller.requireCanManage(wuxi));
        assertForbidden(() -> caller.requireCanManage(zhejiang));
        assertForbidden(() -> caller.requireCanRestructure(wuxi));
    }

    @Test
    void coordinatorCannotRestructureOwnUnit() {
        assertForbidden(() -> coordinator().requireCanRestructure(jiangsu));
    }

    @Test
    void coordinatorCanRestructureBelowOwnUnit() {
        assertThatCode(() -> coordinator().requireCanRestructure(wuxi)).doesNotThrowAnyException();
    }

    @Test
    void coordinatorCannotRestructureOutOfScope() {
        assertForbidden(() -> coordinator().requireCanRestructure(zhejiang));
        assertForbidden(() -> coordinator().requireCanRestructure(china));
    }

    @Test
    void adminCanRestructureOwnUnitAndAnyOther() {
        Caller admin = caller(Role.ADMIN, jiangsu);
        assertThatCode(() -> admin.requireCanRestructure(jiangsu)).doesNotThrowAnyException();
        assertThatCode(() -> admin.requireCanRestructure(zhejiang)).doesNotThrowAnyException();
        assertThatCode(() -> admin.requireCanRestructure(china)).doesNotThrowAnyException();
    }
}
