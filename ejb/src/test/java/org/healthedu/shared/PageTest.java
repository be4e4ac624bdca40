package org.healthedu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            -2147483648, 1
            -5,          1
            0,           1
            1,           1
            2,           2
            50,          50
            199,         199
            200,         200
            201,         200
            2147483647,  200
            """)
    void clampLimitKeepsBetweenOneAndMax(int requested, int expected) {
        assertThat(Page.clampLimit(requested)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            -2147483648, 0
            -1,          0
            0,           0
            1,           1
            1000,        1000
            2147483647,  2147483647
            """)
    void clampOffsetRefusesNegatives(int requested, int expected) {
        assertThat(Page.clampOffset(requested)).isEqualTo(expected);
    }

    @Test
    void maxLimitIs200() {
        assertThat(Page.MAX_LIMIT).isEqualTo(200);
    }

    @Test
    void itemsAreAnImmutableCopy() {
        List<String> source = new ArrayList<>(List.of("a", "b"));
        Page<String> page = new Page<>(source, 10, 0, 2);
        source.add("c");
        assertThat(page.items()).containsExactly("a", "b");
        assertThatThrownBy(() -> page.items().add("d")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(page.total()).isEqualTo(10);
    }
}
