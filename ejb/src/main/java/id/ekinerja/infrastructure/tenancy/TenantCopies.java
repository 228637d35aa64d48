package id.ekinerja.infrastructure.tenancy;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A short-lived copy, per tenant, of something every request or page reads and that seldom changes (the registry's
 * admission row, the settings in force, the open year). Each such read was a statement (and for admission a
 * connection hand-out and commit) on every request of the year-end rush. A copy is trusted for a few seconds and only
 * for the key it was read for (e.g. the day; none for a keyless copy); a change through this node drops it at once and
 * again after its transaction ({@link NowAndAfterCommit}), a change on another node shows within that time.
 *
 * @param <K> what the value was read for, e.g. the day; a copy read for another key is not used
 * @param <V> the value
 */
public final class TenantCopies<K, V> {
    /** How long a copy is trusted: 5 s, so another node's change shows within a few seconds. One time for every use. */
    static final long TRUST_NANOS = 5_000_000_000L;

    /** Every instance, so that a restore can drop what all of them hold for the restored tenant. */
    private static final List<TenantCopies<?, ?>> ALL = new CopyOnWriteArrayList<>();

    private record Copy<K, V>(K key, V value, long at) {
    }

    private final ConcurrentHashMap<String, Copy<K, V>> copies = new ConcurrentHashMap<>();
    private final long trustNanos;

    public TenantCopies() {
        this(TRUST_NANOS);
    }

    /** Another trust time, for tests of expiry only. */
    TenantCopies(long trustNanos) {
        this.trustNanos = trustNanos;
        ALL.add(this);
    }

    /** The copy for the tenant, if it was read for this key within the trusted time. */
    public Optional<V> get(String tenant, K key) {
        Copy<K, V> copy = copies.get(tenant);
        return copy != null && Objects.equals(copy.key(), key) && System.nanoTime() - copy.at() < trustNanos
                ? Optional.of(copy.value()) : Optional.empty();
    }

    /** The copy of a keyless value, if it was read within the trusted time. */
    public Optional<V> get(String tenant) {
        return get(tenant, null);
    }

    public void put(String tenant, K key, V value) {
        copies.put(tenant, new Copy<>(key, value, System.nanoTime()));
    }

    public void put(String tenant, V value) {
        put(tenant, null, value);
    }

    /** This tenant's value changed in the current transaction (if any): drop the copy now and once it ends. */
    public void forget(TransactionSynchronizationRegistry transactions, String tenant) {
        NowAndAfterCommit.run(transactions, () -> copies.remove(tenant));
    }

    /** The tenant's data was replaced (a restore): drop every copy of it, now and once the transaction ends. */
    public static void forgetTenant(TransactionSynchronizationRegistry transactions, String tenant) {
        NowAndAfterCommit.run(transactions, () -> ALL.forEach(c -> c.copies.remove(tenant)));
    }
}
