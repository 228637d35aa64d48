package id.ekinerja.application.skp;

import id.ekinerja.application.security.Actor;
import id.ekinerja.application.security.TenantAuthorization;
import id.ekinerja.domain.model.skp.SkpStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The agency's SKP list for admins, the API and exports: the latest revision of each pegawai's SKP of a year,
 * one query with the owner, unit and PPK joined (no per-row lookups).
 */
@Stateless
public class SkpListing {
    public record Line(long skpId, String nip, String name, String jabatan, String unitName, String ppkNip,
                       String ppkName, int year, int revision, SkpStatus status, OffsetDateTime updatedAt) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantAuthorization auth;

    private static final String LATEST = " from Skp s join s.pegawai p left join p.unit u left join s.ppk k"
            + " where s.year = :y and s.revision = (select max(r.revision) from Skp r where r.pegawai = s.pegawai"
            + " and r.year = s.year)";

    public long count(Actor actor, int year) {
        auth.requireAdmin(actor);
        return em.createQuery("select count(s)" + LATEST, Long.class).setParameter("y", year).getSingleResult();
    }

    /** Ordered by unit, then name; {@code max} is capped at 1,000 per call. */
    public List<Line> list(Actor actor, int year, int first, int max) {
        auth.requireAdmin(actor);
        return em.createQuery("select new id.ekinerja.application.skp.SkpListing$Line(s.id, p.nip, p.name, p.jabatan,"
                        + " u.name, k.nip, k.name, s.year, s.revision, s.status, s.updatedAt)" + LATEST
                        + " order by u.name, p.name, p.nip", Line.class)
                .setParameter("y", year).setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 1000))
                .getResultList();
    }
}
