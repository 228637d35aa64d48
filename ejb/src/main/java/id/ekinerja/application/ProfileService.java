package id.ekinerja.application;

import id.ekinerja.domain.model.organisation.Pegawai;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Reads of the current tenant (selected by the caller) for the signed-in person. */
@Stateless
public class ProfileService {
    @PersistenceContext
    private EntityManager em;

    public Optional<Profile> profileOf(String nip) {
        return em.createQuery("select p from Pegawai p left join fetch p.unit left join fetch p.ppk"
                        + " where p.nip = :nip and p.active = true", Pegawai.class)
                .setParameter("nip", nip)
                .getResultStream()
                .findFirst()
                .map(p -> new Profile(p.getId(), p.getName(), p.getFormattedNip(), p.getJabatan(),
                        p.getPangkatGolongan(), p.getUnit() == null ? null : p.getUnit().getName(),
                        p.getPpk() == null ? null : p.getPpk().getName(), p.getRoles(), subordinates(p)));
    }

    private long subordinates(Pegawai p) {
        return em.createQuery("select count(s) from Pegawai s where s.ppk = :p and s.active = true", Long.class)
                .setParameter("p", p).getSingleResult();
    }
}
