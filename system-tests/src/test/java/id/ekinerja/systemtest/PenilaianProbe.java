package id.ekinerja.systemtest;

import id.ekinerja.application.security.Actor;
import id.ekinerja.application.skp.EvaluationWindows;
import id.ekinerja.domain.model.organisation.Pegawai;
import id.ekinerja.domain.model.organisation.UnitKerja;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.domain.model.skp.WorkCalendar;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.tenantconfig.EmployeeType;
import id.ekinerja.tenantconfig.JabatanKind;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test-only EJB: builds fresh units and people for penilaian tests, and moves dates the way time would. */
@Stateless
public class PenilaianProbe {
    @PersistenceContext
    EntityManager em;

    @EJB
    EvaluationWindows windows;

    /**
     * A fresh unit with its head and staff, under a fresh parent unit whose head is the leader above. The first
     * staff member is fungsional Ahli Muda. Names sort in staff order ("Staf 1 …", "Staf 2 …").
     */
    public record Team(long parentUnitId, long unitId, String unitCode, long leaderId, String leaderNip, long headId,
                       String headNip, List<Long> staffIds, List<String> staffNips) implements Serializable {
        public Actor leader() {
            return new Actor(leaderNip);
        }

        public Actor head() {
            return new Actor(headNip);
        }

        public Actor staff(int i) {
            return new Actor(staffNips.get(i));
        }
    }

    public Team team(String tenant, int staff) {
        return TenantContext.call(tenant, () -> {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            UnitKerja parent = new UnitKerja("penp-" + tag, "Induk " + tag, null);
            UnitKerja unit = new UnitKerja("pen-" + tag, "Unit " + tag, parent);
            em.persist(parent);
            em.persist(unit);
            Pegawai leader = person("Pimpinan " + tag, parent, null, JabatanKind.JPT, null);
            Pegawai head = person("Kepala " + tag, unit, leader, JabatanKind.ADMINISTRATOR, null);
            List<Long> ids = new ArrayList<>();
            List<String> nips = new ArrayList<>();
            for (int i = 1; i <= staff; i++) {
                Pegawai p = person("Staf " + i + " " + tag, unit, head, i == 1 ? JabatanKind.FUNGSIONAL : JabatanKind.PELAKSANA,
                        i == 1 ? "Ahli Muda" : null);
                ids.add(p.getId());
                nips.add(p.getNip());
            }
            return new Team(parent.getId(), unit.getId(), unit.getCode(), leader.getId(), leader.getNip(), head.getId(),
                    head.getNip(), ids, nips);
        });
    }

    /** Adds a pegawai (no account) to an existing unit under a PPK, unless the NIP exists. */
    public void addStaff(String tenant, String nip, String name, String unitCode, String ppkNip) {
        TenantContext.run(tenant, () -> {
            if (!em.createQuery("select p from Pegawai p where p.nip = :n", Pegawai.class).setParameter("n", nip)
                    .getResultList().isEmpty()) {
                return;
            }
            UnitKerja unit = em.createQuery("select u from UnitKerja u where u.code = :c", UnitKerja.class)
                    .setParameter("c", unitCode).getSingleResult();
            Pegawai ppk = em.createQuery("select p from Pegawai p where p.nip = :n", Pegawai.class)
                    .setParameter("n", ppkNip).getSingleResult();
            Pegawai p = new Pegawai(nip, EmployeeType.PNS, name, null, unit);
            p.assignPosition("Pengadministrasi", JabatanKind.PELAKSANA, null, "Pengatur (II/c)");
            p.reportTo(ppk);
            em.persist(p);
        });
    }

    private Pegawai person(String name, UnitKerja unit, Pegawai ppk, JabatanKind kind, String jenjang) {
        Pegawai p = new Pegawai(TestNips.randomNip(), EmployeeType.PNS, name, null, unit);
        p.assignPosition("Jabatan " + name, kind, jenjang, "Penata (III/c)");
        p.reportTo(ppk);
        em.persist(p);
        em.flush();
        return p;
    }

    /** The current periodic window (opened today if needed) or the annual one (opened today), by an admin. */
    public long openWindow(String tenant, Actor admin, boolean annual) {
        return TenantContext.call(tenant, () -> {
            LocalDate today = WorkCalendar.today();
            int year = windows.windows(today.getYear()).isEmpty() ? today.getYear() - 1 : today.getYear();
            EvaluationWindow w = annual
                    ? windows.windows(year).stream().filter(EvaluationWindow::isAnnual).findFirst().orElseThrow()
                    : windows.currentPeriodic(year).orElseThrow();
            if (!w.isOpenOn(today)) {
                windows.reschedule(admin, w.getId(), w.getVersion(), today.minusDays(1), today.plusDays(30));
            }
            return w.getId();
        });
    }

    /** A periodic window of the year that is closed today (the first one). */
    public long closedPeriodicWindow(String tenant) {
        return TenantContext.call(tenant, () -> {
            LocalDate today = WorkCalendar.today();
            return windows.windows(today.getYear()).stream().filter(w -> !w.isAnnual() && !w.isOpenOn(today))
                    .findFirst().orElseThrow().getId();
        });
    }

    /** As if the evaluation had been finalised on another day (for the 14-day keberatan limit). */
    public void finalisedOn(String tenant, long evaluationId, LocalDate day) {
        TenantContext.run(tenant, () -> em.createNativeQuery("update evaluation set finalised_on = ?1 where id = ?2")
                .setParameter(1, day).setParameter(2, evaluationId).executeUpdate());
    }

    /** "ACTION by actor: detail" of the activity log entries of one entity, oldest first. */
    public List<String> activity(String tenant, String entity, long id) {
        return TenantContext.call(tenant, () -> em.createQuery("select a.action || ' by ' || a.actor || ': ' || a.detail"
                        + " from ActivityLogEntry a where a.entity = :e and a.entityId = :id order by a.id", String.class)
                .setParameter("e", entity).setParameter("id", String.valueOf(id)).getResultList());
    }
}
