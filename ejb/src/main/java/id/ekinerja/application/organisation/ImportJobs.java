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

    public void finish(long id) {
        em.find(PegawaiImportJob.class, id).finish(Status.DONE);
    }

    public void fail(long id, String reason) {
        em.find(PegawaiImportJob.class, id).fail(reason);
    }

    /** Remembers the accounts this job created, for issuing their initial passwords later. */
    public void recordCreatedAccounts(long id, Map<String, String> userIdByNip) {
        var insert = em.createNativeQuery("insert into org_import_account (job_id, nip, user_id) values (?1, ?2, ?3)"
                + " on conflict do nothing");
        userIdByNip.forEach((nip, userId) -> insert.setParameter(1, id).setParameter(2, nip).setParameter(3, userId)
                .executeUpdate());
    }
}
