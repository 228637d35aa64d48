package id.ekinerja.application.organisation;

import id.ekinerja.application.organisation.PegawaiImportValidator.PerRecord;
import id.ekinerja.application.organisation.PegawaiImportWriter.Counts;
import id.ekinerja.application.organisation.PegawaiImportWriter.Outcome;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.security.TenantAuthorization;
import id.ekinerja.domain.model.organisation.PegawaiImportJob;
import id.ekinerja.domain.model.organisation.PegawaiImportJob.Status;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Synchronisation of pegawai from another system (the API's {@code POST …/pegawai/sync}): the import pipeline
 * record by record. The same validator ({@link PegawaiImportValidator#validateEach}), the same writer and the same
 * Keycloak step ({@link PegawaiImportWorker#provision}) as the file import, and a job row like it; but the good
 * records are applied even when others are rejected, and each record's outcome is returned. Pegawai missing from
 * the payload are left alone (never deactivated): a sync may send any subset.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PegawaiSyncService {
    private static final Logger LOG = Logger.getLogger(PegawaiSyncService.class.getName());
    /** Records per call; larger sets are sent in several calls (each is idempotent). */
    public static final int MAX_RECORDS = 5_000;
    /**
     * Up to this many new accounts or memberships the call waits for Keycloak (a few seconds); above it the
     * accounts are made in the background and the caller polls the job. 5,000 new people take about a minute
     * (README, import figures), longer than clients and proxies should hold a request open.
     */
    public static final int INLINE_ACCOUNTS = Integer.getInteger("ekinerja.sync.inline-accounts", 500);

    /** What happened to one record. */
    public enum RecordStatus { CREATED, UPDATED, UNCHANGED, REJECTED }

    /** One record's outcome; {@code line} is its position in the payload counting from 1; problems when rejected. */
    public record RecordResult(int line, String nip, RecordStatus status, List<ImportProblem> problems) implements java.io.Serializable {
    }

    /**
     * The records' outcomes and the job that carries the Keycloak step: {@code accountsPending} means it runs in
     * the background (poll the job); otherwise the job is finished (DONE, or FAILED if Keycloak failed).
     */
    public record SyncResult(PegawaiImportJob job, List<RecordResult> records, boolean accountsPending) implements java.io.Serializable {
        public long count(RecordStatus status) {
            return records.stream().filter(r -> r.status() == status).count();
        }
    }

    @EJB
    TenantAuthorization authorization;

    @EJB
    ImportJobs jobs;

    @EJB
    PegawaiImportWorker worker;

    @EJB
    PegawaiImportWriter writer;

    @Resource
    ManagedExecutorService executor;

    /**
     * @param rows the payload's records as import rows, {@code line} = position from 1, {@code peran} null
     * @throws id.ekinerja.application.security.AccessDeniedException unless the actor is an admin of the tenant
     */
    public SyncResult sync(Actor actor, String source, List<PegawaiRow> rows) {
        authorization.requireAdmin(actor);
        if (rows.size() > MAX_RECORDS) {
            throw new IllegalArgumentException("At most " + MAX_RECORDS + " records per call");
        }
        long jobId = jobs.create(source, actor.username());
        try {
            jobs.phase(jobId, Status.VALIDATING, rows.size());
            PegawaiImportWorker.Known known = worker.known();
            PerRecord checked = PegawaiImportValidator.validateEach(rows, known.snapshot().unitCodes(),
                    known.snapshot().pegawai(), known.emailOwners(), LocalDate.now(ZoneId.of("Asia/Jakarta")));
            List<PegawaiDraft> accepted = checked.accepted();
            jobs.phase(jobId, Status.SAVING, accepted.size());
            Counts counts = writer.write(jobId, accepted, actor.username(), true);
            jobs.saved(jobId, counts.created(), counts.updated(), counts.unchanged());

            // new accounts, or new members (pegawai new to this agency): the Keycloak work this call causes
            long work = Math.max(accepted.stream().filter(d -> !known.accounts().containsKey(d.nip())).count(),
                    counts.created());
            boolean background = work > INLINE_ACCOUNTS;
            if (background) {
                String tenant = TenantContext.require();
                executor.submit(() -> TenantContext.run(tenant,
                        () -> worker.provision(jobId, accepted, known.accounts())));
            } else {
                worker.provision(jobId, accepted, known.accounts());
            }
            return new SyncResult(jobs.find(jobId), results(rows, checked.rejected(), accepted, counts.outcomes()), background);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sync " + jobId + " failed", e);
            jobs.fail(jobId, e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        }
    }

    private static List<RecordResult> results(List<PegawaiRow> rows, Map<Integer, List<ImportProblem>> rejected,
                                              List<PegawaiDraft> accepted, Map<String, Outcome> outcomes) {
        Map<Integer, String> nipOfLine = new java.util.HashMap<>();
        accepted.forEach(d -> nipOfLine.put(d.line(), d.nip()));
        List<RecordResult> results = new ArrayList<>(rows.size());
        for (PegawaiRow r : rows) {
            List<ImportProblem> problems = rejected.get(r.line());
            if (problems != null) {
                results.add(new RecordResult(r.line(), r.nip(), RecordStatus.REJECTED, problems));
                continue;
            }
            String nip = nipOfLine.get(r.line());
            results.add(new RecordResult(r.line(), nip, RecordStatus.valueOf(outcomes.get(nip).name()), List.of()));
        }
        return results;
    }
}
