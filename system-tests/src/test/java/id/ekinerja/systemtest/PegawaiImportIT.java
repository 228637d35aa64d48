package id.ekinerja.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.application.ProfileService;
import id.ekinerja.application.organisation.ImportFileException;
import id.ekinerja.application.organisation.ImportJobs;
import id.ekinerja.application.organisation.ImportProblem;
import id.ekinerja.application.organisation.OrganisationAdminService;
import id.ekinerja.application.organisation.PegawaiImportService;
import id.ekinerja.application.organisation.PegawaiRow;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import id.ekinerja.domain.model.organisation.PegawaiImportJob;
import id.ekinerja.domain.model.organisation.PegawaiImportJob.Status;
import id.ekinerja.infrastructure.keycloak.KeycloakAdmin;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The pegawai import in the real server against real PostgreSQL and Keycloak. */
@ExtendWith(ArquillianExtension.class)
class PegawaiImportIT {
    static final String KPU = "kpu-dki";
    static final Actor RATNA = new Actor("198511172009042001");      // kpu-dki admin instansi
    static final Actor MADE = new Actor("198703142011011005");       // kpu-dki staff, no role
    static final Actor EKA = new Actor("198401282009032002");        // bawaslu-lebong admin instansi
    static final String AHMAD = "198002052005011003";                 // kpu-dki unit head (teknis-parmas)
    static final String HEADER = String.join(",", PegawaiRow.COLUMNS);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ekinerja(PegawaiImportIT.class, TestNips.class, TenantProbe.class);
    }

    @EJB
    PegawaiImportService imports;

    @EJB
    ProfileService profiles;

    @Inject
    KeycloakAdmin keycloak;

    @EJB
    ImportJobs jobs;

    @EJB
    TenantProbe probe;

    @EJB
    OrganisationAdminService organisation;


    static String row(String nip, String name, String unit, String ppk, String email) {
        return nip + "," + name + ",PNS,Penata (III/c),Analis,Pelaksana,," + unit + "," + ppk + "," + email + ",\n";
    }

    PegawaiImportJob importAndWait(Actor actor, String csv) {
        return TenantContext.call(KPU, () -> {
            long id = imports.start(actor, "test.csv", csv.getBytes(StandardCharsets.UTF_8));
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (Instant.now().isBefore(deadline)) {
                PegawaiImportJob job = imports.job(actor, id).orElseThrow();
                if (job.getStatus().finished()) {
                    return job;
                }
                sleep(200);
            }
            throw new AssertionError("import " + id + " did not finish");
        });
    }

    @Test
    void aFileWithOneBadRowImportsNothingAndNamesTheRow() {
        String a = TestNips.randomNip();
        String b = TestNips.randomNip();
        String csv = HEADER + "\n" + row(a, "Baik Satu", "hukum-sdm", AHMAD, "")
                + row(b, "Baik Dua", "hukum-sdm", a, "")
                + row(TestNips.randomNip(), "Unit Salah", "gudang", "", "");
        PegawaiImportJob job = importAndWait(RATNA, csv);
        assertEquals(Status.REJECTED, job.getStatus());
        List<ImportProblem> problems = TenantContext.call(KPU, () -> imports.problems(job));
        assertEquals(1, problems.size());
        assertEquals(4, problems.get(0).line());
        assertEquals("org.import.error.unknownUnit", problems.get(0).key());
        assertTrue(TenantContext.call(KPU, () -> profiles.profileOf(a)).isEmpty(), "no pegawai written");
        assertTrue(keycloak.findUserId(a).isEmpty(), "no account created");
    }

    @Test
    void anEmailOfAnotherAccountIsRefusedBeforeAnythingIsWritten() {
        String nip = TestNips.randomNip();
        PegawaiImportJob job = importAndWait(RATNA, HEADER + "\n"
                + row(nip, "Pinjam Surel", "hukum-sdm", "", "hendra.simanjuntak@kpu-dki.demo.ekinerja.id"));
        assertEquals(Status.REJECTED, job.getStatus());
        assertEquals("org.import.error.emailTaken", TenantContext.call(KPU, () -> imports.problems(job)).get(0).key());
        assertTrue(keycloak.findUserId(nip).isEmpty());
    }

    @Test
    void importCreatesPegawaiAccountsAndMembershipsAndReimportChangesNothing() {
        String lead = TestNips.randomNip();
        String staff = TestNips.randomNip();
        String tag = Long.toHexString(System.nanoTime());
        // A unit of its own: the demo units' head counts are what other test classes (e.g. the curve) rely on.
        String unit = "imp-" + tag;
        TenantContext.run(KPU, () -> organisation.addUnit(RATNA, unit, "Unit Impor " + tag, null));
        String csv = HEADER + "\n"
                + row(lead, "Kepala Impor", unit, "", "kepala." + tag + "@example.go.id")
                + row(staff, "Staf Impor", unit, lead, "staf." + tag + "@example.go.id");
        PegawaiImportJob first = importAndWait(RATNA, csv);
        assertEquals(Status.DONE, first.getStatus(), first.getFailure());
        assertEquals(2, first.getCreated());
        assertEquals(2, first.getAccountsCreated());
        assertEquals(2, first.getMembershipsAdded());
        assertEquals("Kepala Impor", TenantContext.call(KPU, () -> profiles.profileOf(staff)).orElseThrow().ppkName());

        String orgId = keycloak.findOrganizationId(KPU).orElseThrow();
        String staffId = keycloak.findUserId(staff).orElseThrow();
        assertTrue(keycloak.memberIds(orgId).contains(staffId), "the account is a member of the agency");

        PegawaiImportJob again = importAndWait(RATNA, csv);
        assertEquals(Status.DONE, again.getStatus(), again.getFailure());
        assertEquals(0, again.getCreated());
        assertEquals(0, again.getUpdated());
        assertEquals(2, again.getUnchanged());
        assertEquals(0, again.getAccountsCreated());
        assertEquals(0, again.getMembershipsAdded());
        assertEquals(staffId, keycloak.findUserId(staff).orElseThrow(), "same account, no second one");

        // initial passwords: issued once for the accounts the first import created
        List<PegawaiImportService.InitialPassword> passwords =
                TenantContext.call(KPU, () -> imports.issueInitialPasswords(RATNA, first.getId()));
        assertEquals(List.of(lead, staff).stream().sorted().toList(),
                passwords.stream().map(PegawaiImportService.InitialPassword::nip).toList());
        assertTrue(passwords.stream().allMatch(p -> p.password().length() == 12));
        assertTrue(TenantContext.call(KPU, () -> imports.issueInitialPasswords(RATNA, first.getId())).isEmpty(),
                "shown once");

        // a changed row updates that pegawai only
        PegawaiImportJob changed = importAndWait(RATNA, csv.replace("Staf Impor", "Staf Impor Baru"));
        assertEquals(1, changed.getUpdated());
        assertEquals(1, changed.getUnchanged());
    }

    @Test
    void anAccountOfAnotherAgencyOnlyGainsMembership() {
        String nip = TestNips.randomNip();
        String userId = keycloak.createUser(nip, "lain." + Long.toHexString(System.nanoTime()) + "@example.go.id",
                "Pegawai Bawaslu", "Rahasia-12345");
        String bawaslu = keycloak.findOrganizationId("bawaslu-lebong").orElseThrow();
        keycloak.addMember(bawaslu, userId);

        PegawaiImportJob job = importAndWait(RATNA, HEADER + "\n" + row(nip, "Pegawai Bawaslu", "hukum-sdm", "", ""));
        assertEquals(Status.DONE, job.getStatus(), job.getFailure());
        assertEquals(0, job.getAccountsCreated());
        assertEquals(1, job.getAccountsExisting());
        assertEquals(1, job.getMembershipsAdded());
        assertEquals(userId, keycloak.findUserId(nip).orElseThrow());
        assertTrue(keycloak.memberIds(keycloak.findOrganizationId(KPU).orElseThrow()).contains(userId));
        assertTrue(keycloak.memberIds(bawaslu).contains(userId), "still a member of the first agency");
    }

    @Test
    void onlyAdminsImportAndNobodyReadsAnotherAgencysJob() {
        byte[] csv = (HEADER + "\n" + row(TestNips.randomNip(), "Siapa", "hukum-sdm", "", "")).getBytes(StandardCharsets.UTF_8);
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> TenantContext.run(KPU, () -> imports.start(MADE, "x.csv", csv)));
        assertEquals("access.roleRequired", refused.messageKey());
        // an admin of another agency is not a pegawai of this one
        assertThrows(AccessDeniedException.class, () -> TenantContext.run(KPU, () -> imports.start(EKA, "x.csv", csv)));

        PegawaiImportJob mine = importAndWait(RATNA, new String(csv, StandardCharsets.UTF_8));
        assertThrows(AccessDeniedException.class, () -> TenantContext.run(KPU, () -> imports.job(MADE, mine.getId())));
        Optional<PegawaiImportJob> elsewhere = TenantContext.call("bawaslu-lebong", () -> imports.job(EKA, mine.getId()));
        assertTrue(elsewhere.isEmpty() || !"test.csv".equals(elsewhere.get().getFileName())
                        || elsewhere.get().getStartedBy().equals(EKA.username()),
                "bawaslu-lebong never sees kpu-dki's job");
        assertFalse(elsewhere.isPresent() && RATNA.username().equals(elsewhere.get().getStartedBy()));
    }

    @Test
    void aJobOrphanedByACrashedNodeShowsAsFailedNotRunningForever() {
        // a job row as a node leaves it when it dies half-way through the accounts step
        long orphan = TenantContext.call(KPU, () -> jobs.create("mati.csv", RATNA.username()));
        TenantContext.run(KPU, () -> jobs.phase(orphan, Status.ACCOUNTS, 5000));
        long alive = TenantContext.call(KPU, () -> jobs.create("hidup.csv", RATNA.username()));
        TenantContext.run(KPU, () -> jobs.phase(alive, Status.ACCOUNTS, 5000));
        probe.ageImportJob(KPU, orphan, 11);
        probe.ageImportJob(KPU, alive, 2);

        PegawaiImportJob polled = TenantContext.call(KPU, () -> imports.job(RATNA, orphan).orElseThrow());
        assertEquals(Status.FAILED, polled.getStatus());
        assertTrue(polled.getFailure().startsWith("Impor terhenti"), polled.getFailure());
        assertTrue(polled.getFailure().contains("Import the same file again"), polled.getFailure());
        assertTrue(polled.getFinishedAt() != null);
        // a job that reported two minutes ago is still running, also in the list of recent jobs
        assertEquals(Status.ACCOUNTS, TenantContext.call(KPU, () -> imports.job(RATNA, alive).orElseThrow()).getStatus());
        List<PegawaiImportJob> recent = TenantContext.call(KPU, () -> imports.recentJobs(RATNA));
        assertEquals(Status.ACCOUNTS, recent.stream().filter(j -> j.getId() == alive).findFirst().orElseThrow().getStatus());
        assertEquals(Status.FAILED, recent.stream().filter(j -> j.getId() == orphan).findFirst().orElseThrow().getStatus());
        // the list marks orphans too, without anyone opening the job
        probe.ageImportJob(KPU, alive, 30);
        assertEquals(Status.FAILED, TenantContext.call(KPU, () -> imports.recentJobs(RATNA)).stream()
                .filter(j -> j.getId() == alive).findFirst().orElseThrow().getStatus());
        // a finished job stays as it was, however old
        probe.ageImportJob(KPU, orphan, 600);
        assertEquals(polled.getFailure(), TenantContext.call(KPU, () -> imports.job(RATNA, orphan).orElseThrow()).getFailure());
    }

    @Test
    void anUnusableFileIsRefusedAtOnce() {
        ImportFileException e = assertThrows(ImportFileException.class, () -> TenantContext.run(KPU,
                () -> imports.start(RATNA, "foto.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0})));
        assertEquals("org.import.error.notSpreadsheet", e.problem().key());
        assertNotEquals(0, e.problem().key().length());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
