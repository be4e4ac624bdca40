package org.healthedu.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in Chinese and English, and every key a page names exists. */
class BundleCompletenessTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages_en.properties");
        assertThat(zh.stringPropertyNames()).isNotEmpty();
        assertThat(difference(zh, en)).as("keys in Chinese but not in English").isEmpty();
        assertThat(difference(en, zh)).as("keys in English but not in Chinese").isEmpty();
    }

    /** A key given twice hides its first text without a word: each key is defined once per bundle. */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String bundle : new String[] {"messages_zh_CN.properties", "messages_en.properties"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            try (InputStream in = getClass().getResourceAsStream("/org/healthedu/web/i18n/" + bundle)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (String line : text.split("\\R")) {
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                        continue;
                    }
                    String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                    if (!seen.add(key)) {
                        twice.add(key);
                    }
                }
            }
            assertThat(twice).as(bundle + ": keys defined more than once").isEmpty();
        }
    }

    @Test
    void noTextIsBlank() throws IOException {
        for (String bundle : new String[] {"messages_zh_CN.properties", "messages_en.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(bundle + " " + key).isNotBlank();
            }
        }
    }

    @Test
    void everyKeyNamedInAPageExists() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = PAGE_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!zh.containsKey(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKindAndRoleHasALabel() throws IOException {
        Properties en = load("messages_en.properties");
        for (var kind : org.healthedu.organisation.UnitKind.values()) {
            assertThat(en).containsKey(kind.labelKey());
        }
        for (var kind : org.healthedu.organisation.SiteKind.values()) {
            assertThat(en).containsKey(kind.labelKey());
        }
        for (var status : org.healthedu.project.ProjectStatus.values()) {
            assertThat(en).containsKey(status.labelKey());
        }
        for (var role : org.healthedu.account.Role.values()) {
            assertThat(en).containsKey(role.labelKey());
        }
    }

    static Set<String> difference(Properties a, Properties b) {
        Set<String> diff = new TreeSet<>(a.stringPropertyNames());
        diff.removeAll(b.stringPropertyNames());
        return diff;
    }

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
