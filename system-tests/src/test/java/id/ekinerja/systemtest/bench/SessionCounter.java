package id.ekinerja.systemtest.bench;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Benchmark-only: counts the web module's HTTP sessions, live and ever created, for the heap-per-session figure. */
@WebListener
public class SessionCounter implements HttpSessionListener {
    private static final AtomicInteger LIVE = new AtomicInteger();
    private static final AtomicInteger CREATED = new AtomicInteger();
    /** The live sessions themselves (the container holds them anyway), so that the benchmark can end them all. */
    private static final Set<HttpSession> SESSIONS = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        LIVE.incrementAndGet();
        CREATED.incrementAndGet();
        SESSIONS.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        LIVE.decrementAndGet();
        SESSIONS.remove(event.getSession());
    }

    /**
     * Ends every live session: the heap freed then is what the sessions held, apart from caches that warmed up
     * while they were used. Returns how many were ended.
     */
    static int invalidateAll() {
        int ended = 0;
        for (HttpSession session : Set.copyOf(SESSIONS)) {
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyEnded) {
                // ended meanwhile
            }
        }
        return ended;
    }

    static int live() {
        return LIVE.get();
    }

    static int created() {
        return CREATED.get();
    }
}
