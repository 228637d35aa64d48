package id.ekinerja.systemtest.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the simulations measured, per request name: when each answer arrived, how long it took and whether it was
 * right (status and content checked). Gatling's own report is off; these figures are what the benchmark prints.
 * One simulation at a time (static state, reset between runs).
 */
final class Recorder {
    record Sample(long endMillis, long millis, boolean ok) {
    }

    private static final Map<String, ConcurrentLinkedQueue<Sample>> SAMPLES = new ConcurrentHashMap<>();
    /** The moment the last virtual user finished signing in, and the first moment one left its loop. */
    private static final AtomicLong ALL_SIGNED_IN = new AtomicLong();
    private static final AtomicLong FIRST_LOOP_END = new AtomicLong(Long.MAX_VALUE);
    /** Sign-ins finished, well or not: the page loop starts when all have. */
    private static final AtomicLong SIGN_INS = new AtomicLong();

    private Recorder() {
    }

    static void reset() {
        SAMPLES.clear();
        ALL_SIGNED_IN.set(0);
        SIGN_INS.set(0);
        FIRST_LOOP_END.set(Long.MAX_VALUE);
    }

    static void record(String name, long millis, boolean ok) {
        SAMPLES.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>())
                .add(new Sample(System.currentTimeMillis(), millis, ok));
    }

    static void signedIn() {
        ALL_SIGNED_IN.accumulateAndGet(System.currentTimeMillis(), Math::max);
        SIGN_INS.incrementAndGet();
    }

    static long signIns() {
        return SIGN_INS.get();
    }

    static void loopEnded() {
        FIRST_LOOP_END.accumulateAndGet(System.currentTimeMillis(), Math::min);
    }

    /** The moments (epoch ms) between which every virtual user was in its loop. */
    static long[] steadyWindow() {
        return new long[] {ALL_SIGNED_IN.get(), FIRST_LOOP_END.get()};
    }

    /** Figures of one request name over the whole run. */
    record Figures(String name, int count, int errors, double perSecond, long p50, long p95, long p99, long max) {
        String line() {
            return String.format("  %-28s %7d req %6.1f req/s  p50 %5d  p95 %5d  p99 %5d  max %5d ms  errors %d",
                    name, count, perSecond, p50, p95, p99, max, errors);
        }
    }

    /** Every request name, throughput over the run's wall time. */
    static List<Figures> all(double wallSeconds) {
        List<Figures> out = new ArrayList<>();
        new TreeMap<>(SAMPLES).forEach((name, samples) -> out.add(figures(name, new ArrayList<>(samples), wallSeconds)));
        return out;
    }

    /**
     * One name's figures while every virtual user was in its loop (after the last sign-in, before the first left):
     * the closed-model throughput at full concurrency.
     */
    static Figures steady(String name) {
        long from = ALL_SIGNED_IN.get();
        long to = FIRST_LOOP_END.get();
        List<Sample> inside = new ArrayList<>();
        for (Sample s : SAMPLES.getOrDefault(name, new ConcurrentLinkedQueue<>())) {
            if (s.endMillis() > from && s.endMillis() <= to) {
                inside.add(s);
            }
        }
        return figures(name, inside, Math.max(1, to - from) / 1000.0);
    }

    private static Figures figures(String name, List<Sample> samples, double seconds) {
        if (samples.isEmpty()) {
            return new Figures(name, 0, 0, 0, 0, 0, 0, 0);
        }
        // a request that failed before its time was read counts as an error, not as a time
        long[] times = samples.stream().mapToLong(Sample::millis).filter(t -> t >= 0).sorted().toArray();
        int errors = (int) samples.stream().filter(s -> !s.ok()).count();
        if (times.length == 0) {
            return new Figures(name, samples.size(), errors, samples.size() / seconds, 0, 0, 0, 0);
        }
        return new Figures(name, samples.size(), errors, samples.size() / seconds, pct(times, 0.50), pct(times, 0.95),
                pct(times, 0.99), times[times.length - 1]);
    }

    private static long pct(long[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
    }
}
