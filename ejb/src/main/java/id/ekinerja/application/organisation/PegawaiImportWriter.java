package id.ekinerja.application.organisation;

import id.ekinerja.application.activity.TenantActivity;
import id.ekinerja.application.organisation.PegawaiImportValidator.Existing;
import id.ekinerja.domain.model.organisation.Pegawai;
import id.ekinerja.domain.model.organisation.UnitKerja;
import id.ekinerja.tenantconfig.EmployeeType;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The database side of an import: what exists (for validation), and writing all pegawai in one transaction. */
@Stateless
public class PegawaiImportWriter {
    @PersistenceContext
    EntityManager em;

    @EJB
    ImportJobs jobs;

    @Inject
    Event<TenantActivity> activity;

    public record Snapshot(Set<String> unitCodes, Map<String, Existing> pegawai) {
    }

    /** What the write did to one pegawai. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** The totals, and the outcome of each NIP (in the drafts' order). */
    public record Counts(int created, int updated, int unchanged, Map<String, Outcome> outcomes) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Snapshot snapshot() {
        Set<String> units = new HashSet<>(em.createQuery("select u.code from UnitKerja u", String.class).getResultList());
        Map<String, Existing> pegawai = new HashMap<>();
        em.createQuery("select p.nip, p.employeeType, s.nip, p.email from Pegawai p left join p.ppk s", Object[].class)
                .getResultStream()
                .forEach(r -> pegawai.put((String) r[0], new Existing((String) r[0], (EmployeeType) r[1],
                        (String) r[2], (String) r[3])));
        return new Snapshot(units, pegawai);
    }

    /**
     * Creates or updates every pegawai of the file in ONE transaction: any failure leaves the agency as it
     * was. Rows equal to what is stored are not touched (no version change), so re-importing a file changes
     * nothing.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Counts write(long jobId, List<PegawaiDraft> drafts, String actor) {
        return write(jobId, drafts, actor, false);
    }

    /**
     * @param logEachChange also one activity entry per created or changed pegawai (the API's sync, whose
     *                      changes arrive without a file the admin could look at later)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Counts write(long jobId, List<PegawaiDraft> drafts, String actor, boolean logEachChange) {
        Map<String, UnitKerja> units = new HashMap<>();
        em.createQuery("select u from UnitKerja u", UnitKerja.class).getResultList().forEach(u -> units.put(u.getCode(), u));
        Map<String, Pegawai> byNip = new HashMap<>();
        em.createQuery("select distinct p from Pegawai p left join fetch p.roles left join fetch p.ppk",
                Pegawai.class).getResultList().forEach(p -> byNip.put(p.getNip(), p));

        int created = 0;
        Set<String> changed = new HashSet<>();
        Set<String> fresh = new HashSet<>();
        int done = 0;
        for (PegawaiDraft d : drafts) {
            Pegawai p = byNip.get(d.nip());
            UnitKerja unit = units.get(d.unitCode());
            if (p == null) {
                p = new Pegawai(d.nip(), d.type(), d.name(), d.email(), unit);
                p.assignPosition(d.jabatan(), d.jabatanKind(), d.jenjang(), d.pangkatGolongan());
                if (d.roles() != null) {
                    p.assignRoles(d.roles());
                }
                em.persist(p);
                byNip.put(d.nip(), p);
                fresh.add(d.nip());
                created++;
                changed.add(d.nip());
            } else if (!same(p, d, unit)) {
                p.describe(d.name(), d.email());
                p.assignPosition(d.jabatan(), d.jabatanKind(), d.jenjang(), d.pangkatGolongan());
                p.placeIn(unit);
                if (d.roles() != null) {
                    p.assignRoles(d.roles());
                }
                changed.add(d.nip());
            }
            if (++done % 1000 == 0) {
                jobs.progress(jobId, done / 2);
            }
        }
        done = 0;
        for (PegawaiDraft d : drafts) {
            Pegawai p = byNip.get(d.nip());
            Pegawai ppk = d.ppkNip() == null ? null : byNip.get(d.ppkNip());
            String current = p.getPpk() == null ? null : p.getPpk().getNip();
            if (!Objects.equals(current, d.ppkNip())) {
                p.reportTo(ppk);
                changed.add(d.nip());
            }
            if (++done % 1000 == 0) {
                jobs.progress(jobId, (drafts.size() + done) / 2);
            }
        }
        em.flush();
        int updated = changed.size() - created;
        Map<String, Outcome> outcomes = new java.util.LinkedHashMap<>();
        for (PegawaiDraft d : drafts) {
            Outcome o = fresh.contains(d.nip()) ? Outcome.CREATED
                    : changed.contains(d.nip()) ? Outcome.UPDATED : Outcome.UNCHANGED;
            outcomes.put(d.nip(), o);
            if (logEachChange && o != Outcome.UNCHANGED) {
                activity.fire(new TenantActivity(actor, o == Outcome.CREATED ? "PEGAWAI_CREATE" : "PEGAWAI_UPDATE",
                        "pegawai", d.nip(), "sinkronisasi API #" + jobId));
            }
        }
        Counts counts = new Counts(created, updated, drafts.size() - changed.size(), outcomes);
        if (!changed.isEmpty()) {
            activity.fire(new TenantActivity(actor, "PEGAWAI_IMPORT", "org_import_job", String.valueOf(jobId),
                    counts.created() + " baru, " + counts.updated() + " diubah, " + counts.unchanged() + " tetap"));
        }
        return counts;
    }

    private static boolean same(Pegawai p, PegawaiDraft d, UnitKerja unit) {
        return p.getName().equals(d.name())
                && Objects.equals(p.getEmail(), d.email())
                && Objects.equals(p.getPangkatGolongan(), d.pangkatGolongan())
                && Objects.equals(p.getJabatan(), d.jabatan())
                && p.getJabatanKind() == d.jabatanKind()
                && Objects.equals(p.getJenjang(), d.jenjang())
                && p.getUnit() != null && p.getUnit().getCode().equals(unit.getCode())
                && (d.roles() == null || p.getRoles().equals(d.roles()));
    }
}
