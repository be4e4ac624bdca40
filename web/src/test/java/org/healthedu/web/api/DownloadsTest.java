package org.healthedu.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void chineseNamesAreEncodedAndQuotesCannotBreakTheHeader() {
        assertThat(Downloads.contentDisposition("项目书 v2.pdf"))
                .isEqualTo("attachment; filename=\"___ v2.pdf\"; filename*=UTF-8''%E9%A1%B9%E7%9B%AE%E4%B9%A6%20v2.pdf");
        assertThat(Downloads.contentDisposition("a\";x=\"b.pdf"))
                .isEqualTo("attachment; filename=\"a_;x=_b.pdf\"; filename*=UTF-8''a%22%3Bx%3D%22b.pdf");
    }
}
