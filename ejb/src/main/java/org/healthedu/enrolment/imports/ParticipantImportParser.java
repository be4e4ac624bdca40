package org.healthedu.enrolment.imports;

import java.util.ArrayList;
import java.util.List;
import org.healthedu.shared.tabular.TabularColumn;
import org.healthedu.shared.tabular.TabularFile;
import org.healthedu.shared.tabular.TabularReader;
import org.healthedu.shared.tabular.TabularRow;

/**
 * Reads an uploaded participant file, CSV or XLSX, through the shared {@link TabularReader}: format by bytes, header
 * names in Chinese or English, in any order. Only the name column is required.
 */
public class ParticipantImportParser {

    public static final int MAX_ROWS = 10_000;
    public static final int MAX_MIB = 5;

    private static final TabularReader READER = new TabularReader(MAX_ROWS, MAX_MIB);

    /** The columns, with the header names each is recognised by (compared lower-case, '_' as space). */
    enum Column implements TabularColumn {
        NAME("name", true, "name", "display name", "participant", "姓名", "学员姓名", "名字", "家长姓名", "学生姓名"),
        KIND("kind", false, "kind", "type", "participant kind", "类型", "类别", "身份", "学员类型", "学员类别"),
        GENDER("gender", false, "gender", "sex", "性别"),
        BIRTH_YEAR("birth_year", false, "birth year", "year of birth", "born", "出生年份", "出生年", "出生年月",
                "出生年份(四位)", "出生日期"),
        PHONE("phone", false, "phone", "mobile", "telephone", "phone number", "电话", "手机", "手机号", "手机号码",
                "联系电话", "联系方式"),
        SCHOOL("school", false, "school", "学校", "就读学校", "所在学校"),
        GRADE("grade", false, "grade", "class", "年级", "班级", "年级班级"),
        GUARDIAN_NAME("guardian_name", false, "guardian name", "guardian", "监护人", "监护人姓名"),
        GUARDIAN_RELATION("guardian_relation", false, "guardian relation", "relation", "relationship",
                "监护人关系", "与学员关系", "与本人关系", "关系"),
        CONSENT_DATE("consent_date", false, "consent date", "同意日期", "监护人同意日期", "签署日期", "签字日期"),
        CONSENT_VERSION("consent_version", false, "consent version", "consent text version", "同意书版本",
                "知情同意书版本");

        private final Spec spec;

        Column(String header, boolean required, String... names) {
            this.spec = new Spec(header, required, names);
        }

        @Override
        public Spec spec() {
            return spec;
        }
    }

    public List<ParticipantImportRow> parse(String filename, byte[] content) {
        TabularFile<Column> file = READER.read(filename, content, Column.class);
        List<ParticipantImportRow> rows = new ArrayList<>(file.rows().size());
        for (TabularRow r : file.rows()) {
            rows.add(new ParticipantImportRow(r.line(), file.cell(r, Column.NAME), file.cell(r, Column.KIND),
                    file.cell(r, Column.GENDER), file.cell(r, Column.BIRTH_YEAR), file.cell(r, Column.PHONE),
                    file.cell(r, Column.SCHOOL), file.cell(r, Column.GRADE), file.cell(r, Column.GUARDIAN_NAME),
                    file.cell(r, Column.GUARDIAN_RELATION), file.cell(r, Column.CONSENT_DATE),
                    file.cell(r, Column.CONSENT_VERSION)));
        }
        return rows;
    }
}
