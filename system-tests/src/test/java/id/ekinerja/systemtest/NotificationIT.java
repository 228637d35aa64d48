package id.ekinerja.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import id.ekinerja.application.notification.MailDispatcher;
import id.ekinerja.application.notification.NotificationLine;
import id.ekinerja.application.notification.NotificationRequested;
import id.ekinerja.application.notification.NotificationService;
import id.ekinerja.application.notification.WindowClosingJob;
import id.ekinerja.application.notification.WindowClosingNotices;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.skp.SkpContent;
import id.ekinerja.application.skp.SkpContent.IkiInput;
import id.ekinerja.application.skp.SkpContent.RhkInput;
import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.domain.model.notification.Notification;
import id.ekinerja.domain.model.notification.OutgoingMail;
import id.ekinerja.domain.model.skp.Aspek;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.domain.model.skp.JenisRhk;
import id.ekinerja.domain.model.skp.Pendekatan;
import id.ekinerja.domain.model.skp.SkpStatus;
import id.ekinerja.domain.model.skp.WorkCalendar;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.EJBException;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications end to end, inside the server, with a real SMTP server (GreenMail) started in the test on the
 * port WildFly's mail session points at. bawaslu-lebong: Sugeng Riyadi (head of a unit, approved 2026 SKP) is
 * the PPK of a new pegawai each test creates (outside any unit, deactivated at the end), so tests do not depend
 * on each other's data or disturb other tests' units.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationIT {
    private static final String BAWASLU = "bawaslu-lebong";
    private static final int YEAR = 2026;
    private static final Actor SUGENG = new Actor("198306112008121002");
    private static final String SUGENG_MAIL = "sugeng.riyadi@bawaslu-lebong.demo.ekinerja.id";
    private static final Actor EKA = new Actor("198401282009032002");
    private static final Actor RATNA_KPU = new Actor("198511172009042001");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ekinerjaWithLibraries(new Class<?>[]{GreenMail.class}, NotificationIT.class,
                NotificationProbe.class, SmtpServer.class, TestNips.class);
    }

    @EJB
    SkpService skp;

    @EJB
    NotificationService inbox;

    @EJB
    NotificationProbe probe;

    @EJB
    MailDispatcher dispatcher;

    @EJB
    WindowClosingJob windowJob;

    @Resource
    ManagedExecutorService executor;

    @Test
    void submittingAnSkpTellsThePpkInTheInboxAndByMailAndTheDecisionTellsTheOwner() throws Exception {
        String name = "Uji Notifikasi " + shortId();
        String ownerMail = "uji." + shortId() + "@bawaslu-lebong.test";
        Actor owner = new Actor(probe.newPegawai(BAWASLU, SUGENG.username(), name, ownerMail));
        try (SmtpServer smtp = SmtpServer.start()) {
            SkpDocument submitted = draftAndSubmit(owner, "Tertanganinya laporan pelanggaran " + shortId());

            Notification n = only(probe.notifications(BAWASLU, SUGENG.username(), "SKP_SUBMITTED"), "skp/view.xhtml?id=" + submitted.id());
            assertTrue(n.getSubject().contains(name), n.getSubject());
            assertNull(n.getReadAt());
            String subject = "SKP " + YEAR + " " + name + " menunggu persetujuan Anda";
            assertEquals(subject, n.getSubject());

            List<MimeMessage> mails = smtp.await(SmtpServer.to(SUGENG_MAIL, name), 20_000);
            assertEquals(1, mails.size(), "one mail to the PPK");
            assertEquals(subject, mails.get(0).getSubject());
            String body = SmtpServer.body(mails.get(0));
            // the absolute link, on the public base URL the deployment was given
            assertTrue(body.contains(System.getProperty("ekinerja.public.url") + "/t/" + BAWASLU + "/skp/view.xhtml?id="
                    + submitted.id()), body);
            assertEquals("e-kinerja@test.ekinerja.id", mails.get(0).getFrom()[0].toString());
            awaitStatus(n.getId(), OutgoingMail.Status.SENT);

            // the PPK returns it with a reason: the owner is told, with the reason, in the inbox and by mail
            SkpDocument returned = in(() -> skp.returnSkp(SUGENG, submitted.id(), submitted.version(),
                    "Target terlalu rendah, naikkan"));
            Notification back = only(probe.notifications(BAWASLU, owner.username(), "SKP_RETURNED"), null);
            assertTrue(back.getBody().contains("Target terlalu rendah, naikkan"), back.getBody());
            List<MimeMessage> returnedMail = smtp.await(SmtpServer.to(ownerMail, "dikembalikan"), 20_000);
            assertEquals(1, returnedMail.size());
            assertTrue(SmtpServer.body(returnedMail.get(0)).contains("Target terlalu rendah, naikkan"));

            // resubmitted and approved: the owner is told it is in force
            SkpDocument again = in(() -> skp.submit(owner, returned.id(), returned.version()));
            in(() -> skp.approve(SUGENG, again.id(), again.version(), Map.of()));
            only(probe.notifications(BAWASLU, owner.username(), "SKP_APPROVED"), null);
            assertEquals(1, smtp.await(SmtpServer.to(ownerMail, "disetujui"), 20_000).size());
        } finally {
            probe.deactivate(BAWASLU, owner.username());
        }
    }

    @Test
    void aRolledBackActionNotifiesNobody() throws Exception {
        Actor owner = new Actor(probe.newPegawai(BAWASLU, SUGENG.username(), "Uji Batal " + shortId(), null));
        try (SmtpServer smtp = SmtpServer.start()) {
            SkpDocument saved = draft(owner, "Terselesaikannya sengketa " + shortId());
            assertThrows(EJBException.class, () -> probe.submitThenFail(BAWASLU, owner, saved.id(), saved.version()));
            assertEquals(SkpStatus.DRAFT, in(() -> skp.view(owner, saved.id())).status());
            assertTrue(probe.notifications(BAWASLU, SUGENG.username(), "SKP_SUBMITTED").stream()
                    .noneMatch(n -> ("skp/view.xhtml?id=" + saved.id()).equals(n.getLink())), "no inbox row");
            assertTrue(smtp.await(SmtpServer.to(SUGENG_MAIL, "Uji Batal"), 3_000).isEmpty(), "no mail");
        } finally {
            probe.deactivate(BAWASLU, owner.username());
        }
    }

    @Test
    void withTheSmtpServerDownTheActionSucceedsAndTheMailIsRetriedLater() throws Exception {
        String name = "Uji Smtp Mati " + shortId();
        Actor owner = new Actor(probe.newPegawai(BAWASLU, SUGENG.username(), name, null));
        try {
            // no SMTP server listening: the submission still succeeds, promptly
            SkpDocument saved = draft(owner, "Terlaksananya pengawasan " + shortId());
            long start = System.nanoTime();
            SkpDocument submitted = in(() -> skp.submit(owner, saved.id(), saved.version()));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(SkpStatus.DIAJUKAN, submitted.status());
            assertTrue(millis < 3_000, "submit took " + millis + " ms");
            Notification n = only(probe.notifications(BAWASLU, SUGENG.username(), "SKP_SUBMITTED"),
                    "skp/view.xhtml?id=" + submitted.id());
            OutgoingMail failed = awaitAttempts(n.getId(), 1);
            assertEquals(OutgoingMail.Status.PENDING, failed.getStatus(), "kept for a retry");
            assertTrue(failed.getLastError() != null && !failed.getLastError().isBlank());
            assertTrue(failed.getNextAttemptAt().isAfter(OffsetDateTime.now()), "retry with back-off");
            assertTrue(failed.getMaxAttempts() > 1);

            // the server is back: the retry (run as of the due time) delivers it
            try (SmtpServer smtp = SmtpServer.start()) {
                dispatcher.retryDue(OffsetDateTime.now().plusHours(1));
                assertEquals(1, smtp.await(SmtpServer.to(SUGENG_MAIL, name), 20_000).size());
                OutgoingMail sent = only(probe.outbox(BAWASLU, n.getId()));
                assertEquals(OutgoingMail.Status.SENT, sent.getStatus());
                assertTrue(sent.getAttempts() >= 2, "attempts recorded: " + sent.getAttempts());
                // nothing is sent twice
                dispatcher.retryDue(OffsetDateTime.now().plusDays(10));
                Thread.sleep(500);
                assertEquals(1, smtp.await(SmtpServer.to(SUGENG_MAIL, name), 1).size());
            }
        } finally {
            probe.deactivate(BAWASLU, owner.username());
        }
    }

    @Test
    void onlyTheRecipientReadsAndMarksTheirNotifications() {
        String marker = "Uji privasi " + shortId();
        probe.fire(BAWASLU, new NotificationRequested(SUGENG.username(), "TEST", marker, "isi", "skp/my.xhtml"));
        Notification n = only(probe.notifications(BAWASLU, SUGENG.username(), "TEST").stream()
                .filter(x -> x.getSubject().equals(marker)).toList());
        long unread = in(() -> inbox.unreadCount(SUGENG));
        assertTrue(unread >= 1);

        // another person of the same agency: not in their list, and cannot mark or open it
        assertTrue(in(() -> inbox.page(EKA, 0, 100)).stream().noneMatch(l -> l.id() == n.getId()));
        assertEquals("ntf.access.denied", assertThrows(AccessDeniedException.class,
                () -> in(() -> { inbox.markRead(EKA, n.getId()); return null; })).messageKey());
        assertEquals("ntf.access.denied", assertThrows(AccessDeniedException.class,
                () -> in(() -> inbox.open(EKA, n.getId()))).messageKey());
        // another agency: the id is looked up in that agency's schema only
        assertThrows(AccessDeniedException.class,
                () -> TenantContext.call("kpu-dki", () -> { inbox.markRead(RATNA_KPU, n.getId()); return null; }));
        assertThrows(AccessDeniedException.class,
                () -> TenantContext.call("kpu-dki", () -> { inbox.markRead(SUGENG, n.getId()); return null; }));
        assertNull(only(probe.notifications(BAWASLU, SUGENG.username(), "TEST").stream()
                .filter(x -> x.getId().equals(n.getId())).toList()).getReadAt(), "still unread");
        assertEquals(unread, in(() -> inbox.unreadCount(SUGENG)));

        // the recipient: newest first, opens it (marked read, the link back), then marks all read
        List<NotificationLine> mine = in(() -> inbox.page(SUGENG, 0, 5));
        assertEquals(n.getId(), mine.get(0).id());
        assertEquals("skp/my.xhtml", in(() -> inbox.open(SUGENG, n.getId())));
        assertEquals(unread - 1, in(() -> inbox.unreadCount(SUGENG)));
        in(() -> inbox.markAllRead(SUGENG));
        assertEquals(0, in(() -> inbox.unreadCount(SUGENG)));
    }

    @Test
    void theWindowClosingJobTellsEveryActivePegawaiOncePerWindow() {
        EvaluationWindow window = probe.openPeriodicWindow(BAWASLU, WorkCalendar.today());
        LocalDate day = window.getClosesOn().minusDays(2); // within the default 3 days, window open
        assertTrue(window.isOpenOn(day));
        int first = windowJob.run(day);
        List<String> people = probe.activeNips(BAWASLU);
        assertTrue(first >= people.size(), "first run: " + first + " for " + people.size() + " in bawaslu");
        for (String nip : people) {
            assertEquals(1, probe.countFor(BAWASLU, nip, WindowClosingNotices.KIND, "jendela " + window.label() + " ditutup"), nip);
        }
        assertEquals(0, windowJob.run(day), "the second run tells nobody again");
        assertEquals(0, windowJob.run(day.plusDays(1)), "nor does the next day's");
        for (String nip : people) {
            assertEquals(1, probe.countFor(BAWASLU, nip, WindowClosingNotices.KIND, "jendela " + window.label() + " ditutup"), nip);
        }
        assertEquals(0, windowJob.run(window.getClosesOn().plusDays(1)), "a closed window is not announced");
    }

    @Test
    void twoNodesRunningTheJobAtTheSameMomentTellEachPersonOnce() throws Exception {
        // the periodic window after the one open today (it opens before today's closes, so it is open then)
        EvaluationWindow today = probe.openPeriodicWindow(BAWASLU, WorkCalendar.today());
        EvaluationWindow next = probe.openPeriodicWindow(BAWASLU, today.getClosesOn().plusDays(1));
        LocalDate day = next.getClosesOn().minusDays(1);
        // two "nodes": two threads with their own transactions, started together
        Future<Integer> a = executor.submit(() -> windowJob.run(day));
        Future<Integer> b = executor.submit(() -> windowJob.run(day));
        int told = a.get(2, TimeUnit.MINUTES) + b.get(2, TimeUnit.MINUTES);
        List<String> people = probe.activeNips(BAWASLU);
        assertTrue(told >= people.size(), "told " + told);
        for (String nip : people) {
            assertEquals(1, probe.countFor(BAWASLU, nip, WindowClosingNotices.KIND, "jendela " + next.label() + " ditutup"), nip);
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private OutgoingMail awaitAttempts(long notificationId, int attempts) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        while (true) {
            OutgoingMail m = only(probe.outbox(BAWASLU, notificationId));
            if (m.getAttempts() >= attempts && m.getStatus() != OutgoingMail.Status.SENDING
                    || System.currentTimeMillis() > end) {
                assertTrue(m.getAttempts() >= attempts, "attempts " + m.getAttempts());
                return m;
            }
            Thread.sleep(200);
        }
    }

    private void awaitStatus(long notificationId, OutgoingMail.Status status) throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        OutgoingMail m;
        do {
            m = only(probe.outbox(BAWASLU, notificationId));
            if (m.getStatus() == status) {
                return;
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < end);
        assertEquals(status, m.getStatus());
    }

    private SkpDocument draft(Actor owner, String rhk) {
        SkpDocument draft = in(() -> skp.startDraft(owner, YEAR));
        long option = in(() -> skp.interventionOptions(owner, YEAR)).get(0).rhkId();
        return in(() -> skp.saveDraft(owner, draft.id(), draft.version(), new SkpContent(Pendekatan.KUANTITATIF,
                List.of(new RhkInput(JenisRhk.UTAMA, rhk, option, List.of(new IkiInput("Jumlah laporan",
                        new BigDecimal("12"), "laporan", null, Aspek.KUANTITAS, null)))),
                "Aplikasi", "Laporan bulanan", "Teguran")));
    }

    private SkpDocument draftAndSubmit(Actor owner, String rhk) {
        SkpDocument saved = draft(owner, rhk);
        return in(() -> skp.submit(owner, saved.id(), saved.version()));
    }

    private static Notification only(List<Notification> rows, String link) {
        List<Notification> matching = rows.stream().filter(n -> link == null || link.equals(n.getLink())).toList();
        assertEquals(1, matching.size(), "notifications: " + matching.size());
        return matching.get(0);
    }

    private static <T> T only(List<T> rows) {
        assertEquals(1, rows.size(), rows.toString());
        return rows.get(0);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T> T in(Supplier<T> call) {
        return TenantContext.call(BAWASLU, call);
    }
}
