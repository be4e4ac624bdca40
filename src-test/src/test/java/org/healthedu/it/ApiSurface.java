package org.healthedu.it;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The whole REST surface as the built web module declares it: every JAX-RS resource method under
 * {@code org.healthedu.web.api}, read by reflection from {@code web/target/classes} (the served {@code /openapi}
 * document is not provisioned on this server, so the classes are the one complete source). The authorisation matrix
 * and the fuzz test enumerate it, so an endpoint added later is tested (or fails for want of a table entry).
 */
final class ApiSurface {

    /** One method + path template (relative to /api/v1), with what a caller can send it. */
    record Endpoint(String method, String path, Class<?> body, List<QueryInput> query, boolean json) {

        String key() {
            return method + " " + path;
        }

        List<String> pathParams() {
            List<String> names = new ArrayList<>();
            Matcher m = PARAM.matcher(path);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        boolean write() {
            return !"GET".equals(method);
        }
    }

    record QueryInput(String name, Class<?> type) {
    }

    static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    private static List<Endpoint> endpoints;

    private ApiSurface() {
    }

    /** The project's root: the EAR the tests deploy lives in {@code <root>/ear/target}. */
    static File root() {
        return new File(System.getProperty("healthedu.ear", "../ear/target/healthedu.ear")).getAbsoluteFile()
                .getParentFile().getParentFile().getParentFile();
    }

    static synchronized List<Endpoint> endpoints() {
        if (endpoints == null) {
            endpoints = scan(new File(root(), "web/target/classes"));
        }
        return endpoints;
    }

    private static List<Endpoint> scan(File classes) {
        File api = new File(classes, "org/healthedu/web/api");
        if (!api.isDirectory()) {
            throw new IllegalStateException("Build the web module first: no " + api);
        }
        Map<String, Endpoint> found = new LinkedHashMap<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toURI().toURL()},
                ApiSurface.class.getClassLoader()); Stream<java.nio.file.Path> files = Files.list(api.toPath())) {
            for (java.nio.file.Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName("org.healthedu.web.api." + name.replace(".class", ""), false, loader);
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = verbOf(method);
                    if (verb == null) {
                        continue;
                    }
                    Path sub = method.getAnnotation(Path.class);
                    String path = join(root.value(), sub == null ? "" : sub.value());
                    Consumes consumes = method.getAnnotation(Consumes.class) != null
                            ? method.getAnnotation(Consumes.class) : type.getAnnotation(Consumes.class);
                    boolean json = consumes == null || Arrays.stream(consumes.value()).anyMatch(c -> c.contains("json"));
                    Class<?> body = null;
                    List<QueryInput> query = new ArrayList<>();
                    for (Parameter p : method.getParameters()) {
                        QueryParam q = p.getAnnotation(QueryParam.class);
                        if (q != null) {
                            query.add(new QueryInput(q.value(), p.getType()));
                        } else if (p.getAnnotations().length == 0 || onlyValidation(p.getAnnotations())) {
                            body = p.getType();
                        } else if (p.getAnnotation(PathParam.class) == null) {
                            continue;
                        }
                    }
                    Endpoint endpoint = new Endpoint(verb, path, body, List.copyOf(query), json);
                    found.merge(endpoint.key(), endpoint, (a, b) -> a.json() ? a : b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return found.values().stream().sorted(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method))
                .toList();
    }

    private static boolean onlyValidation(Annotation[] annotations) {
        return Arrays.stream(annotations).allMatch(a -> a.annotationType().getName().startsWith("jakarta.validation"));
    }

    private static String verbOf(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String a, String b) {
        String path = ("/" + a + "/" + b).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Every page a user can ask for: the views under the webapp, except error pages and templates. */
    static List<String> pages() {
        File webapp = new File(root(), "web/src/main/webapp");
        try (Stream<java.nio.file.Path> files = Files.walk(webapp.toPath())) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> webapp.toPath().relativize(f).toString().replace(File.separatorChar, '/'))
                    .filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("error/") && !p.startsWith("resources/"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
