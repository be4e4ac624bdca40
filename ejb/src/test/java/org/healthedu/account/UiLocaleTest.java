package org.healthedu.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class UiLocaleTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            zh_CN, ZH_CN
            ZH_cn, ZH_CN
            en,    EN
            EN,    EN
            fr,    ZH_CN
            zh,    ZH_CN
            '',    ZH_CN
            """)
    void fromTag(String tag, UiLocale expected) {
        assertThat(UiLocale.fromTag(tag)).isEqualTo(expected);
    }

    @Test
    void fromNullTagIsChinese() {
        assertThat(UiLocale.fromTag(null)).isEqualTo(UiLocale.ZH_CN);
    }

    @ParameterizedTest
    @EnumSource(UiLocale.class)
    void tagRoundTrips(UiLocale locale) {
        assertThat(UiLocale.fromTag(locale.tag())).isEqualTo(locale);
    }

    @Test
    void tagsAndLocales() {
        assertThat(UiLocale.ZH_CN.tag()).isEqualTo("zh_CN");
        assertThat(UiLocale.ZH_CN.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(UiLocale.EN.tag()).isEqualTo("en");
        assertThat(UiLocale.EN.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void closestToIsEnglishOnlyWhenAskedFor() {
        assertThat(UiLocale.closestTo(Locale.ENGLISH)).isEqualTo(UiLocale.EN);
        assertThat(UiLocale.closestTo(Locale.US)).isEqualTo(UiLocale.EN);
        assertThat(UiLocale.closestTo(Locale.UK)).isEqualTo(UiLocale.EN);
        assertThat(UiLocale.closestTo(Locale.forLanguageTag("en-AU"))).isEqualTo(UiLocale.EN);
        assertThat(UiLocale.closestTo(Locale.SIMPLIFIED_CHINESE)).isEqualTo(UiLocale.ZH_CN);
        assertThat(UiLocale.closestTo(Locale.TRADITIONAL_CHINESE)).isEqualTo(UiLocale.ZH_CN);
        assertThat(UiLocale.closestTo(Locale.CHINESE)).isEqualTo(UiLocale.ZH_CN);
        assertThat(UiLocale.closestTo(Locale.FRENCH)).isEqualTo(UiLocale.ZH_CN);
        assertThat(UiLocale.closestTo(Locale.ROOT)).isEqualTo(UiLocale.ZH_CN);
        assertThat(UiLocale.closestTo(null)).isEqualTo(UiLocale.ZH_CN);
    }
}
