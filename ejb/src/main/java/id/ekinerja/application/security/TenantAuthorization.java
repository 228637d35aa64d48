package id.ekinerja.application.security;

import id.ekinerja.domain.model.organisation.Pegawai;
import id.ekinerja.tenantconfig.TenantRole;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;

/** Resolves an {@link Actor} to a pegawai of the current tenant and checks tenant roles. */
/*
 * A session bean, not a CDI bean: a CDI bean with @PersistenceContext makes Weld resolve the persistence unit
 * while the deployment starts, which raced WildFly's installation of the unit ("service jboss.persistenceunit
 * ... not found" on some redeploys). EJBs get their EntityManager from their own component injection instead.
 */
@Stateless
public class TenantAuthorization {
    @PersistenceContext
    EntityManager em;

    /** The active pegawai behind the actor in the current tenant. */
    public Pegawai pegawai(Actor actor) {
        return em.createQuery("select p from Pegawai p where p.nip = :nip and p.active = true", Pegawai.class)
                .setParameter("nip", actor.username())
                .getResultStream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("access.notPegawai"));
    }

    /** The actor's pegawai, provided they hold at least one of the roles. */
    public Pegawai requireRole(Actor actor, TenantRole... roles) {
        Pegawai p = pegawai(actor);
        if (Arrays.stream(roles).noneMatch(p::hasRole)) {
            throw new AccessDeniedException("access.roleRequired");
        }
        return p;
    }

    /** Admin instansi or pengelola kinerja: those who maintain the agency's data. */
    public Pegawai requireAdmin(Actor actor) {
        return requireRole(actor, TenantRole.ADMIN_INSTANSI, TenantRole.PENGELOLA_KINERJA);
    }
}
