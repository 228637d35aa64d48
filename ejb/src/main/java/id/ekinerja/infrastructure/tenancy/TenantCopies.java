package id.ekinerja.infrastructure.tenancy;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A short-lived copy, per tenant, of something every page reads and that seldom changes (the settings in force, the
 * open year). Each such read was a statement on every page view of the year-end rush. A copy is trusted for a few
 * seconds and only for the key it was read for (e.g. the day); a change through this node drops it at once and again
 * after its transaction ({@link NowAndAfterCommit}), a change on another node or a restore shows within that time.
 *
 * @param <K> what the value was read for, e.g. the day; a copy read for another key is not used
 * @param <V> the value
 */
public final class TenantCopies<K, V> {
    /** Every instance, so that a restore can drop what all of them hold for the restored tenant. */
    private static final List<TenantCopies<?, ?>> ALL = new CopyOnWriteArrayList<>();

    private record Copy<K, V>(K key, V value, long at) {
    }

    private final ConcurrentHashMap<String, Copy<K, V>> copies = new ConcurrentHashMap<>();
    private final long trustNanos;

    public TenantCopies(long trustNanos) {
        this.trustNanos = trustNanos;
        ALL.add(this);
    }

    /** The copy for the tenant, if it was read for this key within the trusted time. */
    public Optional<V> get(String tenant, K key) {
        Copy<K, V> copy = copies.get(tenant);
        return copy != null && copy.key().equals(key) && System.nanoTime() - copy.at() < trustNanos
                ? Optional.of(copy.value()) : Optional.empty();
    }

    public void put(String tenant, K key, V value) {
        copies.put(tenant, new Copy<>(key, value, System.nanoTime()));
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
