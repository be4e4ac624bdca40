package org.healthedu.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Root resources are plain words ({@code sessions}, never {@code sessions/{id}}): JAX-RS matches a request to the root
 * with the most literal characters first, so a templated root silently hides the {@code {id}} methods of the plain
 * one (a {@code sessions/{id}} class once turned {@code GET /sessions/5} into a 404).
 */
class ResourcePathsTest {

    @Test
    void noRootResourcePathHasATemplate() throws IOException, ClassNotFoundException {
        List<String> roots = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.list(Paths.get("target/classes/org/healthedu/web/api"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                Path path = Class.forName("org.healthedu.web.api." + name, false, getClass().getClassLoader())
                        .getAnnotation(Path.class);
                if (path != null) {
                    roots.add(name + " " + path.value());
                }
            }
        }
        assertThat(roots).as("root resources found").hasSizeGreaterThan(20);
        assertThat(roots).allSatisfy(root -> assertThat(root).doesNotContain("{"));
    }
}
