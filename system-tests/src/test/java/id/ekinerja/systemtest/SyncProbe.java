package id.ekinerja.systemtest;

import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;

/** Test-only EJB for {@link SyncApiIT}: what the sync left in a tenant's activity log and pegawai table. */
@Stateless
public class SyncProbe {
    @PersistenceContext
    EntityManager em;

    /** Activity entries about these pegawai (PEGAWAI_CREATE / PEGAWAI_UPDATE…). */
    public long activityAbout(String tenant, Collection<String> nips) {
        return TenantContext.call(tenant, () -> em.createQuery(
                        "select count(a) from ActivityLogEntry a where a.entity = 'pegawai' and a.entityId in :nips",
                        Long.class).setParameter("nips", nips).getSingleResult());
    }

    public long pegawaiCount(String tenant, Collection<String> nips) {
        return TenantContext.call(tenant, () -> em.createQuery(
                "select count(p) from Pegawai p where p.nip in :nips", Long.class).setParameter("nips", nips)
                .getSingleResult());
    }
}
