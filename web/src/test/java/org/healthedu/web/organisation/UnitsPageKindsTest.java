package org.healthedu.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.organisation.UnitKind.*;

import org.junit.jupiter.api.Test;

/** The kind dropdown offers exactly the kinds the rules accept under the parent. */
class UnitsPageKindsTest {

    @Test
    void atTheTopOnlyANationalUnit() {
        assertThat(UnitsPage.kindsUnder(null)).containsExactly(NATIONAL);
    }

    @Test
    void underACountyTheLowerLevelsAndEveryOrganisationBasedKind() {
        assertThat(UnitsPage.kindsUnder(COUNTY)).containsExactly(TOWNSHIP, COMMUNITY, UNIVERSITY, SCHOOL,
                ENTERPRISE, FLOATING_POPULATION, OTHER);
    }

    @Test
    void underACommunityOnlyOrganisationBasedKinds() {
        assertThat(UnitsPage.kindsUnder(COMMUNITY)).containsExactly(UNIVERSITY, SCHOOL, ENTERPRISE,
                FLOATING_POPULATION, OTHER);
    }

    @Test
    void nothingUnderAnOrganisationBasedUnit() {
        assertThat(UnitsPage.kindsUnder(UNIVERSITY)).isEmpty();
    }
}
