package id.ekinerja.infrastructure.tenancy;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Drops a short-lived copy (tenant admission, settings in force) now and, inside a transaction, again once it ends:
 * a read between the change and its commit would otherwise put the old value back for the copy's whole life.
 */
public final class NowAndAfterCommit {
    private NowAndAfterCommit() {
    }

    public static void run(TransactionSynchronizationRegistry transactions, Runnable drop) {
        drop.run();
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    drop.run();
                }
            });
        }
    }
}
