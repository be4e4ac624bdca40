package org.healthedu.courseware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Video links: only absolute http(s) addresses with a host; comments: required where a step needs one. */
class CoursewareItemTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://v.qq.com/x/page/a0000000000.html", "http://example.org/video.mp4",
        "HTTPS://Example.org/a?b=c&d=%E4%B8%AD#t=10", "https://www.bilibili.com/video/BV1xx411c7mD"})
    void httpAndHttpsLinksAreKept(String url) {
        assertThat(CoursewareItem.checkedUrl("  " + url + " ")).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.org/a.mp4", "file:///etc/passwd",
        "data:text/html,hi", "//example.org/a", "example.org/video", "https://", "https:///path",
        "https://exa mple.org/", "https://example.org/\nx", "https://user:pw@example.org/", "http://[::1",
        "mailto:a@b.c"})
    void anythingElseIsRefused(String url) {
        assertInvalid(() -> CoursewareItem.checkedUrl(url), "url", "courseware.link.invalid");
    }

    @Test
    void aLinkNeedsAnAddressOfSaneLength() {
        assertInvalid(() -> CoursewareItem.checkedUrl("  "), "url", "error.required");
        assertInvalid(() -> CoursewareItem.checkedUrl(null), "url", "error.required");
        assertInvalid(() -> CoursewareItem.checkedUrl("https://example.org/" + "a".repeat(2000)), "url",
                "error.tooLong", 2000);
    }

    @Test
    void aReturnNeedsACommentOthersMayHaveOne() {
        assertInvalid(() -> CoursewareEvent.checkedComment("  \n ", true), "comment", "courseware.comment.required");
        assertThat(CoursewareEvent.checkedComment(null, false)).isNull();
        assertThat(CoursewareEvent.checkedComment(" 第3环节的案例\r\n请换成本地的 ", true)).isEqualTo("第3环节的案例\n请换成本地的");
        assertInvalid(() -> CoursewareEvent.checkedComment("x".repeat(4001), false), "comment", "error.tooLong",
                4000);
    }
}
