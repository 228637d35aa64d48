package id.ekinerja.systemtest.bench;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;

/** Benchmark-only: counts the web module's HTTP sessions, live and ever created, for the heap-per-session figure. */
@WebListener
public class SessionCounter implements HttpSessionListener {
    private static final AtomicInteger LIVE = new AtomicInteger();
    private static final AtomicInteger CREATED = new AtomicInteger();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        LIVE.incrementAndGet();
        CREATED.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        LIVE.decrementAndGet();
    }

    static int live() {
        return LIVE.get();
    }

    static int created() {
        return CREATED.get();
    }
}
