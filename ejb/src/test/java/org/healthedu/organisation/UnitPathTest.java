package org.healthedu.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitPathTest {

    @Test
    void ofBuildsFromTheParentPath() {
        assertThat(UnitPath.of(null, 1)).isEqualTo("/1/");
        assertThat(UnitPath.of("/1/", 51)).isEqualTo("/1/51/");
        assertThat(UnitPath.of("/1/51/", 101)).isEqualTo("/1/51/101/");
        assertThat(UnitPath.of("/1/", 9_000_000_000L)).isEqualTo("/1/9000000000/");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            /1/,         /1/,    true
            /1/51/,      /1/,    true
            /1/51/101/,  /1/,    true
            /1/51/101/,  /1/51/, true
            /1/5/,       /1/51/, false
            /1/51/,      /1/5/,  false
            /15/,        /1/,    false
            /1/,         /15/,   false
            /1/,         /1/51/, false
            /2/51/,      /1/51/, false
            /21/,        /1/,    false
            """)
    void isWithinNeedsTheWholeAncestorPathAsPrefix(String path, String ancestor, boolean expected) {
        assertThat(UnitPath.isWithin(path, ancestor)).isEqualTo(expected);
    }

    @Test
    void isWithinIsFalseForMissingPaths() {
        assertThat(UnitPath.isWithin(null, "/1/")).isFalse();
        assertThat(UnitPath.isWithin("/1/", null)).isFalse();
        assertThat(UnitPath.isWithin(null, null)).isFalse();
    }

    @Test
    void subtreePatternAppendsTheWildcardAfterTheClosingSlash() {
        assertThat(UnitPath.subtreePattern("/1/")).isEqualTo("/1/%");
        assertThat(UnitPath.subtreePattern("/1/51/")).isEqualTo("/1/51/%");
    }

    @Test
    void subtreePatternMatchesExactlyWhatIsWithinMatches() {
        String ancestor = "/1/5/";
        String regex = UnitPath.subtreePattern(ancestor).replace("%", ".*");
        for (String path : new String[] {"/1/5/", "/1/5/9/", "/1/51/", "/1/", "/15/", "/2/1/5/"}) {
            assertThat(path.matches(regex)).as(path).isEqualTo(UnitPath.isWithin(path, ancestor));
        }
    }
}
