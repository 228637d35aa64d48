package id.ekinerja.systemtest;

import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Test-only EJB: counts and reads what the pelaksanaan services stored, through the real persistence unit. */
@Stateless
public class PelaksanaanProbe {
    @PersistenceContext
    EntityManager em;

    /** Rows of bukti metadata and of stored bytes in the tenant: [pel_bukti, pel_bukti_content]. */
    public long[] evidenceRows(String tenant) {
        return TenantContext.call(tenant, () -> new long[] {
                em.createQuery("select count(b) from BuktiDukung b", Long.class).getSingleResult(),
                em.createQuery("select count(c) from BuktiContent c", Long.class).getSingleResult()});
    }

    /** "ACTION by actor: detail" of the tenant's activity entries of an entity kind and id, oldest first. */
    public List<String> activity(String tenant, String entity, long id) {
        return TenantContext.call(tenant, () -> em.createQuery("select a.action || ' by ' || a.actor || ': ' || a.detail"
                        + " from ActivityLogEntry a where a.entity = :e and a.entityId = :id order by a.id", String.class)
                .setParameter("e", entity).setParameter("id", String.valueOf(id)).getResultList());
    }

    /** The id of the window of a kind and sequence in a year, e.g. QUARTER 3 of 2026. */
    public long windowId(String tenant, int year, String kind, int sequence) {
        return TenantContext.call(tenant, () -> em.createQuery("select w.id from EvaluationWindow w where w.period.year = :y"
                        + " and w.kind = :k and w.sequence = :s", Long.class).setParameter("y", year)
                .setParameter("k", id.ekinerja.domain.model.skp.WindowKind.valueOf(kind)).setParameter("s", sequence).getSingleResult());
    }
}
