package id.ekinerja.systemtest.bench;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Benchmark-only: counts the web module's HTTP sessions, live and ever created, for the heap-per-session figure. */
@WebListener
public class SessionCounter implements HttpSessionListener {
    private static final AtomicInteger LIVE = new AtomicInteger();
    private static final AtomicInteger CREATED = new AtomicInteger();
    /**
     * The live sessions, as Undertow's own session objects (the container holds them anyway), so that the benchmark
     * can read and end them all. Not the servlet facade of the event: Undertow's facade keeps the request that made
     * it (its exchange, headers and cookies), which counted about 10 KB per session that a real session does not hold.
     */
    private static final Set<Object> SESSIONS = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        LIVE.incrementAndGet();
        CREATED.incrementAndGet();
        SESSIONS.add(undertowSession(event.getSession()));
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        LIVE.decrementAndGet();
        SESSIONS.remove(undertowSession(event.getSession()));
    }

    /**
     * What the live sessions hold, by attribute: how many sessions have it and its mean serialized size (a proxy for
     * its heap; "not serializable" when it cannot be written). One line per attribute, largest first.
     */
    @SuppressWarnings("unchecked") // Undertow's Session.getAttributeNames() is a Set<String>
    static String contents() {
        Map<String, long[]> byName = new TreeMap<>();
        for (Object session : Set.copyOf(SESSIONS)) {
            try {
                for (String name : (Set<String>) call(session, "getAttributeNames")) {
                    long[] v = byName.computeIfAbsent(name, n -> new long[3]);
                    long size = serializedSize(call(session, "getAttribute", name));
                    v[0]++;
                    if (size < 0) {
                        v[2]++;
                    } else {
                        v[1] += size;
                    }
                }
            } catch (IllegalStateException ended) {
                // ended meanwhile
            }
        }
        StringBuilder out = new StringBuilder();
        byName.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1] / b.getValue()[0], a.getValue()[1] / a.getValue()[0]))
                .forEach(e -> out.append(String.format("%-90s in %4d sessions, %7.1f KB each%s%n", e.getKey(), e.getValue()[0],
                        e.getValue()[1] / 1024.0 / Math.max(1, e.getValue()[0] - e.getValue()[2]),
                        e.getValue()[2] > 0 ? " (" + e.getValue()[2] + " not serializable)" : "")));
        return out.toString();
    }

    private static long serializedSize(Object value) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
            out.flush();
            return bytes.size();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Ends every live session: the heap freed then is what the sessions held, apart from caches that warmed up
     * while they were used. Returns how many were ended.
     */
    static int invalidateAll() {
        int ended = 0;
        for (Object session : Set.copyOf(SESSIONS)) {
            try {
                call(session, "invalidate", (Object) null);
                ended++;
            } catch (IllegalStateException alreadyEnded) {
                // ended meanwhile
            }
        }
        return ended;
    }

    /** Undertow's session behind the servlet facade ({@code HttpSessionImpl.getSession()}, public API of Undertow). */
    private static Object undertowSession(HttpSession facade) {
        try {
            return facade.getClass().getMethod("getSession").invoke(facade);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("not an Undertow session: " + facade.getClass(), e);
        }
    }

    /** A method of Undertow's {@code io.undertow.server.session.Session} interface, by name and number of arguments. */
    private static Object call(Object session, String method, Object... args) {
        try {
            Class<?> api = Class.forName("io.undertow.server.session.Session", false, session.getClass().getClassLoader());
            for (java.lang.reflect.Method m : api.getMethods()) {
                if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                    return m.invoke(session, args);
                }
            }
            throw new NoSuchMethodException(method);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static int live() {
        return LIVE.get();
    }

    static int created() {
        return CREATED.get();
    }
}
