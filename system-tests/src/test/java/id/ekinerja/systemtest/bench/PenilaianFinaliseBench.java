package id.ekinerja.systemtest.bench;

import id.ekinerja.systemtest.Deployments;

import id.ekinerja.application.CreatedTenant;
import id.ekinerja.application.NewTenant;
import id.ekinerja.application.PlatformService;
import id.ekinerja.application.penilaian.PenilaianService;
import id.ekinerja.application.penilaian.Views.TreeOutcome;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.skp.EvaluationWindows;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.domain.model.skp.WorkCalendar;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finalising the annual evaluation of a unit tree of {@code bench.penilaian.pegawai} pegawai (default 10,000: 1,000
 * units of 10, fan-out 10, four levels) in a fresh agency, through {@link PenilaianService#finaliseTree}: the
 * curve checked for every unit, 990 units finalised and 10 refused (their distribution violates the curve).
 * Prints the time; the set-up (people, ratings) is not timed. Not part of {@code mvn verify}:
 * {@code -Pbench-penilaian}. Asserts only that the work was done.
 */
@ExtendWith(ArquillianExtension.class)
class PenilaianFinaliseBench {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.benchmark("bench.penilaian.pegawai", "10000", PenilaianFinaliseBench.class, PenilaianBenchSetup.class);
    }

    @EJB
    PlatformService platform;

    @EJB
    SkpService skp;

    @EJB
    EvaluationWindows windows;

    @EJB
    PenilaianService penilaian;

    @EJB
    PenilaianBenchSetup setup;

    @Test
    void finaliseTheYearOfAUnitTree() throws Exception {
        int pegawai = Integer.parseInt(Deployments.setting("bench.penilaian.pegawai", "10000"));
        int perUnit = 10;
        int units = pegawai / perUnit;
        String code = "benchpen-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));
        CreatedTenant tenant = platform.createTenant(new NewTenant(code, "Bench " + code, "198001012005011001",
                "Admin Bench", "admin." + code + "@bench.example.id"), "bench");
        Actor admin = new Actor(tenant.adminUsername());
        LocalDate today = WorkCalendar.today();
        long t0 = System.nanoTime();
        long root = setup.tree(code, units, perUnit, 10);
        long windowId = TenantContext.call(code, () -> {
            skp.openPeriod(admin, today.getYear());
            EvaluationWindow w = windows.windows(today.getYear()).stream().filter(EvaluationWindow::isAnnual)
                    .findFirst().orElseThrow();
            windows.reschedule(admin, w.getId(), w.getVersion(), today.minusDays(1), today.plusDays(30));
            return w.getId();
        });
        int rated = setup.rate(code, windowId, admin.username());
        long t1 = System.nanoTime();

        long start = System.nanoTime();
        TreeOutcome outcome = TenantContext.call(code, () -> penilaian.finaliseTree(admin, windowId, root));
        long wall = System.nanoTime() - start;

        String report = String.format("%n==== penilaian finalisation benchmark ====%n%,d pegawai in %,d units (set-up %.1f s,"
                        + " %,d rated): finalised %,d units / %,d evaluations, refused %,d units, in %.2f s (service %d ms)%n"
                        + "first refusal: %s%n", units * perUnit, units, (t1 - t0) / 1e9, rated, outcome.unitsFinalised(),
                outcome.evaluationsFinalised(), outcome.refused().size(), wall / 1e9, outcome.millis(),
                outcome.refused().isEmpty() ? "-" : outcome.refused().get(0));
        System.out.println(report);
        java.util.logging.Logger.getLogger(PenilaianFinaliseBench.class.getName()).info(report);
        if (outcome.evaluationsFinalised() == 0 || outcome.refused().size() != units / 100) {
            throw new AssertionError(report);
        }
    }
}
