package org.healthedu.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedbackExportsTest {

    @AfterEach
    void clear() {
        System.clearProperty("healthedu.feedback.min-cell");
    }

    @Test
    void csvStartsWithAByteOrderMarkAndQuotesWhatNeedsIt() {
        byte[] csv = FeedbackExports.csv(List.of(List.of("序号", "意见"), List.of("1", "时间有点紧，\"内容\"多")));
        assertThat(csv[0] & 0xFF).isEqualTo(0xEF);
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF序号,意见\r\n1,\"时间有点紧，\"\"内容\"\"多\"\r\n");
    }

    @Test
    void aTextASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(FeedbackExports.defused("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(FeedbackExports.defused("+1")).isEqualTo("'+1");
        assertThat(FeedbackExports.defused("希望多一些案例")).isEqualTo("希望多一些案例");
        assertThat(FeedbackExports.defused("")).isEmpty();
    }

    @Test
    void theSmallCellThresholdIsFiveUnlessConfigured() {
        assertThat(FeedbackResultSettings.current().minCell()).isEqualTo(5);
        assertThat(FeedbackResultSettings.current().tooFew(4, false)).isTrue();
        assertThat(FeedbackResultSettings.current().tooFew(4, true)).isFalse();
        assertThat(FeedbackResultSettings.current().tooFew(5, false)).isFalse();
        System.setProperty("healthedu.feedback.min-cell", "3");
        assertThat(FeedbackResultSettings.current().tooFew(3, false)).isFalse();
        System.setProperty("healthedu.feedback.min-cell", "many");
        assertThat(FeedbackResultSettings.current().minCell()).isEqualTo(5);
    }
}
