package org.healthedu.organisation.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.healthedu.organisation.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitKindsTest {

    @ParameterizedTest
    @EnumSource(UnitKind.class)
    void readsEveryEnumNameInAnyCase(UnitKind kind) {
        assertThat(UnitKinds.parse(kind.name())).isEqualTo(kind);
        assertThat(UnitKinds.parse(" " + kind.name().toLowerCase() + " ")).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            国家        | NATIONAL
            全国        | NATIONAL
            省          | PROVINCE
            市          | CITY
            县          | COUNTY
            区          | COUNTY
            县区        | COUNTY
            县(市)、区  | COUNTY
            县（市）、区 | COUNTY
            县(市)      | COUNTY
            县/区       | COUNTY
            乡镇        | TOWNSHIP
            街道        | TOWNSHIP
            乡          | TOWNSHIP
            镇          | TOWNSHIP
            乡镇（街道） | TOWNSHIP
            村          | COMMUNITY
            居          | COMMUNITY
            社区        | COMMUNITY
            高校        | UNIVERSITY
            大学        | UNIVERSITY
            学校        | SCHOOL
            企业        | ENTERPRISE
            流动人口    | FLOATING_POPULATION
            其他        | OTHER
            Floating population | FLOATING_POPULATION
            floating-population | FLOATING_POPULATION
            """)
    void readsChineseLabels(String text, UnitKind expected) {
        assertThat(UnitKinds.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"星球", "county town", "COUNTIES", "0", "县乡"})
    void returnsNullForAnythingElse(String text) {
        assertThat(UnitKinds.parse(text)).isNull();
    }

    @Test
    void returnsNullForBlank() {
        assertThat(UnitKinds.parse(null)).isNull();
        assertThat(UnitKinds.parse("  ")).isNull();
    }
}
