package org.healthedu.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TabularReaderTest {

    enum Column implements TabularColumn {
        NAME("name", true, "name", "姓名"),
        NOTE("note", false, "note", "备注");

        private final Spec spec;

        Column(String header, boolean required, String... names) {
            this.spec = new Spec(header, required, names);
        }

        @Override
        public Spec spec() {
            return spec;
        }
    }

    @Test
    void rowsWithTextOnlyInUnknownColumnsAreSpacing() {
        byte[] content = "姓名,备注,其他\n王芳,,\n,,只有这一格\n,周六,\n".getBytes(StandardCharsets.UTF_8);
        TabularFile<Column> file = new TabularReader(10, 1).read("x.csv", content, Column.class);

        assertThat(file.rows()).extracting(TabularRow::line).containsExactly(2, 4);
        assertThat(file.cell(file.rows().get(0), Column.NAME)).isEqualTo("王芳");
        assertThat(file.cell(file.rows().get(0), Column.NOTE)).isNull();
        assertThat(file.cell(file.rows().get(1), Column.NOTE)).isEqualTo("周六");
        assertThat(file.has(Column.NOTE)).isTrue();
    }

    @Test
    void headersAreComparedWithoutCaseStarsOrExtraSpace() {
        assertThat(TabularReader.normaliseHeader("\uFEFF* Birth_Year ")).isEqualTo("birth year");
        assertThat(TabularReader.normaliseHeader("姓名\u3000")).isEqualTo("姓名");
        assertThat(TabularReader.normaliseHeader(null)).isEmpty();
    }
}
