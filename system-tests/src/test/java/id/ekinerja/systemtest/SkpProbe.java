package id.ekinerja.systemtest;

import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Test-only EJB: reads what the SKP services recorded, through the real persistence unit. */
@Stateless
public class SkpProbe {
    @PersistenceContext
    EntityManager em;

    /** "ACTION by actor: detail" of one SKP's activity log entries, oldest first. */
    public List<String> activity(String tenant, long skpId) {
        return TenantContext.call(tenant, () -> em.createQuery("select a.action || ' by ' || a.actor || ': ' || a.detail"
                        + " from ActivityLogEntry a where a.entity = 'skp' and a.entityId = :id order by a.id", String.class)
                .setParameter("id", String.valueOf(skpId)).getResultList());
    }

    public long anyRhkId(String tenant) {
        return TenantContext.call(tenant, () -> em.createQuery("select max(r.id) from Rhk r", Long.class).getSingleResult());
    }
}
