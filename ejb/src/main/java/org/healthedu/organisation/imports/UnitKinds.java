package org.healthedu.organisation.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthedu.organisation.UnitKind;

/**
 * Reads the kind column of an import file: the enum name in any case, or the Chinese word people actually write in
 * their spreadsheets ("县", "乡镇", "社区", "县(市)、区" …).
 */
public final class UnitKinds {

    private static final Map<String, UnitKind> LABELS = new HashMap<>();

    static {
        label(UnitKind.NATIONAL, "国家", "全国", "国家级", "全国性");
        label(UnitKind.PROVINCE, "省", "省级", "省份", "自治区", "直辖市", "省区市", "省自治区直辖市");
        label(UnitKind.CITY, "市", "市级", "地市", "地级市", "地市级", "地区", "市州", "州", "盟");
        label(UnitKind.COUNTY, "县", "区", "县区", "区县", "县级", "县市", "县市区", "县级市", "县级区", "旗");
        label(UnitKind.TOWNSHIP, "乡镇", "街道", "乡", "镇", "乡镇街道", "街道办", "街道办事处", "乡级", "苏木");
        label(UnitKind.COMMUNITY, "村", "居", "社区", "村居", "村社区", "村委会", "居委会", "村级", "嘎查");
        label(UnitKind.UNIVERSITY, "高校", "大学", "高等学校", "高等院校");
        label(UnitKind.SCHOOL, "学校", "中小学", "中学", "小学");
        label(UnitKind.ENTERPRISE, "企业", "公司");
        label(UnitKind.FLOATING_POPULATION, "流动人口");
        label(UnitKind.OTHER, "其他", "其它");
    }

    private UnitKinds() {
    }

    /** The kind {@code text} names, or null when it is blank or names none. */
    public static UnitKind parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (UnitKind kind : UnitKind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return LABELS.get(chineseKey(text));
    }

    /** Drops spaces, brackets and list punctuation, so "县(市)、区", "县（市）区" and "县/区" all read the same. */
    private static String chineseKey(String text) {
        return text.replaceAll("[\\s\\p{Punct}（）【】〔〕、，。；：／·　]", "");
    }

    private static void label(UnitKind kind, String... labels) {
        for (String label : List.of(labels)) {
            LABELS.put(chineseKey(label), kind);
        }
    }
}
