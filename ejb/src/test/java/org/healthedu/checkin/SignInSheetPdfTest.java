package org.healthedu.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.healthedu.enrolment.ParticipantKind;
import org.junit.jupiter.api.Test;

/** The sheet as a reader sees it: Chinese text, every person, the table header and footer on every page. */
class SignInSheetPdfTest {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("signin.title", "签到表"), Map.entry("signin.project", "项目"),
            Map.entry("signin.batch", "批次"), Map.entry("signin.lesson", "课次"),
            Map.entry("signin.lessonNumber", "第{0}课"), Map.entry("signin.time", "时间"),
            Map.entry("signin.site", "地点"), Map.entry("signin.trainers", "培训师"),
            Map.entry("signin.code", "签到码"), Map.entry("signin.scanHint", "扫码签到"),
            Map.entry("signin.footerHint", "也可扫码签到"), Map.entry("signin.page", "第 {0} 页"),
            Map.entry("signin.expectedCount", "应到 {0} 人"), Map.entry("signin.column.number", "序号"),
            Map.entry("signin.column.name", "姓名"), Map.entry("signin.column.kind", "类别"),
            Map.entry("signin.column.time", "签到时间"), Map.entry("signin.column.signature", "签名"),
            Map.entry("participantKind.PARENT", "家长"), Map.entry("participantKind.STUDENT", "学生"));

    @Test
    void everyPersonIsListedAndTheHeaderAndPageNumbersRepeat() throws IOException {
        List<SignInSheet.Line> people = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            people.add(new SignInSheet.Line("家长" + i + "号", i % 7 == 0 ? ParticipantKind.STUDENT
                    : ParticipantKind.PARENT));
        }
        SignInSheet sheet = new SignInSheet(1, "青春健康家长培训", "第一批家长", 2, "与青春期孩子沟通", "Talking", "宝东社区居民活动中心",
                "二楼活动室", LocalDateTime.of(2026, 11, 29, 9, 30), LocalDateTime.of(2026, 11, 29, 11, 30),
                List.of("吕振华", "黄丽娟"), "K7Q2MX", people);

        byte[] pdf = SignInSheetPdf.render(sheet, LABELS, "https://example.org/checkin.xhtml?code=K7Q2MX");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(2);
            String all = new PDFTextStripper().getText(document);
            assertThat(all).contains("签到表", "青春健康家长培训", "第一批家长", "第2课 与青春期孩子沟通",
                    "2026-11-29 09:30 – 11:30", "宝东社区居民活动中心 · 二楼活动室", "吕振华、黄丽娟", "签到码 K7Q2MX",
                    "应到 70 人");
            for (int i = 1; i <= 70; i++) {
                assertThat(all).contains("家长" + i + "号");
            }
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(page);
                one.setEndPage(page);
                String text = one.getText(document);
                assertThat(text).as("page " + page).contains("序号", "姓名", "签名", "第 " + page + " 页 / " + pages,
                        "K7Q2MX");
            }
        }
    }
}
