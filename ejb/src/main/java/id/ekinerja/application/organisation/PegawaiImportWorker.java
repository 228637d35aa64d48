package id.ekinerja.application.organisation;

import id.ekinerja.application.organisation.PegawaiImportValidator.Result;
import id.ekinerja.domain.model.organisation.PegawaiImportJob.Status;
import id.ekinerja.infrastructure.keycloak.KeycloakAdmin;
import id.ekinerja.infrastructure.keycloak.KeycloakAdmin.NewUser;
import id.ekinerja.infrastructure.keycloak.KeycloakAdmin.UserRef;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one import on a managed thread inside the tenant: validate everything → write all pegawai in one
 * transaction → Keycloak accounts and memberships. The Keycloak step comes after the database commit and
 * is idempotent rather than compensated: accounts are created with "skip if it exists" and memberships
 * tolerate "already a member", so if Keycloak fails half-way the job says so and importing the same file
 * again completes it (the database side then reports every row unchanged). Deleting accounts on failure
 * would be wrong: an account may belong to a person of another agency too.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PegawaiImportWorker {
    private static final Logger LOG = Logger.getLogger(PegawaiImportWorker.class.getName());
    /**
     * Accounts per partial import and partial imports in flight. Measured on 2 cores (see README): one request
     * of 500 costs 4–5× more CPU per user than one of 50 (Keycloak's transaction grows), and 3 requests in
     * flight roughly double the throughput of one.
     */
    static final int ACCOUNT_BATCH = 50;
    static final int ACCOUNT_REQUESTS_IN_FLIGHT = 3;
    static final int MEMBERSHIP_WORKERS = 4;

    @EJB
    ImportJobs jobs;

    @EJB
    PegawaiImportWriter writer;

    @Inject
    KeycloakAdmin keycloak;

    @Resource
    ManagedThreadFactory threads;

    /** Marks the end of the membership queue. */
    private static final String END = new String("end-of-accounts");

    /** The queue as an iterable that waits for the producer until {@link #END}. */
    private static Iterable<String> drain(BlockingQueue<String> queue) {
        return () -> new Iterator<>() {
            private String next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        next = END;
                    }
                }
                return next != END;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                String value = next;
                next = null;
                return value;
            }
        };
    }

    /** Waits for the membership thread, showing its progress; its failure becomes this job's failure. */
    private int waitFor(Future<Integer> memberships, long jobId, AtomicInteger done) {
        while (true) {
            try {
                return memberships.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                jobs.progress(jobId, done.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while adding memberships", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }

    /**
     * What validation needs besides the rows, read once per import: the agency's units and pegawai, and every
     * Keycloak account (by username) with the owners of their e-mail addresses.
     */
    public record Known(PegawaiImportWriter.Snapshot snapshot, Map<String, UserRef> accounts,
                        Map<String, String> emailOwners) {
    }

    public Known known() {
        PegawaiImportWriter.Snapshot snapshot = writer.snapshot();
        Map<String, UserRef> accounts = keycloak.allUsers();
        Map<String, String> emailOwners = new HashMap<>();
        accounts.values().forEach(u -> {
            if (u.email() != null) {
                emailOwners.put(u.email().toLowerCase(Locale.ROOT), u.username());
            }
        });
        return new Known(snapshot, accounts, emailOwners);
    }

    /** The file import: all rows or none, then the accounts. */
    public void run(long jobId, List<PegawaiRow> rows, String actor) {
        String tenant = TenantContext.require();
        try {
            jobs.phase(jobId, Status.VALIDATING, rows.size());
            Known known = known();
            Result result = PegawaiImportValidator.validate(rows, known.snapshot().unitCodes(),
                    known.snapshot().pegawai(), known.emailOwners(), LocalDate.now(ZoneId.of("Asia/Jakarta")));
            if (!result.valid()) {
                jobs.reject(jobId, result.problems());
                return;
            }
            List<PegawaiDraft> drafts = result.drafts();

            jobs.phase(jobId, Status.SAVING, drafts.size());
            PegawaiImportWriter.Counts counts = writer.write(jobId, drafts, actor);
            jobs.saved(jobId, counts.created(), counts.updated(), counts.unchanged());
            provision(jobId, drafts, known.accounts());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + jobId + " in " + tenant + " failed", e);
            jobs.fail(jobId, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * The Keycloak side of pegawai already written, for the file import and the API's sync alike: creates the
     * missing accounts (partial imports of {@link #ACCOUNT_BATCH}, a few in flight) and adds everyone who is not
     * yet a member to the agency's organization, then marks the job DONE. Idempotent: run again, it adds only
     * what is still missing. A failure marks the job FAILED (the database side stays saved).
     *
     * @param accounts every Keycloak account by username, as read before validation
     */
    public void provision(long jobId, List<PegawaiDraft> drafts, Map<String, UserRef> accounts) {
        String tenant = TenantContext.require();
        long begin = System.nanoTime();
        try {
            String organizationId = keycloak.findOrganizationId(tenant)
                    .orElseThrow(() -> new IllegalStateException("No Keycloak organization for " + tenant));
            Set<String> members = keycloak.memberIds(organizationId);
            List<NewUser> missing = drafts.stream().filter(d -> !accounts.containsKey(d.nip()))
                    .map(d -> new NewUser(d.nip(), d.email(), d.name())).toList();

            // Pipeline: while the next batch of accounts is imported, a second managed thread already adds
            // the previous batches to the organization (Keycloak has no bulk membership call).
            BlockingQueue<String> toAdd = new LinkedBlockingQueue<>();
            AtomicInteger membershipsDone = new AtomicInteger();
            // a thread of its own (not the executor's pool): the worker waits for it, so queueing it behind
            // other imports' workers could starve the pool
            FutureTask<Integer> memberships = new FutureTask<>(() ->
                    keycloak.addMembers(organizationId, drain(toAdd), MEMBERSHIP_WORKERS, membershipsDone::set));
            threads.newThread(memberships).start();
            int queued = 0;
            Map<String, String> created = new LinkedHashMap<>();
            try {
                for (PegawaiDraft d : drafts) {
                    UserRef existing = accounts.get(d.nip());
                    if (existing != null && !members.contains(existing.id())) {
                        toAdd.add(existing.id());
                        queued++;
                    }
                }
                jobs.phase(jobId, Status.ACCOUNTS, missing.size());
                // a few batches in flight; results are handled here, on this managed thread, oldest first, so
                // at most ACCOUNT_REQUESTS_IN_FLIGHT batches are held at any time (steady memory at 50,000)
                java.util.ArrayDeque<Map.Entry<List<NewUser>, CompletableFuture<Map<String, String>>>> inFlight =
                        new java.util.ArrayDeque<>();
                int accountsDone = 0;
                for (int from = 0; from < missing.size() || !inFlight.isEmpty(); ) {
                    if (from < missing.size() && inFlight.size() < ACCOUNT_REQUESTS_IN_FLIGHT) {
                        List<NewUser> batch = missing.subList(from, Math.min(missing.size(), from + ACCOUNT_BATCH));
                        inFlight.add(Map.entry(batch, keycloak.partialImportUsersAsync(batch)));
                        from += batch.size();
                        continue;
                    }
                    var oldest = inFlight.poll();
                    Map<String, String> ids = KeycloakAdmin.await(oldest.getValue());
                    for (NewUser u : oldest.getKey()) {
                        String id = ids.get(u.username());
                        created.put(u.username(), id);
                        if (id != null && !members.contains(id)) {
                            toAdd.add(id);
                            queued++;
                        }
                    }
                    jobs.recordCreatedAccounts(jobId, ids);
                    accountsDone += oldest.getKey().size();
                    jobs.progress(jobId, accountsDone);
                }
            } finally {
                toAdd.add(END);
            }
            jobs.phase(jobId, Status.MEMBERSHIPS, queued);
            int added = waitFor(memberships, jobId, membershipsDone);
            jobs.accounts(jobId, created.size(), drafts.size() - created.size(), added);
            jobs.finish(jobId);
            LOG.info(() -> String.format("Import %d in %s (accounts): %d rows, %d accounts created, %d memberships, %d ms",
                    jobId, tenant, drafts.size(), created.size(), added, (System.nanoTime() - begin) / 1_000_000));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Accounts of import " + jobId + " in " + tenant + " failed", e);
            jobs.fail(jobId, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
