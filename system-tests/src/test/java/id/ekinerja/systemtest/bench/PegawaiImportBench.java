package id.ekinerja.systemtest.bench;

import id.ekinerja.systemtest.Deployments;

import id.ekinerja.application.CreatedTenant;
import id.ekinerja.application.NewTenant;
import id.ekinerja.application.PlatformService;
import id.ekinerja.application.organisation.PegawaiImportService;
import id.ekinerja.application.organisation.PegawaiRow;
import id.ekinerja.application.security.Actor;
import id.ekinerja.domain.model.organisation.PegawaiImportJob;
import id.ekinerja.domain.model.organisation.PegawaiImportJob.Status;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.ejb.EJB;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Imports generated files of {@code bench.import.sizes} pegawai (default 5000,50000) through the real import
 * service, each into a fresh agency, Keycloak accounts and memberships included, and prints the wall time
 * per phase and the server's heap (sampled every 250 ms, and after GC). Runs in the server (Arquillian), so
 * the heap is WildFly's. Not part of {@code mvn verify}: {@code -Pbench-import}. Asserts nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PegawaiImportBench {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.benchmark("bench.import.sizes", "5000,50000", PegawaiImportBench.class, PegawaiCsv.class);
    }

    @EJB
    PlatformService platform;

    @EJB
    PegawaiImportService imports;

    @Test
    void importGeneratedFiles() {
        String sizes = Deployments.setting("bench.import.sizes", "5000,50000");
        StringBuilder report = new StringBuilder("\n==== pegawai import benchmark ====\n");
        for (String s : sizes.split(",")) {
            report.append(run(Integer.parseInt(s.strip()))).append('\n');
            System.out.println(report);
        }
        System.out.println(report);
        java.util.logging.Logger.getLogger(PegawaiImportBench.class.getName()).info(report.toString());
    }

    private String run(int size) {
        String code = "bench-" + size + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));
        String adminNip = "198001012005011001";
        CreatedTenant tenant = platform.createTenant(new NewTenant(code, "Bench " + code, adminNip, "Admin Bench",
                "admin." + code + "@bench.example.id"), "bench");
        Actor admin = new Actor(tenant.adminUsername());
        byte[] file = generate(size, code);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        long maxHeap = heapBefore;
        Map<Status, Long> phaseStart = new EnumMap<>(Status.class);
        long begin = System.nanoTime();
        long jobId = TenantContext.call(code, () -> imports.start(admin, "bench.csv", file));
        PegawaiImportJob job;
        while (true) {
            job = TenantContext.call(code, () -> imports.job(admin, jobId).orElseThrow());
            phaseStart.putIfAbsent(job.getStatus(), System.nanoTime());
            maxHeap = Math.max(maxHeap, memory.getHeapMemoryUsage().getUsed());
            if (job.getStatus().finished()) {
                break;
            }
            sleep(250);
        }
        long total = System.nanoTime() - begin;
        System.gc();
        long heapAfter = memory.getHeapMemoryUsage().getUsed();
        StringBuilder phases = new StringBuilder();
        long previous = begin;
        Status previousStatus = null;
        for (Status st : new Status[] {Status.VALIDATING, Status.SAVING, Status.ACCOUNTS, Status.MEMBERSHIPS,
                job.getStatus()}) {
            Long at = phaseStart.get(st);
            if (at != null && previousStatus != null) {
                phases.append(String.format(" %s %.1f s;", previousStatus, (at - previous) / 1e9));
            }
            if (at != null) {
                previous = at;
                previousStatus = st;
            }
        }
        return String.format("%,d pegawai (%,d bytes CSV) → %s in %.1f s (%.0f rows/s); phases:%s created %d, accounts %d"
                        + " created / %d existing, memberships %d; heap before %d MB, peak %d MB, after GC %d MB (max %d MB)%s",
                size, file.length, job.getStatus(), total / 1e9, size / (total / 1e9), phases, job.getCreated(),
                job.getAccountsCreated(), job.getAccountsExisting(), job.getMembershipsAdded(), heapBefore >> 20,
                maxHeap >> 20, heapAfter >> 20, memory.getHeapMemoryUsage().getMax() >> 20,
                job.getFailure() == null ? "" : " FAILURE " + job.getFailure());
    }

    /** A generated import file: see {@link PegawaiCsv#generate}. */
    static byte[] generate(int size, String code) {
        return PegawaiCsv.generate(size, code);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
