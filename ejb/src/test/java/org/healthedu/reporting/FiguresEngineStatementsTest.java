package org.healthedu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures' statements, run through the reports datasource, get positional parameters in order. */
class FiguresEngineStatementsTest {

    @Test
    void namedParametersBecomePositionalInOrder() {
        List<String> names = new ArrayList<>();
        String sql = FiguresEngine.positional(
                "select ':not' , x::text from f(:project, :unit) where a = :unit and b like :subtree_2", names);
        assertThat(sql).isEqualTo("select ':not' , x::text from f(?, ?) where a = ? and b like ?");
        assertThat(names).containsExactly("project", "unit", "unit", "subtree_2");
    }
}
