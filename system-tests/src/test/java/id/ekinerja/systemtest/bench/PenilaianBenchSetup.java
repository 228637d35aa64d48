package id.ekinerja.systemtest.bench;

import id.ekinerja.domain.model.organisation.Pegawai;
import id.ekinerja.domain.model.organisation.UnitKerja;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.tenantconfig.EmployeeType;
import id.ekinerja.tenantconfig.JabatanKind;
import id.ekinerja.tenantconfig.RuleSet;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Bench-only: a unit tree of {@code units} units with {@code perUnit} pegawai each (the first is the head, whose
 * PPK is the parent unit's head), rated for a window in bulk SQL: per unit 1 Sangat Baik, Baik for most, 2 Butuh
 * Perbaikan and 1 Kurang (the curve for Baik holds), except every 100th unit where everyone is Baik (violated).
 */
@Stateless
public class PenilaianBenchSetup {
    @PersistenceContext
    EntityManager em;

    /** @return the root unit's id */
    public long tree(String tenant, int units, int perUnit, int fanOut) {
        return TenantContext.call(tenant, () -> {
            LocalDate firstBirth = LocalDate.of(1960 + ThreadLocalRandom.current().nextInt(20), 1, 1)
                    .plusDays(ThreadLocalRandom.current().nextInt(300));
            List<UnitKerja> all = new ArrayList<>();
            List<Long> heads = new ArrayList<>();
            int n = 0;
            for (int u = 0; u < units; u++) {
                UnitKerja parent = u == 0 ? null : em.getReference(UnitKerja.class, all.get((u - 1) / fanOut).getId());
                UnitKerja unit = new UnitKerja("b" + u, "Unit bench " + u, parent);
                em.persist(unit);
                all.add(unit);
                Pegawai head = null;
                for (int i = 0; i < perUnit; i++, n++) {
                    LocalDate birth = firstBirth.plusDays(n / 999);
                    String nip = String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(),
                            birth.getDayOfMonth(), birth.getYear() + 25, 1 + (n % 12), 1 + (n % 2), 1 + (n % 999));
                    Pegawai p = new Pegawai(nip, EmployeeType.PNS, "Pegawai " + n, null, unit);
                    boolean fungsional = i % 3 == 1;
                    p.assignPosition(i == 0 ? "Kepala unit " + u : "Staf", i == 0 ? JabatanKind.ADMINISTRATOR
                            : fungsional ? JabatanKind.FUNGSIONAL : JabatanKind.PELAKSANA, fungsional ? "Ahli Muda" : null, null);
                    p.reportTo(i == 0 ? (u == 0 ? null : em.getReference(Pegawai.class, heads.get((u - 1) / fanOut))) : head);
                    em.persist(p);
                    if (i == 0) {
                        head = p;
                        em.flush();
                        heads.add(p.getId());
                    }
                }
                if (u % 50 == 49) {
                    em.flush();
                    em.clear();
                    all.replaceAll(x -> em.getReference(UnitKerja.class, x.getId()));
                    head = null;
                }
            }
            em.flush();
            return all.get(0).getId();
        });
    }

    /** Organisation predikat Baik for every unit and a rating for every pegawai, in two SQL statements. */
    public int rate(String tenant, long windowId, String by) {
        return TenantContext.call(tenant, () -> {
            em.createNativeQuery("insert into organisation_predikat (window_id, unit_id, predikat, rule_set_version, set_by,"
                    + " set_at, finalised, version) select ?1, u.id, 'BAIK', ?2, ?3, now(), false, 0 from unit_kerja u"
                    + " where u.code like 'b%'").setParameter(1, windowId).setParameter(2, RuleSet.NATIONAL_VERSION)
                    .setParameter(3, by).executeUpdate();
            return em.createNativeQuery("insert into evaluation (window_id, pegawai_id, unit_id, ppk_id, rating_hasil_kerja,"
                    + " rating_perilaku, predikat, hasil_from_unit, rule_set_version, rated_by, rated_at, finalised, version)"
                    + " select ?1, id, unit_id, ppk_id,"
                    + "  case when violating or rn in (1,3,4,5,6,7,10) then 'SESUAI_EKSPEKTASI' when rn = 2 then 'DI_ATAS_EKSPEKTASI' else 'DI_BAWAH_EKSPEKTASI' end,"
                    + "  case when violating or rn not in (2,10) then 'SESUAI_EKSPEKTASI' when rn = 2 then 'DI_ATAS_EKSPEKTASI' else 'DI_BAWAH_EKSPEKTASI' end,"
                    + "  case when violating or rn in (1,3,4,5,6,7) then 'BAIK' when rn = 2 then 'SANGAT_BAIK' when rn = 10 then 'KURANG' else 'BUTUH_PERBAIKAN' end,"
                    + "  rn = 1, ?2, ?3, now(), false, 0"
                    + " from (select p.id, p.unit_id, p.ppk_id, row_number() over (partition by p.unit_id order by p.id) rn,"
                    + "       cast(substring(u.code from 2) as int) % 100 = 99 violating"
                    + "       from pegawai p join unit_kerja u on u.id = p.unit_id where u.code like 'b%') x")
                    .setParameter(1, windowId).setParameter(2, RuleSet.NATIONAL_VERSION).setParameter(3, by).executeUpdate();
        });
    }
}
