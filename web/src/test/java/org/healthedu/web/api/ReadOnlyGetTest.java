package org.healthedu.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing changes over GET (a link, an image tag or a prefetch on another site can send one). The API cannot prove that
 * from names alone, so every {@code @GET} method must be named like a read (get…, list…, find…, download…) or be in
 * {@code get-reads.txt}, where each name was looked at and found to be a read: a new GET method needs that look.
 */
class ReadOnlyGetTest {

    private static final List<String> READ_VERBS = List.of("get", "list", "find", "read", "show", "download", "search",
            "count", "export", "view");
    /** Verbs that change something: never on a GET, not even through the allow-list. */
    private static final List<String> WRITE_VERBS = List.of("create", "add", "delete", "remove", "update", "save",
            "set", "mark", "submit", "approve", "reject", "regenerate", "apply", "import", "reset", "change", "enable",
            "disable", "close", "move", "withdraw", "enrol", "accept", "revoke", "send", "post", "put", "erase",
            "anonymise", "lock", "unlock", "end");

    @Test
    void everyGetIsARead() throws IOException, ClassNotFoundException {
        Set<String> reviewed = reviewed();
        List<String> gets = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.list(Paths.get("target/classes/org/healthedu/web/api"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName("org.healthedu.web.api." + name, false, getClass().getClassLoader());
                for (Method method : type.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(GET.class)) {
                        gets.add(type.getSimpleName() + "#" + method.getName());
                    }
                }
            }
        }
        assertThat(gets).as("GET methods found").hasSizeGreaterThan(50);
        assertThat(gets).as("GET methods named like a change").filteredOn(ReadOnlyGetTest::namedLikeAWrite).isEmpty();
        assertThat(gets).as("GET methods neither named like a read nor reviewed in get-reads.txt")
                .filteredOn(get -> !namedLikeARead(get) && !reviewed.contains(get)).isEmpty();
        assertThat(reviewed).as("get-reads.txt lines that name no GET method any more (remove them)")
                .isSubsetOf(new TreeSet<>(gets));
    }

    @Test
    void namesAreJudgedByTheirFirstWord() {
        assertThat(namedLikeARead("X#getOne")).isTrue();
        assertThat(namedLikeARead("X#listAll")).isTrue();
        assertThat(namedLikeARead("X#getaway")).isFalse();
        assertThat(namedLikeAWrite("X#approveReport")).isTrue();
        assertThat(namedLikeAWrite("X#enrolments")).isFalse();
        assertThat(namedLikeAWrite("X#setting")).isFalse();
    }

    private static String firstWord(String get) {
        String method = get.substring(get.indexOf('#') + 1);
        int end = 0;
        while (end < method.length() && Character.isLowerCase(method.charAt(end))) {
            end++;
        }
        return method.substring(0, end);
    }

    static boolean namedLikeARead(String get) {
        return READ_VERBS.contains(firstWord(get));
    }

    static boolean namedLikeAWrite(String get) {
        return WRITE_VERBS.contains(firstWord(get));
    }

    private static Set<String> reviewed() throws IOException {
        try (InputStream in = ReadOnlyGetTest.class.getResourceAsStream("get-reads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+")[0]).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
