package id.ekinerja.application.organisation;

import id.ekinerja.domain.model.organisation.PegawaiImportJob;
import id.ekinerja.domain.model.organisation.PegawaiImportJob.Status;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Short transactions of their own on the job row, so progress is visible (to every node) while the import's
 * long transaction is still open, and a failure can be recorded after that transaction rolled back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportJobs {
    @PersistenceContext
    EntityManager em;

    public long create(String fileName, String actor) {
        PegawaiImportJob job = new PegawaiImportJob(fileName, actor);
        em.persist(job);
        em.flush();
        return job.getId();
    }

    public PegawaiImportJob find(long id) {
        return em.find(PegawaiImportJob.class, id);
    }

    public void phase(long id, Status phase, int total) {
        em.find(PegawaiImportJob.class, id).start(phase, total);
    }

    public void progress(long id, int processed) {
        em.find(PegawaiImportJob.class, id).progress(processed);
    }

    public void reject(long id, List<ImportProblem> problems) {
        em.find(PegawaiImportJob.class, id).reject(problems.stream().map(ImportProblem::encode)
                .collect(Collectors.joining("\n")));
    }

    public void saved(long id, int created, int updated, int unchanged) {
        em.find(PegawaiImportJob.class, id).saved(created, updated, unchanged);
    }

    public void accounts(long id, int created, int existing, int memberships) {
        em.find(PegawaiImportJob.class, id).accounts(created, existing, memberships);
    }

    /**
     * Marks the job FAILED if it still claims to run but gave no sign of life for {@code silence} (its node
     * died). Locks the row, so two nodes polling at once decide once.
     *
     * @return whether the job was abandoned now
     */
    public boolean abandonIfStale(long id, java.time.Duration silence) {
        PegawaiImportJob job = em.find(PegawaiImportJob.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (job == null || !job.isStale(java.time.OffsetDateTime.now(), silence)) {
            return false;
        }
        job.abandon("Impor terhenti: server yang menjalankannya tidak memberi kabar selama lebih dari "
                + silence.toMinutes() + " menit (mungkin mati atau dimulai ulang). Data pegawai tersimpan utuh atau"
                + " tidak sama sekali; impor berkas yang sama sekali lagi untuk menyelesaikannya. / The import stopped:"
                + " the server running it gave no sign of life for over " + silence.toMinutes() + " minutes (it"
                + " probably crashed or restarted). Import the same file again to complete it.");
        return true;
    }

    public void finish(long id) {
        em.find(PegawaiImportJob.class, id).finish(Status.DONE);
    }

    public void fail(long id, String reason) {
        em.find(PegawaiImportJob.class, id).fail(reason);
    }

    /** Remembers the accounts this job created, for issuing their initial passwords later: one statement per batch. */
    public void recordCreatedAccounts(long id, Map<String, String> userIdByNip) {
        if (userIdByNip.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into org_import_account (job_id, nip, user_id) values ");
        int p = 1;
        for (int i = 0; i < userIdByNip.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(++p).append(", ?").append(++p).append(')');
        }
        var insert = em.createNativeQuery(sql.append(" on conflict do nothing").toString()).setParameter(1, id);
        p = 1;
        for (Map.Entry<String, String> e : userIdByNip.entrySet()) {
            insert.setParameter(++p, e.getKey()).setParameter(++p, e.getValue());
        }
        insert.executeUpdate();
    }
}
