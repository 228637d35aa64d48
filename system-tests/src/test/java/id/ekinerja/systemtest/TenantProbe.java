package id.ekinerja.systemtest;

import id.ekinerja.domain.model.activity.ActivityLogEntry;
import id.ekinerja.domain.model.organisation.Pegawai;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Test-only EJB deployed with the in-container tests: reads and writes through the real persistence unit. */
@Stateless
public class TenantProbe {
    @PersistenceContext
    EntityManager em;

    public void writeMarker(String tenant, String marker) {
        TenantContext.run(tenant, () -> {
            em.persist(new ActivityLogEntry("test", "TEST_MARKER", null, null, marker));
            em.flush();
        });
    }

    /** Writes a marker and then fails, so the transaction rolls back. */
    public void writeMarkerThenFail(String tenant, String marker) {
        writeMarker(tenant, marker);
        throw new IllegalStateException("deliberate failure after writing " + marker);
    }

    public List<String> markers(String tenant) {
        return TenantContext.call(tenant, () -> em.createQuery(
                        "select a.detail from ActivityLogEntry a where a.action = 'TEST_MARKER'", String.class)
                .getResultList());
    }

    public List<String> nips(String tenant) {
        return TenantContext.call(tenant, () -> em.createQuery("select p.nip from Pegawai p", String.class)
                .getResultList());
    }

    public Long idOf(String tenant, String nip) {
        return TenantContext.call(tenant, () -> em.createQuery("select p.id from Pegawai p where p.nip = :nip", Long.class)
                .setParameter("nip", nip).getSingleResult());
    }

    /** The NIP of the row with this id in this tenant, or null when the tenant has no such row. */
    public String nipOfId(String tenant, long id) {
        return TenantContext.call(tenant, () -> {
            Pegawai p = em.find(Pegawai.class, id);
            return p == null ? null : p.getNip();
        });
    }

    /** Touches tenant data without selecting a tenant: must fail. */
    public long countWithoutTenant() {
        return em.createQuery("select count(p) from Pegawai p", Long.class).getSingleResult();
    }

    /** Pretends the import job's node last reported {@code minutes} ago (it crashed then). */
    public void ageImportJob(String tenant, long jobId, int minutes) {
        TenantContext.run(tenant, () -> em.createNativeQuery("update org_import_job set heartbeat_at = now() - "
                        + "make_interval(mins => ?1), started_at = now() - make_interval(mins => ?1) where id = ?2")
                .setParameter(1, minutes).setParameter(2, jobId).executeUpdate());
    }
}
