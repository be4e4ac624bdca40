package org.healthedu.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.healthedu.web.security.PendingSecondFactor;
import org.healthedu.web.security.SignedIn;
import org.junit.jupiter.api.Test;

/**
 * Everything the HTTP session holds can be copied to another server of a cluster: every view- and session-scoped
 * bean, and the session attributes we set ourselves, is Serializable, and so is everything its fields can hold,
 * followed through our own classes, records and the type arguments of collections. Injected fields (CDI and EJB references, whose proxies
 * are serializable) are left to Weld, which refuses at deployment a bean of a passivating scope with a dependency that cannot passivate.
 */
class SessionContentsTest {

    private static final Set<String> PASSIVATING_SCOPES = Set.of("jakarta.faces.view.ViewScoped",
            "jakarta.enterprise.context.SessionScoped", "jakarta.enterprise.context.ConversationScoped",
            "jakarta.faces.flow.FlowScoped");
    private static final List<Class<?>> SESSION_ATTRIBUTES = List.of(SignedIn.class, PendingSecondFactor.class);

    @Test
    void everythingAViewOrSessionHoldsIsSerializable() throws IOException {
        List<Class<?>> roots = new ArrayList<>(SESSION_ATTRIBUTES);
        roots.addAll(passivatingBeans());
        assertThat(roots).as("the scan finds the view-scoped pages").hasSizeGreaterThan(30);

        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> root : roots) {
            check(root, root.getSimpleName(), seen, problems);
        }
        assertThat(problems).as("session contents that cannot be copied to another server").isEmpty();
    }

    private static List<Class<?>> passivatingBeans() throws IOException {
        Path classes = Path.of("target/classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = load(name);
                if (type != null && isPassivating(type)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionContentsTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static boolean isPassivating(Class<?> type) {
        for (Annotation annotation : type.getAnnotations()) {
            if (PASSIVATING_SCOPES.contains(annotation.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }

    private static void check(Class<?> type, String path, Set<Class<?>> seen, List<String> problems) {
        if (type.isPrimitive() || type.isEnum()) {
            return;
        }
        if (type.isArray()) {
            check(type.getComponentType(), path + "[]", seen, problems);
            return;
        }
        if (!Serializable.class.isAssignableFrom(type) && !isCollection(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        if (!type.getName().startsWith("org.healthedu.") || !seen.add(type)) {
            return; // a library's Serializable type is its own affair; ours are followed once
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), seen, problems);
            }
        }
    }

    private static void checkType(Type type, String path, Set<Class<?>> seen, List<String> problems) {
        if (type instanceof Class<?> c) {
            check(c, path, seen, problems);
        } else if (type instanceof ParameterizedType p) {
            checkType(p.getRawType(), path, seen, problems);
            for (Type argument : p.getActualTypeArguments()) {
                checkType(argument, path + "<>", seen, problems);
            }
        } else if (type instanceof GenericArrayType a) {
            checkType(a.getGenericComponentType(), path + "[]", seen, problems);
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                checkType(bound, path, seen, problems);
            }
        } else if (type instanceof TypeVariable<?> v) {
            for (Type bound : v.getBounds()) {
                if (bound != Object.class) {
                    checkType(bound, path, seen, problems);
                }
            }
        }
    }

    /** The collection interfaces a field may be declared with; what they hold is checked through the type argument. */
    private static boolean isCollection(Class<?> type) {
        return type == Collection.class || type == List.class || type == Set.class || type == Map.class
                || type == java.util.SortedMap.class || type == java.util.SortedSet.class;
    }
}
