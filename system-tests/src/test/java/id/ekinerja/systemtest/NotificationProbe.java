package id.ekinerja.systemtest;

import id.ekinerja.application.notification.NotificationRequested;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.domain.model.notification.Notification;
import id.ekinerja.domain.model.notification.OutgoingMail;
import id.ekinerja.domain.model.organisation.Pegawai;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.tenantconfig.EmployeeType;
import id.ekinerja.tenantconfig.JabatanKind;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Test-only EJB for the notification tests: sets up people, fires events, reads inbox and outbox rows. */
@Stateless
public class NotificationProbe {
    @PersistenceContext
    EntityManager em;

    @Inject
    Event<NotificationRequested> notifications;

    @EJB
    SkpService skp;

    /** A new active pegawai (random NIP) reporting to {@code ppkNip}, outside any unit so no unit's figures change. */
    public String newPegawai(String tenant, String ppkNip, String name, String email) {
        return TenantContext.call(tenant, () -> {
            Pegawai ppk = em.createQuery("select p from Pegawai p where p.nip = :n", Pegawai.class)
                    .setParameter("n", ppkNip).getSingleResult();
            Pegawai p = new Pegawai(TestNips.randomNip(), EmployeeType.PNS, name, email, null);
            p.assignPosition("Pengadministrasi Umum", JabatanKind.PELAKSANA, null, "Pengatur (II/c)");
            p.reportTo(ppk);
            em.persist(p);
            return p.getNip();
        });
    }

    /** Takes a test pegawai out of everyone's lists once the test is done. */
    public void deactivate(String tenant, String nip) {
        TenantContext.run(tenant, () -> em.createQuery("update Pegawai p set p.active = false where p.nip = :n")
                .setParameter("n", nip).executeUpdate());
    }

    public void fire(String tenant, NotificationRequested request) {
        TenantContext.run(tenant, () -> notifications.fire(request));
    }

    /** Submits the SKP, then fails: the whole transaction, notification included, rolls back. */
    public void submitThenFail(String tenant, Actor owner, long skpId, int version) {
        TenantContext.run(tenant, () -> skp.submit(owner, skpId, version));
        throw new IllegalStateException("deliberate failure after submitting SKP " + skpId);
    }

    public List<Notification> notifications(String tenant, String nip, String kind) {
        return TenantContext.call(tenant, () -> em.createQuery("select n from Notification n where n.recipientNip = :n"
                        + " and n.kind = :k order by n.id", Notification.class)
                .setParameter("n", nip).setParameter("k", kind).getResultList());
    }

    public List<OutgoingMail> outbox(String tenant, long notificationId) {
        return TenantContext.call(tenant, () -> em.createQuery("select m from OutgoingMail m where m.notification.id = :id",
                OutgoingMail.class).setParameter("id", notificationId).getResultList());
    }

    public List<String> activeNips(String tenant) {
        return TenantContext.call(tenant, () -> em.createQuery("select p.nip from Pegawai p where p.active = true",
                String.class).getResultList());
    }

    /** A periodic window of the tenant open on {@code day} (the one closing first). */
    public id.ekinerja.domain.model.skp.EvaluationWindow openPeriodicWindow(String tenant, java.time.LocalDate day) {
        return TenantContext.call(tenant, () -> em.createQuery("select w from EvaluationWindow w join fetch w.period"
                        + " where w.kind <> id.ekinerja.domain.model.skp.WindowKind.YEAR and w.opensOn <= :d"
                        + " and w.closesOn >= :d order by w.closesOn", id.ekinerja.domain.model.skp.EvaluationWindow.class)
                .setParameter("d", day).setMaxResults(1).getSingleResult());
    }

    /** How many notifications of a kind whose subject contains {@code part} each of these people has. */
    public long countFor(String tenant, String nip, String kind, String part) {
        return TenantContext.call(tenant, () -> em.createQuery("select count(n) from Notification n where n.recipientNip = :n"
                        + " and n.kind = :k and n.subject like :s", Long.class).setParameter("n", nip).setParameter("k", kind)
                .setParameter("s", "%" + part + "%").getSingleResult());
    }
}
