package id.ekinerja.application.skp;

import id.ekinerja.domain.model.activity.ActivityLogEntry;
import id.ekinerja.domain.model.organisation.Pegawai;
import id.ekinerja.domain.model.skp.AnnualPeriod;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.domain.model.skp.Aspek;
import id.ekinerja.domain.model.skp.Iki;
import id.ekinerja.domain.model.skp.JenisRhk;
import id.ekinerja.domain.model.skp.Pendekatan;
import id.ekinerja.domain.model.skp.Perspektif;
import id.ekinerja.domain.model.skp.Rhk;
import id.ekinerja.domain.model.skp.Skp;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.tenantconfig.CoreValue;
import id.ekinerja.tenantconfig.JabatanKind;
import id.ekinerja.tenantconfig.TenantDefinition;
import id.ekinerja.tenantconfig.TenantRole;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Demo mode only: opens the demo year's period and gives the top leader and the heads directly under them
 * approved SKP, so staff can draft and intervene at once and pages have realistic data. Goes through the
 * domain (draft, submit, approve) so the rows are exactly what the application would have made.
 */
@Stateless
public class DemoSkpSeeder {
    private static final String ACTOR = "system";

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void seed(TenantDefinition definition) {
        TenantContext.run(definition.code(), () -> {
            int year = definition.settings().annualPeriodYear();
            AnnualPeriod period = new AnnualPeriod(year, ACTOR);
            em.persist(period);
            EvaluationWindow.generate(period, definition.settings().evaluationScheme(), ACTOR).forEach(em::persist);
            List<Pegawai> people = em.createQuery("select p from Pegawai p left join fetch p.ppk left join fetch p.unit",
                    Pegawai.class).getResultList();
            Pegawai admin = people.stream().filter(p -> p.hasRole(TenantRole.ADMIN_INSTANSI)).findFirst().orElse(null);
            for (Pegawai leader : people.stream().filter(p -> p.getPpk() == null).toList()) {
                if (admin == null || admin == leader) {
                    continue;
                }
                Skp top = approved(leader, year, null, admin, true);
                for (Pegawai head : people.stream().filter(p -> p.getPpk() == leader).toList()) {
                    approved(head, year, top, leader, false);
                }
            }
            em.persist(new ActivityLogEntry(ACTOR, "SKP_DEMO_SEED", "annual_period", String.valueOf(year),
                    "Periode " + year + " dibuka; SKP pimpinan dan kepala unit disetujui (data demo)"));
        });
    }

    private Skp approved(Pegawai owner, int year, Skp superior, Pegawai approver, boolean onBehalf) {
        String unit = owner.getUnit() == null ? "unit kerja" : owner.getUnit().getName();
        boolean jpt = owner.getJabatanKind() == JabatanKind.JPT;
        Skp skp = new Skp(owner, year, ACTOR);
        em.persist(skp);
        Rhk first = superior == null ? null : superior.getRhk().get(0);
        Rhk second = superior == null ? null : superior.getRhk().get(superior.getRhk().size() - 1);
        skp.replaceContent(Pendekatan.KUANTITATIF, List.of(
                new Rhk(JenisRhk.UTAMA, "Terselenggaranya layanan " + unit + " yang tepat waktu dan akuntabel", first,
                        List.of(iki("Persentase layanan diselesaikan tepat waktu", "95", "persen", jpt,
                                Aspek.WAKTU, Perspektif.PENERIMA_LAYANAN),
                                iki("Jumlah dokumen layanan yang diselesaikan", "120", "dokumen", jpt,
                                        Aspek.KUANTITAS, Perspektif.PROSES_BISNIS))),
                new Rhk(JenisRhk.UTAMA, "Tersusunnya laporan kinerja " + unit + " yang berkualitas", second,
                        List.of(iki("Nilai evaluasi laporan kinerja", "80", "nilai", jpt, Aspek.KUALITAS,
                                Perspektif.PENGUATAN_INTERNAL)))),
                "Anggaran DIPA " + year + "; sumber daya manusia " + unit,
                "Laporan capaian triwulanan kepada pimpinan", "Evaluasi dan pembinaan bila target tidak tercapai",
                ACTOR);
        skp.submit(ACTOR);
        skp.approve(approver, Map.of(CoreValue.AKUNTABEL, "Menyampaikan laporan tepat waktu dan dapat dipertanggungjawabkan"),
                onBehalf);
        em.flush();
        return skp;
    }

    private static Iki iki(String indicator, String target, String unit, boolean jpt, Aspek aspek, Perspektif perspektif) {
        return new Iki(indicator, new BigDecimal(target), unit, null, jpt ? null : aspek, jpt ? perspektif : null);
    }
}
