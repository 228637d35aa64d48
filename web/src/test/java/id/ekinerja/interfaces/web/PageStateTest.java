package id.ekinerja.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.omnifaces.cdi.ViewScoped;

/**
 * Page beans travel in the page's view state (client-side state, {@code @ViewScoped(saveInViewState = true)}), so
 * everything they keep must be serializable, down to the records the services return: a field that is not made the
 * page answer "an error occurred" on every view. Transient fields (read again when needed) and injected services are
 * left out, as serialization does.
 */
class PageStateTest {

    @Test
    void everyPageBeanKeepsOnlySerializableState() throws Exception {
        List<Class<?>> beans = pageBeans();
        assertEquals(14, beans.size(), "page beans found: " + beans);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            assertTrue(bean.getAnnotation(ViewScoped.class).saveInViewState(), bean + " keeps its state in the session");
            check(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        assertEquals(List.of(), problems);
    }

    private static void check(Class<?> type, String path, List<String> problems, Set<Type> seen) {
        for (Class<?> c = type; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(EJB.class)
                        || f.isAnnotationPresent(Inject.class) || f.isSynthetic()) {
                    continue;
                }
                checkType(f.getGenericType(), path + "." + f.getName(), problems, seen);
            }
        }
    }

    private static void checkType(Type t, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(t)) {
            return;
        }
        if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw == Optional.class) {
                if (raw == Optional.class) {
                    problems.add(path + ": Optional is not serializable");
                }
                for (Type arg : p.getActualTypeArguments()) {
                    checkType(arg, path + "<>", problems, seen);
                }
                return;
            }
            // a serializable holder of T (e.g. PrimeFaces' LazyDataModel<T>, which keeps the rows it shows) needs T too
            checkType(raw, path, problems, seen);
            for (Type arg : p.getActualTypeArguments()) {
                checkType(arg, path + "<>", problems, seen);
            }
            return;
        }
        if (t instanceof WildcardType w) {
            for (Type upper : w.getUpperBounds()) {
                checkType(upper, path, problems, seen);
            }
            return;
        }
        if (!(t instanceof Class<?> c) || c.isPrimitive() || c.isEnum() || c == Object.class) {
            return;
        }
        if (c.isArray()) {
            checkType(c.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (!Serializable.class.isAssignableFrom(c) && !c.isInterface()) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (c.getName().startsWith("id.ekinerja.")) {
            check(c, path, problems, seen);
        }
    }

    /** The web module's classes annotated with OmniFaces' {@code @ViewScoped}, from the compiled classes. */
    private static List<Class<?>> pageBeans() throws IOException {
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .map(p -> classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(PageStateTest::load).filter(c -> c.isAnnotationPresent(ViewScoped.class)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PageStateTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Object.class;
        }
    }
}
