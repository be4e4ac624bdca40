package org.healthedu.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class UnitKindPlacementTest {

    /**
     * What {@code child.checkPlacementUnder(parent)} must do, for every child kind (rows) and parent kind (columns;
     * TOP is no parent). ok: allowed; req: unit.parent.required; nat: unit.national.noParent; nt:
     * unit.parent.notTerritorial; lvl: unit.level.notBelowParent.
     */
    private static final String TABLE = """
            child \\ parent      TOP NATIONAL PROVINCE CITY COUNTY TOWNSHIP COMMUNITY UNIVERSITY SCHOOL ENTERPRISE FLOATING_POPULATION OTHER
            NATIONAL             ok  nat      nat      nat  nat    nat      nat       nat        nat    nat        nat                 nat
            PROVINCE             req ok       lvl      lvl  lvl    lvl      lvl       nt         nt     nt         nt                  nt
            CITY                 req ok       ok       lvl  lvl    lvl      lvl       nt         nt     nt         nt                  nt
            COUNTY               req ok       ok       ok   lvl    lvl      lvl       nt         nt     nt         nt                  nt
            TOWNSHIP             req ok       ok       ok   ok     lvl      lvl       nt         nt     nt         nt                  nt
            COMMUNITY            req ok       ok       ok   ok     ok       lvl       nt         nt     nt         nt                  nt
            UNIVERSITY           req ok       ok       ok   ok     ok       ok        nt         nt     nt         nt                  nt
            SCHOOL               req ok       ok       ok   ok     ok       ok        nt         nt     nt         nt                  nt
            ENTERPRISE           req ok       ok       ok   ok     ok       ok        nt         nt     nt         nt                  nt
            FLOATING_POPULATION  req ok       ok       ok   ok     ok       ok        nt         nt     nt         nt                  nt
            OTHER                req ok       ok       ok   ok     ok       ok        nt         nt     nt         nt                  nt
            """;

    static Stream<Arguments> matrix() {
        List<String[]> rows = TABLE.lines().map(String::strip).map(l -> l.split("\\s+")).toList();
        String[] header = rows.get(0);
        List<Arguments> cases = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            UnitKind child = UnitKind.valueOf(row[0]);
            for (int c = 1; c < row.length; c++) {
                String column = header[c + 2]; // header starts with "child \ parent"
                UnitKind parent = column.equals("TOP") ? null : UnitKind.valueOf(column);
                cases.add(Arguments.of(child, parent, row[c]));
            }
        }
        return cases.stream();
    }

    @Test
    void theTableCoversEveryCombinationOnce() {
        List<Arguments> cases = matrix().toList();
        assertThat(cases).hasSize(UnitKind.values().length * (UnitKind.values().length + 1));
        assertThat(cases.stream().map(a -> Arrays.asList(a.get()[0], a.get()[1])).distinct()).hasSize(cases.size());
        assertThat(cases.stream().map(a -> a.get()[2]).distinct())
                .containsExactlyInAnyOrder("ok", "req", "nat", "nt", "lvl");
    }

    @ParameterizedTest(name = "{0} under {1}: {2}")
    @MethodSource("matrix")
    void placementFollowsTheTable(UnitKind child, UnitKind parent, String expected) {
        switch (expected) {
            case "ok" -> assertThatCode(() -> child.checkPlacementUnder(parent)).doesNotThrowAnyException();
            case "req" -> assertInvalid(() -> child.checkPlacementUnder(parent), "parent", "unit.parent.required");
            case "nat" -> assertInvalid(() -> child.checkPlacementUnder(parent), "parent", "unit.national.noParent");
            case "nt" -> assertInvalid(() -> child.checkPlacementUnder(parent), "parent", "unit.parent.notTerritorial",
                    "unitKind." + parent.name());
            case "lvl" -> assertInvalid(() -> child.checkPlacementUnder(parent), "kind", "unit.level.notBelowParent",
                    "unitKind." + child.name(), "unitKind." + parent.name());
            default -> throw new IllegalArgumentException("unknown outcome " + expected);
        }
    }

    @Test
    void territorialKindsAreTheSixLevels() {
        EnumSet<UnitKind> territorial = EnumSet.noneOf(UnitKind.class);
        for (UnitKind k : UnitKind.values()) {
            if (k.isTerritorial()) {
                territorial.add(k);
            }
        }
        assertThat(territorial).containsExactly(UnitKind.NATIONAL, UnitKind.PROVINCE, UnitKind.CITY, UnitKind.COUNTY,
                UnitKind.TOWNSHIP, UnitKind.COMMUNITY);
    }

    @ParameterizedTest
    @EnumSource(UnitKind.class)
    void labelKeyIsPrefixedName(UnitKind kind) {
        assertThat(kind.labelKey()).isEqualTo("unitKind." + kind.name());
    }

    @Test
    void levelArgsAreTheLabelKeysOfChildThenParent() {
        assertInvalid(() -> UnitKind.CITY.checkPlacementUnder(UnitKind.COUNTY), "kind", "unit.level.notBelowParent",
                "unitKind.CITY", "unitKind.COUNTY");
        assertInvalid(() -> UnitKind.TOWNSHIP.checkPlacementUnder(UnitKind.TOWNSHIP), "kind",
                "unit.level.notBelowParent", "unitKind.TOWNSHIP", "unitKind.TOWNSHIP");
    }
}
