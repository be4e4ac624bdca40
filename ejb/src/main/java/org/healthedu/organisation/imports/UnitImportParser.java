package org.healthedu.organisation.imports;

import java.util.ArrayList;
import java.util.List;
import org.healthedu.shared.tabular.TabularColumn;
import org.healthedu.shared.tabular.TabularFile;
import org.healthedu.shared.tabular.TabularReader;
import org.healthedu.shared.tabular.TabularRow;

/**
 * Reads an uploaded unit file, CSV or XLSX, into rows, through the shared {@link TabularReader} (format by bytes,
 * header names in English or Chinese, any order).
 */
public class UnitImportParser {

    public static final int MAX_ROWS = 5_000;
    public static final int MAX_MIB = 5;

    private static final TabularReader READER = new TabularReader(MAX_ROWS, MAX_MIB);

    /** The columns of the file, with the header names each is recognised by (compared lower-case, '_' as space). */
    enum Column implements TabularColumn {
        CODE("code", true, "code", "编码", "代码", "单位编码", "单位代码"),
        PARENT_CODE("parent_code", true, "parent code", "上级编码", "上级代码", "上级单位编码", "上级单位代码"),
        KIND("kind", true, "kind", "level", "层级", "类型", "级别"),
        NAME_ZH("name_zh", true, "name zh", "name", "名称", "中文名称", "单位名称"),
        NAME_EN("name_en", false, "name en", "英文名称", "english name");

        private final Spec spec;

        Column(String header, boolean required, String... names) {
            this.spec = new Spec(header, required, names);
        }

        @Override
        public Spec spec() {
            return spec;
        }
    }

    public List<UnitImportRow> parse(String filename, byte[] content) {
        TabularFile<Column> file = READER.read(filename, content, Column.class);
        List<UnitImportRow> rows = new ArrayList<>(file.rows().size());
        for (TabularRow r : file.rows()) {
            rows.add(new UnitImportRow(r.line(), file.cell(r, Column.CODE), file.cell(r, Column.PARENT_CODE),
                    file.cell(r, Column.KIND), file.cell(r, Column.NAME_ZH), file.cell(r, Column.NAME_EN)));
        }
        return rows;
    }
}
