package id.ekinerja.application;

import id.ekinerja.domain.model.organisation.Pegawai;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Reads of the current tenant (selected by the caller) for the signed-in person. */
@Stateless
public class ProfileService {
    /** A profile with its person's unread notifications. */
    public record WithUnread(Profile profile, long unread) {
    }

    @PersistenceContext
    private EntityManager em;

    public Optional<Profile> profileOf(String nip) {
        return read(nip, false).map(WithUnread::profile);
    }

    /** The profile and the unread count in the same statement: every page header shows both. */
    public Optional<WithUnread> withUnread(String nip) {
        return read(nip, true);
    }

    private Optional<WithUnread> read(String nip, boolean unread) {
        // one statement for what every page header needs: the person, unit, PPK, roles and how many report to them.
        // The unread count compares with the parameter, not with p.nip: that column is char(18) and recipient_nip
        // varchar(18), so PostgreSQL cast the index's column and counted through every unread notification of the agency
        return em.createQuery("select p, (select count(s) from Pegawai s where s.ppk = p and s.active = true), "
                        + (unread ? "(select count(n) from Notification n where n.recipientNip = :nip and n.readAt is null)" : "0L")
                        + " from Pegawai p left join fetch p.unit left join fetch p.ppk left join fetch p.roles"
                        + " where p.nip = :nip and p.active = true", Object[].class)
                .setParameter("nip", nip)
                .getResultList() // the whole list: a row per role, and the roles are complete only after the last
                .stream()
                .findFirst()
                .map(row -> {
                    Pegawai p = (Pegawai) row[0];
                    return new WithUnread(new Profile(p.getId(), p.getName(), p.getFormattedNip(), p.getJabatan(),
                            p.getPangkatGolongan(), p.getUnit() == null ? null : p.getUnit().getName(),
                            p.getPpk() == null ? null : p.getPpk().getName(), p.getRoles(), (Long) row[1]), (Long) row[2]);
                });
    }
}
