package org.healthedu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportPdfTest {

    @Test
    void chineseReportHasCoverFiguresTargetsNarrativeAndHistory() throws IOException {
        byte[] bytes = new ReportPdf().render(SampleReports.document(), Locale.SIMPLIFIED_CHINESE);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String cover = text(pdf, 1, 1);
            assertThat(cover).contains("项目总结报告", SampleReports.PROJECT_ZH, "宜兴市计生协", "无锡市计生协", "202603",
                    "已通过", "宜兴协调员（2026-04-02 10:00）", "无锡协调员（2026-04-03 11:00）", "上报后数据有变动：1 项");
            String rest = text(pdf, 2, pdf.getNumberOfPages());
            assertThat(rest).contains("主要数据", "举办场次", "81.3%", "4.37", "目标完成情况", "培训家长", "进度落后",
                    "120.0%", "出勤率（按单位）", "宜城街道", "宝东社区项目点", "项目概况", "本月在宝东社区举办家长培训。",
                    "（未填写）", "开班仪式", "opening.jpg", "处理记录", "很好", "变动");
        }
    }

    @Test
    void englishOnRequest() throws IOException {
        byte[] bytes = new ReportPdf().render(SampleReports.document(), Locale.ENGLISH);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Completion report", "Yixing parent training", "Key figures",
                    "Sessions held", "Parents trained", "Behind", "Work done", "Accepted");
            assertThat(text).doesNotContain("measure.", "section.", "status.");
        }
    }

    @Test
    void figuresOnlyDocumentLeavesOutTheReportParts() throws IOException {
        ReportFigures figures = SampleReports.figures();
        ReportDocument doc = new ReportDocument(0, null, figures.period(), "YX", "宜兴市", null, null, null,
                java.util.Map.of(), java.util.List.of(), figures, false, java.util.List.of(), java.util.List.of(),
                figures.computedAt());
        try (PDDocument pdf = Loader.loadPDF(new ReportPdf().render(doc, Locale.SIMPLIFIED_CHINESE))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("项目数据", "主要数据").doesNotContain("项目概况", "处理记录");
        }
    }

    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf);
    }
}
