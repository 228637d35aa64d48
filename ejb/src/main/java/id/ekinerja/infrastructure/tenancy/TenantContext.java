package id.ekinerja.infrastructure.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant of the current unit of work (one request, one start-up step), held per thread and always
 * restored in {@code finally}. Entering a tenant does not check the registry: callers (the web filter,
 * the platform services) have done that; this class only refuses malformed codes.
 */
public final class TenantContext {
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** @throws NoTenantException when no tenant is selected */
    public static String require() {
        String code = CURRENT.get();
        if (code == null) {
            throw new NoTenantException();
        }
        return code;
    }

    public static <T> T call(String code, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(TenantCode.require(code));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void run(String code, Runnable work) {
        call(code, () -> {
            work.run();
            return null;
        });
    }
}
