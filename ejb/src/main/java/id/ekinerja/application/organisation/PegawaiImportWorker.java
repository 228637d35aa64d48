package id.ekinerja.application.organisation;

import id.ekinerja.application.organisation.PegawaiImportValidator.Result;
import id.ekinerja.domain.model.organisation.PegawaiImportJob.Status;
import id.ekinerja.infrastructure.keycloak.KeycloakAdmin;
import id.ekinerja.infrastructure.keycloak.KeycloakAdmin.NewUser;
import id.ekinerja.infrastructure.keycloak.KeycloakAdmin.UserRef;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    static final int ACCOUNT_BATCH = 500;
    static final int MEMBERSHIP_WORKERS = 4;

    @EJB
    ImportJobs jobs;

    @EJB
    PegawaiImportWriter writer;

    @Inject
    KeycloakAdmin keycloak;

    public void run(long jobId, List<PegawaiRow> rows, String actor) {
        String tenant = TenantContext.require();
        long begin = System.nanoTime();
        try {
            jobs.phase(jobId, Status.VALIDATING, rows.size());
            PegawaiImportWriter.Snapshot snapshot = writer.snapshot();
            Map<String, UserRef> accounts = keycloak.allUsers();
            Map<String, String> emailOwners = new HashMap<>();
            accounts.values().forEach(u -> {
                if (u.email() != null) {
                    emailOwners.put(u.email().toLowerCase(Locale.ROOT), u.username());
                }
            });
            Result result = PegawaiImportValidator.validate(rows, snapshot.unitCodes(), snapshot.pegawai(), emailOwners,
                    LocalDate.now(ZoneId.of("Asia/Jakarta")));
            if (!result.valid()) {
                jobs.reject(jobId, result.problems());
                return;
            }
            List<PegawaiDraft> drafts = result.drafts();

            jobs.phase(jobId, Status.SAVING, drafts.size());
            PegawaiImportWriter.Counts counts = writer.write(jobId, drafts, actor);
            jobs.saved(jobId, counts.created(), counts.updated(), counts.unchanged());

            List<NewUser> missing = drafts.stream().filter(d -> !accounts.containsKey(d.nip()))
                    .map(d -> new NewUser(d.nip(), d.email(), d.name())).toList();
            jobs.phase(jobId, Status.ACCOUNTS, missing.size());
            Map<String, String> created = new LinkedHashMap<>();
            for (int from = 0; from < missing.size(); from += ACCOUNT_BATCH) {
                List<NewUser> batch = missing.subList(from, Math.min(missing.size(), from + ACCOUNT_BATCH));
                Map<String, String> ids = keycloak.partialImportUsers(batch);
                batch.forEach(u -> created.put(u.username(), ids.get(u.username())));
                jobs.recordCreatedAccounts(jobId, ids);
                jobs.progress(jobId, from + batch.size());
            }

            String organizationId = keycloak.findOrganizationId(tenant)
                    .orElseThrow(() -> new IllegalStateException("No Keycloak organization for " + tenant));
            Set<String> members = keycloak.memberIds(organizationId);
            List<String> toAdd = new ArrayList<>();
            for (PegawaiDraft d : drafts) {
                String id = created.containsKey(d.nip()) ? created.get(d.nip()) : accounts.get(d.nip()).id();
                if (id != null && !members.contains(id)) {
                    toAdd.add(id);
                }
            }
            jobs.phase(jobId, Status.MEMBERSHIPS, toAdd.size());
            int added = keycloak.addMembers(organizationId, toAdd, MEMBERSHIP_WORKERS, n -> jobs.progress(jobId, n));
            jobs.accounts(jobId, created.size(), drafts.size() - created.size(), added);
            jobs.finish(jobId);
            LOG.info(() -> String.format("Import %d in %s: %d rows, %d accounts created, %d memberships, %d ms",
                    jobId, tenant, drafts.size(), created.size(), added, (System.nanoTime() - begin) / 1_000_000));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + jobId + " in " + tenant + " failed", e);
            jobs.fail(jobId, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
