package id.ekinerja.application.organisation;

import id.ekinerja.application.security.Actor;
import id.ekinerja.application.security.TenantAuthorization;
import id.ekinerja.domain.model.organisation.PegawaiImportJob;
import id.ekinerja.infrastructure.keycloak.KeycloakAdmin;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the import page calls. Only admins of the current tenant; job ids are looked up in the tenant's own
 * schema, so an id of another agency finds nothing.
 */
@Stateless
public class PegawaiImportService {
    private static final char[] PASSWORD_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TenantAuthorization authorization;

    @EJB
    ImportJobs jobs;

    @EJB
    PegawaiImportWorker worker;

    @Inject
    KeycloakAdmin keycloak;

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    /** An initial password, shown or exported once. */
    public record InitialPassword(String nip, String name, String password) implements java.io.Serializable {
    }

    /**
     * Reads the file (refusing it at once if it is not a usable import file), records a job and runs it in
     * the background. The page polls {@link #job}.
     *
     * @throws ImportFileException if the file as a whole is unusable: nothing is started
     */
    public long start(Actor actor, String fileName, byte[] content) {
        authorization.requireAdmin(actor);
        List<PegawaiRow> rows = PegawaiFileReader.read(content);
        long id = jobs.create(fileName, actor.username());
        String tenant = TenantContext.require();
        executor.submit(() -> TenantContext.run(tenant, () -> worker.run(id, rows, actor.username())));
        return id;
    }

    /**
     * A running job whose node gave no sign of life for this long is marked FAILED when polled: the worker
     * reports at every step and at least every 1,000 rows or every second while waiting, so 10 minutes of
     * silence means the node is gone (a node's crash must not leave a job "running" forever).
     */
    public static final Duration STALE_AFTER = Duration.ofMinutes(
            Long.getLong("ekinerja.import.stale-minutes", 10));

    public Optional<PegawaiImportJob> job(Actor actor, long id) {
        authorization.requireAdmin(actor);
        PegawaiImportJob job = em.find(PegawaiImportJob.class, id);
        return Optional.ofNullable(job == null ? null : settled(job));
    }

    /** The job as it is, after marking it failed if it was orphaned. */
    private PegawaiImportJob settled(PegawaiImportJob job) {
        if (job.isStale(OffsetDateTime.now(), STALE_AFTER) && jobs.abandonIfStale(job.getId(), STALE_AFTER)) {
            em.refresh(job);
        }
        return job;
    }

    /** The problems of a rejected job, by line. */
    public List<ImportProblem> problems(PegawaiImportJob job) {
        String text = job.getProblems();
        return text == null || text.isEmpty() ? List.of()
                : Arrays.stream(text.split("\n")).map(ImportProblem::decode).toList();
    }

    public List<PegawaiImportJob> recentJobs(Actor actor) {
        authorization.requireAdmin(actor);
        return em.createQuery("select j from PegawaiImportJob j order by j.id desc", PegawaiImportJob.class)
                .setMaxResults(10).getResultList().stream().map(this::settled).toList();
    }

    /**
     * Gives the accounts this job created, which have no password yet, a random initial password that must
     * be replaced at first sign-in. Each account gets one only once: the result is the only place the
     * passwords appear (the page offers it as a download). Later the admin resets single accounts from the
     * pegawai form.
     */
    public List<InitialPassword> issueInitialPasswords(Actor actor, long jobId) {
        authorization.requireAdmin(actor);
        List<Object[]> rows = em.createNativeQuery("select a.nip, p.name, a.user_id from org_import_account a "
                        + "join pegawai p on p.nip = a.nip where a.job_id = ?1 and a.password_issued_at is null "
                        + "order by a.nip", Object[].class)
                .setParameter(1, jobId).getResultList();
        Map<String, String> byUser = new LinkedHashMap<>();
        List<InitialPassword> issued = rows.stream().map(r -> {
            String password = newPassword();
            byUser.put((String) r[2], password);
            return new InitialPassword(((String) r[0]).strip(), (String) r[1], password);
        }).toList();
        em.createNativeQuery("update org_import_account set password_issued_at = ?1 where job_id = ?2 "
                        + "and password_issued_at is null")
                .setParameter(1, OffsetDateTime.now()).setParameter(2, jobId).executeUpdate();
        // database first: if Keycloak fails, the transaction rolls back and nothing is marked as issued
        keycloak.setTemporaryPasswords(byUser, 4);
        return issued;
    }

    static String newPassword() {
        char[] p = new char[12];
        for (int i = 0; i < p.length; i++) {
            p[i] = PASSWORD_CHARS[RANDOM.nextInt(PASSWORD_CHARS.length)];
        }
        return new String(p);
    }
}
