package id.ekinerja.application.notification;

import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.domain.model.skp.PeriodStatus;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * "An evaluation window is about to close", for the current tenant, in one transaction: every active pegawai is
 * told once per window. The reminder row (primary key window + NIP + kind) is inserted first with
 * {@code ON CONFLICT DO NOTHING}; only the rows actually inserted are notified, so a second run — on this node
 * or another running at the same moment — tells nobody again.
 */
@Stateless
public class WindowClosingNotices {
    public static final String KIND = "WINDOW_CLOSING";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<NotificationRequested> notifications;

    /** Notifies for windows open on {@code today} that close within {@code days} days; returns notifications made. */
    public int notifyClosing(LocalDate today, int days) {
        // no alias on the fetch join: Hibernate 6.6 refuses one here (JPA compliance)
        List<EvaluationWindow> closing = em.createQuery("select w from EvaluationWindow w join fetch w.period"
                        + " where w.period.status = :open and w.opensOn <= :today and w.closesOn >= :today and w.closesOn <= :last"
                        + " order by w.closesOn, w.id", EvaluationWindow.class)
                .setParameter("open", PeriodStatus.OPEN).setParameter("today", today)
                .setParameter("last", today.plusDays(days)).getResultList();
        int told = 0;
        for (EvaluationWindow w : closing) {
            @SuppressWarnings("unchecked")
            List<String> newlyReminded = em.createNativeQuery("insert into notification_reminder"
                            + " (evaluation_window_id, recipient_nip, kind, created_at)"
                            + " select ?1, p.nip, ?2, now() from pegawai p where p.active"
                            + " on conflict do nothing returning recipient_nip")
                    .setParameter(1, w.getId()).setParameter(2, KIND).getResultList();
            long left = ChronoUnit.DAYS.between(today, w.getClosesOn());
            String when = DATE.format(w.getClosesOn());
            String subject = "Pengingat: jendela " + w.label() + " ditutup " + (left == 0 ? "hari ini" : "pada " + when);
            String body = "Yth. Bapak/Ibu,\n\nJendela " + w.label() + " akan ditutup pada " + when
                    + (left == 0 ? " (hari ini)" : " (" + left + " hari lagi)") + ". Lengkapi rencana aksi, realisasi"
                    + " dan bukti dukung Anda sebelum tanggal tersebut; setelah jendela ditutup, isian untuk periode ini"
                    + " tidak dapat diubah lagi.";
            for (Object nip : newlyReminded) {
                notifications.fire(new NotificationRequested(String.valueOf(nip).trim(), KIND, subject, body, "skp/my.xhtml"));
                told++;
            }
        }
        return told;
    }
}
