package id.ekinerja.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.application.security.Actor;
import id.ekinerja.application.skp.SkpContent;
import id.ekinerja.application.skp.SkpContent.IkiInput;
import id.ekinerja.application.skp.SkpContent.RhkInput;
import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.domain.model.skp.JenisRhk;
import id.ekinerja.domain.model.skp.Pendekatan;
import id.ekinerja.domain.model.skp.Perspektif;
import id.ekinerja.domain.model.skp.SkpStatus;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Latency of the SKP service calls inside the server against the real database, single-threaded: a
 * measurement printed for the report, with only a generous bound asserted (this machine is shared). Each round
 * uses its own year in kemensetneg (2040 onwards), so rounds start from the same state: the admin opens the
 * period, the leader's SKP is drafted, submitted and recorded on behalf, then a JPT under him drafts an SKP
 * that intervenes it, submits, and the leader approves it.
 */
@ExtendWith(ArquillianExtension.class)
class SkpLatencyIT {
    private static final String TENANT = "kemensetneg";
    private static final Actor MARIA = new Actor("198009092005012003"); // admin instansi
    private static final Actor ANDI = new Actor("196805171993031001");  // top leader, JPT
    private static final Actor CUT = new Actor("197512032000032001");   // JPT, PPK = Andi
    private static final int ROUNDS = 12;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ekinerja(SkpLatencyIT.class);
    }

    @EJB
    SkpService skp;

    private final Map<String, List<Long>> timings = new LinkedHashMap<>();

    @Test
    void measuresTheSkpUseCases() {
        for (int round = 0; round < ROUNDS + 2; round++) {
            boolean warmUp = round < 2;
            int year = 2040 + round;
            time("openPeriod", warmUp, () -> skp.openPeriod(MARIA, year));
            SkpDocument leader = time("startDraft", warmUp, () -> skp.startDraft(ANDI, year));
            SkpDocument saved = time("saveDraft", warmUp, () -> skp.saveDraft(ANDI, leader.id(), leader.version(),
                    content("Kebijakan kesekretariatan negara " + year, null)));
            SkpDocument submitted = time("submit", warmUp, () -> skp.submit(ANDI, saved.id(), saved.version()));
            time("inbox", warmUp, () -> skp.inbox(MARIA));
            time("approve", warmUp, () -> skp.approve(MARIA, submitted.id(), submitted.version(), Map.of()));
            long option = time("interventionOptions", warmUp, () -> skp.interventionOptions(CUT, year)).get(0).rhkId();
            SkpDocument cut = TenantContext.call(TENANT, () -> skp.startDraft(CUT, year));
            SkpDocument cutSaved = TenantContext.call(TENANT, () -> skp.saveDraft(CUT, cut.id(), cut.version(),
                    content("Dukungan kebijakan " + year, option)));
            SkpDocument cutSubmitted = TenantContext.call(TENANT, () -> skp.submit(CUT, cutSaved.id(), cutSaved.version()));
            SkpDocument approved = time("approve", warmUp,
                    () -> skp.approve(ANDI, cutSubmitted.id(), cutSubmitted.version(), Map.of()));
            assertEquals(SkpStatus.DISETUJUI, approved.status());
            time("view", warmUp, () -> skp.view(ANDI, approved.id()));
            time("waitingChain", warmUp, () -> skp.waitingChain(MARIA, year));
            time("matriks", warmUp, () -> skp.matriks(ANDI, year));
        }
        StringBuilder report = new StringBuilder("SKP service latency (ms, in-container, " + ROUNDS + " rounds):\n");
        timings.forEach((op, list) -> {
            List<Long> sorted = new ArrayList<>(list);
            sorted.sort(null);
            report.append(String.format("  %-20s n=%3d  p50=%6.1f  p95=%6.1f  max=%6.1f%n", op, sorted.size(),
                    ms(sorted.get(sorted.size() / 2)), ms(sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1)),
                    ms(sorted.get(sorted.size() - 1))));
        });
        System.out.println(report);
        timings.values().forEach(list -> list.forEach(t -> assertTrue(t < 5_000_000_000L, report.toString())));
    }

    private <T> T time(String op, boolean warmUp, Supplier<T> call) {
        long start = System.nanoTime();
        T result = TenantContext.call(TENANT, call);
        if (!warmUp) {
            timings.computeIfAbsent(op, k -> new ArrayList<>()).add(System.nanoTime() - start);
        }
        return result;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static SkpContent content(String rhk, Long intervened) {
        return new SkpContent(Pendekatan.KUANTITATIF, List.of(new RhkInput(JenisRhk.UTAMA, rhk, intervened, List.of(
                new IkiInput("Indeks kepuasan layanan", new BigDecimal("85"), "indeks", null, null, Perspektif.PENERIMA_LAYANAN),
                new IkiInput("Persentase rekomendasi ditindaklanjuti", new BigDecimal("90"), "persen", null, null,
                        Perspektif.PROSES_BISNIS)))),
                "DIPA", "Laporan triwulanan", "Evaluasi");
    }

}
