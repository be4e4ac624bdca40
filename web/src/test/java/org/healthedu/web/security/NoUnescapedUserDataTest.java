package org.healthedu.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No page writes a value unescaped unless it is one of our own bundle messages: user data (a unit's name, a feedback
 * comment) with {@code escape="false"} would run as script in a coordinator's browser. Covers every tag
 * ({@code h:outputText}, {@code p:outputLabel}, {@code h:outputFormat}, ...) and every spelling of false.
 */
class NoUnescapedUserDataTest {

    /** A bundle message by a literal key: {@code #{msg['some.key']}}; our own text, never a user's. */
    private static final Pattern BUNDLE_MESSAGE = Pattern.compile("#\\{msg\\['[A-Za-z0-9_.]+'\\]\\}");
    private static final Pattern TAG = Pattern.compile("<[A-Za-z]+:[A-Za-z]+\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern UNESCAPED = Pattern.compile("\\bescape\\s*=\\s*\"\\s*(false|#\\{\\s*false\\s*\\})\\s*\"");
    private static final Pattern VALUE = Pattern.compile("\\b(?:value|itemLabel)\\s*=\\s*\"([^\"]*)\"");
    /**
     * Unescaped values that are not bundle messages, each looked at: file relative to webapp, then the exact value.
     * Empty today; an entry needs a comment saying why the value can never hold user data.
     */
    private static final Map<String, String> REVIEWED = Map.of();

    @Test
    void unescapedOutputIsOnlyOurOwnMessages() throws IOException {
        Path webapp = Paths.get("src/main/webapp");
        List<String> offenders = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(webapp)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                pages++;
                offenders.addAll(offenders(webapp.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        assertThat(pages).as("pages scanned").isGreaterThan(40);
        assertThat(offenders).as("escape=\"false\" on something that is not a bundle message").isEmpty();
    }

    @Test
    void theScanFindsUserDataAndLetsMessagesThrough() {
        assertThat(offenders("x.xhtml", "<h:outputText value=\"#{unit.name}\" escape=\"false\"/>")).hasSize(1);
        assertThat(offenders("x.xhtml", "<p:outputLabel escape=\"#{false}\"\n value=\"#{c.text}\"/>")).hasSize(1);
        assertThat(offenders("x.xhtml", "<h:outputText escape='false' value='#{c.text}'/>")).hasSize(1);
        assertThat(offenders("x.xhtml", "<h:outputText value=\"#{msg['help.intro']}\" escape=\"false\"/>")).isEmpty();
        assertThat(offenders("x.xhtml", "<h:outputText value=\"#{msg['a']} #{u.name}\" escape=\"false\"/>"))
                .hasSize(1);
        assertThat(offenders("x.xhtml", "<h:outputText value=\"#{u.name}\"/>")).isEmpty();
    }

    static List<String> offenders(String file, String page) {
        List<String> found = new ArrayList<>();
        Matcher tag = TAG.matcher(normaliseQuotes(page));
        while (tag.find()) {
            String text = tag.group();
            if (!UNESCAPED.matcher(text).find()) {
                continue;
            }
            Matcher value = VALUE.matcher(text);
            String shown = value.find() ? value.group(1) : "";
            boolean ours = BUNDLE_MESSAGE.matcher(shown).matches();
            if (!ours && !shown.equals(REVIEWED.get(file))) {
                found.add(file + ": " + text.replaceAll("\\s+", " "));
            }
        }
        return found;
    }

    /** {@code attr='x'} as {@code attr="x"}, so one pattern judges both quotings. */
    private static String normaliseQuotes(String page) {
        return page.replaceAll("(\\w)\\s*=\\s*'([^'\"]*)'", "$1=\"$2\"");
    }
}
