package id.ekinerja.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.skp.InboxLine;
import id.ekinerja.application.skp.InterventionOption;
import id.ekinerja.application.skp.MySkpView;
import id.ekinerja.application.skp.SkpContent;
import id.ekinerja.application.skp.SkpContent.IkiInput;
import id.ekinerja.application.skp.SkpContent.RhkInput;
import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.application.skp.WaitingLine;
import id.ekinerja.domain.model.skp.Aspek;
import id.ekinerja.domain.model.skp.JenisRhk;
import id.ekinerja.domain.model.skp.Pendekatan;
import id.ekinerja.domain.model.skp.SkpConflictException;
import id.ekinerja.domain.model.skp.SkpException;
import id.ekinerja.domain.model.skp.SkpIncompleteException;
import id.ekinerja.domain.model.skp.SkpStatus;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.tenantconfig.CoreValue;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what with an SKP, against the real server and database. bawaslu-lebong starts (demo mode) with
 * an open 2026 period and approved SKP for Zulkarnain (head of the secretariat, no PPK in the agency) and
 * the heads under him, Eka (admin instansi) and Sugeng. Each test uses its own staff member, so tests do
 * not depend on each other's data.
 */
@ExtendWith(ArquillianExtension.class)
class SkpAuthorizationIT {
    private static final String BAWASLU = "bawaslu-lebong";
    private static final int YEAR = 2026;
    private static final Actor ZULKARNAIN = new Actor("197609152002121003"); // top
    private static final Actor EKA = new Actor("198401282009032002");        // head, admin instansi
    private static final Actor SUGENG = new Actor("198306112008121002");     // head
    private static final Actor MELLA = new Actor("199603032022042001");      // pengelola kinerja, PPK = Eka
    private static final Actor DODI = new Actor("199212192019031004");       // PPK = Eka
    private static final Actor YULIANA = new Actor("199807072024212003");    // PPK = Eka
    private static final Actor ARIF = new Actor("199408172020121006");       // PPK = Sugeng
    private static final Actor HARTINI = new Actor("198905252014032002");    // PPK = Sugeng
    private static final Actor FEBRIAN = new Actor("199702142020121003");    // PPK = Sugeng
    private static final Actor MADE_KPU = new Actor("198703142011011005");   // kpu-dki
    private static final Actor RATNA_KPU = new Actor("198511172009042001");  // kpu-dki admin

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ekinerja(SkpAuthorizationIT.class, SkpProbe.class);
    }

    @EJB
    SkpService skp;

    @EJB
    SkpProbe probe;

    @Test
    void aPegawaiCannotApproveOrReturnTheirOwnSkp() {
        SkpDocument submitted = draftAndSubmit(DODI, "Terkelolanya arsip pengawasan pemilu");
        assertDenied("skp.access.ownSkp", () -> skp.approve(DODI, submitted.id(), submitted.version(), Map.of()));
        assertDenied("skp.access.ownSkp", () -> skp.returnSkp(DODI, submitted.id(), submitted.version(), "x"));
        assertEquals(SkpStatus.DIAJUKAN, in(() -> skp.view(DODI, submitted.id())).status());
    }

    @Test
    void onlyThePpkOfRecordApprovesOrReturns() {
        SkpDocument submitted = draftAndSubmit(YULIANA, "Tersedianya data kepegawaian yang mutakhir");
        // an admin who is not the PPK, another unit head, and the atasan PPK may read but not decide
        assertDenied("skp.access.notPpk", () -> skp.approve(MELLA, submitted.id(), submitted.version(), Map.of()));
        assertDenied("skp.access.notPpk", () -> skp.approve(SUGENG, submitted.id(), submitted.version(), Map.of()));
        assertDenied("skp.access.notPpk", () -> skp.returnSkp(ZULKARNAIN, submitted.id(), submitted.version(), "x"));
        assertEquals(SkpStatus.DIAJUKAN, in(() -> skp.view(ZULKARNAIN, submitted.id())).status());
        assertDenied("skp.access.denied", () -> skp.view(ARIF, submitted.id()));

        assertTrue(in(() -> skp.inbox(EKA)).stream().map(InboxLine::skpId).toList().contains(submitted.id()));
        assertFalse(in(() -> skp.inbox(SUGENG)).stream().map(InboxLine::skpId).toList().contains(submitted.id()));

        SkpIncompleteException noReason = assertThrows(SkpIncompleteException.class,
                () -> in(() -> skp.returnSkp(EKA, submitted.id(), submitted.version(), "  ")));
        assertEquals("skp.error.reasonRequired", noReason.messageKey());

        SkpDocument returned = in(() -> skp.returnSkp(EKA, submitted.id(), submitted.version(), "Lengkapi target waktu"));
        assertEquals(SkpStatus.DIKEMBALIKAN, returned.status());
        assertEquals("Lengkapi target waktu", returned.returnReason());
        SkpDocument again = in(() -> skp.submit(YULIANA, returned.id(), returned.version()));
        SkpDocument approved = in(() -> skp.approve(EKA, again.id(), again.version(),
                Map.of(CoreValue.KOLABORATIF, "Aktif berbagi data dengan bagian lain",
                        CoreValue.ADAPTIF, "Cepat menyesuaikan diri dengan aturan baru")));
        assertEquals(SkpStatus.DISETUJUI, approved.status());
        assertEquals("Aktif berbagi data dengan bagian lain", approved.perilaku().stream()
                .filter(p -> "KOLABORATIF".equals(p.coreValue())).findFirst().orElseThrow().ekspektasi());

        // approved is read-only; a revision is a new draft and the approved one stays until the new one is approved
        assertThrows(SkpException.class, () -> in(() -> skp.saveDraft(YULIANA, approved.id(), approved.version(),
                content("Diubah diam-diam", firstOption(YULIANA)))));
        SkpDocument revision = in(() -> skp.revise(YULIANA, approved.id()));
        assertEquals(2, revision.revision());
        assertEquals(SkpStatus.DRAFT, revision.status());
        assertEquals(SkpStatus.DISETUJUI, in(() -> skp.view(YULIANA, approved.id())).status());
        assertEquals(2, revision.revisions().size());
        // her own page: the latest revision, both revisions, her PPK, and every ekspektasi the PPK wrote (carried over)
        MySkpView page = in(() -> skp.mySkpPage(YULIANA));
        assertEquals(YEAR, page.year());
        assertEquals(revision.id(), page.doc().id());
        assertEquals(2, page.doc().revision());
        assertEquals(List.of(2, 1), page.doc().revisions().stream().map(SkpDocument.Revision::revision).toList());
        assertEquals("198401282009032002", page.doc().ppk().nip());
        Map<String, String> ekspektasi = new TreeMap<>();
        page.doc().perilaku().stream().filter(p -> p.ekspektasi() != null)
                .forEach(p -> ekspektasi.put(p.coreValue(), p.ekspektasi()));
        assertEquals(Map.of("ADAPTIF", "Cepat menyesuaikan diri dengan aturan baru",
                "KOLABORATIF", "Aktif berbagi data dengan bagian lain"), ekspektasi);
        assertDenied("access.notPegawai", () -> skp.mySkpPage(new Actor("199901012025011999")));
        SkpDocument resubmitted = in(() -> skp.submit(YULIANA, revision.id(), revision.version()));
        in(() -> skp.approve(EKA, resubmitted.id(), resubmitted.version(), Map.of()));
        assertEquals(SkpStatus.DIGANTI, in(() -> skp.view(YULIANA, approved.id())).status());
    }

    @Test
    void onlyTheOwnerDraftsAndSubmitsAndEveryStepIsLogged() {
        SkpDocument draft = in(() -> skp.startDraft(ARIF, YEAR));
        assertDenied("skp.access.notOwner", () -> skp.saveDraft(SUGENG, draft.id(), draft.version(),
                content("Disusupkan atasan", firstOption(ARIF))));
        assertDenied("skp.access.notOwner", () -> skp.submit(SUGENG, draft.id(), draft.version()));
        assertDenied("skp.access.notOwner", () -> skp.saveDraft(EKA, draft.id(), draft.version(),
                content("Disusupkan admin", firstOption(ARIF))));

        SkpDocument saved = in(() -> skp.saveDraft(ARIF, draft.id(), draft.version(),
                content("Terselenggaranya penanganan pelanggaran", firstOption(ARIF))));
        SkpDocument submitted = in(() -> skp.submit(ARIF, saved.id(), saved.version()));
        in(() -> skp.returnSkp(SUGENG, submitted.id(), submitted.version(), "Perjelas indikator"));

        List<String> log = probe.activity(BAWASLU, draft.id());
        assertEquals(4, log.size(), log.toString());
        assertTrue(log.get(0).startsWith("SKP_CREATE by " + ARIF.username()), log.get(0));
        assertTrue(log.get(1).startsWith("SKP_SAVE by " + ARIF.username()), log.get(1));
        assertTrue(log.get(1).contains("+ RHK UTAMA: Terselenggaranya penanganan pelanggaran"), log.get(1));
        assertTrue(log.get(2).startsWith("SKP_SUBMIT by " + ARIF.username()), log.get(2));
        assertTrue(log.get(3).startsWith("SKP_RETURN by " + SUGENG.username()) && log.get(3).contains("Perjelas indikator"),
                log.get(3));
    }

    @Test
    void theSecondOfTwoSavesOfTheSameVersionIsAConflictAndNothingIsOverwritten() {
        SkpDocument started = in(() -> skp.startDraft(HARTINI, YEAR));
        // Other test classes (PelaksanaanIT) may already have given Hartini an approved SKP: then a revision is the draft.
        SkpDocument draft = started.editable() ? started : in(() -> skp.revise(HARTINI, started.id()));
        long option = firstOption(HARTINI);
        SkpDocument first = in(() -> skp.saveDraft(HARTINI, draft.id(), draft.version(), content("Versi pertama", option)));
        SkpConflictException conflict = assertThrows(SkpConflictException.class,
                () -> in(() -> skp.saveDraft(HARTINI, draft.id(), draft.version(), content("Versi kedua", option))));
        assertEquals("skp.error.conflict", conflict.messageKey());
        assertEquals("Versi pertama", in(() -> skp.view(HARTINI, draft.id())).utama().get(0).text());
        assertNotEquals(draft.version(), first.version());
    }

    @Test
    void anRhkUtamaMustInterveneAnRhkOfThePpksApprovedSkp() {
        SkpDocument draft = in(() -> skp.startDraft(FEBRIAN, YEAR));
        long ekasRhk = in(() -> skp.interventionOptions(DODI, YEAR)).get(0).rhkId(); // Eka is not Febrian's PPK
        SkpIncompleteException wrong = assertThrows(SkpIncompleteException.class, () -> in(() ->
                skp.saveDraft(FEBRIAN, draft.id(), draft.version(), content("Intervensi salah", ekasRhk))));
        assertEquals("skp.error.interventionNotOfPpk", wrong.messageKey());

        SkpDocument none = in(() -> skp.saveDraft(FEBRIAN, draft.id(), draft.version(), content("Tanpa intervensi", null)));
        SkpIncompleteException missing = assertThrows(SkpIncompleteException.class,
                () -> in(() -> skp.submit(FEBRIAN, none.id(), none.version())));
        assertEquals("skp.error.interventionRequired", missing.messageKey());

        SkpDocument empty = in(() -> skp.saveDraft(FEBRIAN, none.id(), none.version(),
                new SkpContent(Pendekatan.KUANTITATIF, List.of(), null, null, null)));
        assertEquals("skp.error.noCoreRhk", assertThrows(SkpIncompleteException.class,
                () -> in(() -> skp.submit(FEBRIAN, empty.id(), empty.version()))).messageKey());
        assertEquals(SkpStatus.DRAFT, in(() -> skp.view(FEBRIAN, draft.id())).status());
    }

    @Test
    void theTopLeadersSkpWasRecordedByAnAdminOnBehalfAndOthersCanIntervene() {
        List<InboxLine> adminInbox = in(() -> skp.inbox(EKA));
        InboxLine leader = adminInbox.stream().filter(l -> l.nip().equals(ZULKARNAIN.username())).findFirst().orElseThrow();
        assertTrue(leader.onBehalf());
        SkpDocument doc = in(() -> skp.view(EKA, leader.skpId()));
        assertEquals(SkpStatus.DISETUJUI, doc.status());
        assertTrue(doc.decidedOnBehalf());
        assertTrue(doc.topLeader());
        assertFalse(in(() -> skp.interventionOptions(EKA, YEAR)).isEmpty());
        assertTrue(in(() -> skp.inbox(SUGENG)).stream().noneMatch(l -> l.nip().equals(ZULKARNAIN.username())));
    }

    @Test
    void aPegawaiSeesWhomTheyWaitForAndTheAdminSeesTheChain() {
        in(() -> skp.openPeriod(EKA, 2027));
        assertDenied("access.roleRequired", () -> skp.openPeriod(DODI, 2028));
        List<WaitingLine> dodi = in(() -> skp.waitingFor(DODI, 2027));
        assertEquals(List.of(EKA.username(), ZULKARNAIN.username()), dodi.stream().map(WaitingLine::ppkNip).toList());
        assertTrue(in(() -> skp.waitingFor(DODI, YEAR)).isEmpty(), "Eka's 2026 SKP is approved");
        List<WaitingLine> chain = in(() -> skp.waitingChain(MELLA, 2027));
        assertTrue(chain.stream().anyMatch(l -> l.nip().equals(EKA.username()) && l.ppkNip().equals(ZULKARNAIN.username())));
        assertTrue(chain.stream().anyMatch(l -> l.nip().equals(DODI.username())));
        assertDenied("access.roleRequired", () -> skp.waitingChain(DODI, 2027));
    }

    @Test
    void aPeriodOpenedOrClosedShowsAtOnceAsTheOpenYear() {
        // pages read the open year from a copy kept a few seconds; a change through this server must not wait for it
        int before = in(() -> skp.currentYear()).orElseThrow();
        in(() -> skp.openPeriod(EKA, 2031));
        assertEquals(2031, in(() -> skp.currentYear()).orElseThrow());
        in(() -> skp.closePeriod(EKA, 2031));
        assertEquals(before, in(() -> skp.currentYear()).orElseThrow());
    }

    @Test
    void anotherTenantsIdsAndPeopleAreRefused() {
        SkpDocument bawaslu = in(() -> skp.view(EKA, leaderSkpId()));
        // the same id inside kpu-dki is at most one of kpu-dki's own SKP, never bawaslu's
        try {
            SkpDocument seen = TenantContext.call("kpu-dki", () -> skp.view(RATNA_KPU, bawaslu.id()));
            assertNotEquals(ZULKARNAIN.username(), seen.pegawai().nip());
        } catch (AccessDeniedException expected) {
            // not there in kpu-dki
        }
        // a kpu-dki person cannot act on it, and a bawaslu person is nobody in kpu-dki
        assertThrows(AccessDeniedException.class, () -> TenantContext.call("kpu-dki",
                () -> skp.approve(MADE_KPU, bawaslu.id(), bawaslu.version(), Map.of())));
        assertThrows(AccessDeniedException.class, () -> TenantContext.call("kpu-dki",
                () -> skp.saveDraft(MADE_KPU, bawaslu.id(), bawaslu.version(), content("x", null))));
        AccessDeniedException nobody = assertThrows(AccessDeniedException.class,
                () -> TenantContext.call("kpu-dki", () -> skp.inbox(EKA)));
        assertEquals("access.notPegawai", nobody.messageKey());
        // an RHK id of kpu-dki given as intervention in bawaslu is refused
        long kpuRhk = probe.anyRhkId("kpu-dki");
        SkpDocument draft = in(() -> skp.startDraft(MELLA, YEAR));
        assertThrows(SkpIncompleteException.class, () -> in(() ->
                skp.saveDraft(MELLA, draft.id(), draft.version(), content("Intervensi lintas instansi", kpuRhk))));
    }

    private long leaderSkpId() {
        return in(() -> skp.inbox(EKA)).stream().filter(l -> l.nip().equals(ZULKARNAIN.username()))
                .findFirst().orElseThrow().skpId();
    }

    private SkpDocument draftAndSubmit(Actor owner, String rhk) {
        SkpDocument draft = in(() -> skp.startDraft(owner, YEAR));
        SkpDocument saved = in(() -> skp.saveDraft(owner, draft.id(), draft.version(), content(rhk, firstOption(owner))));
        return in(() -> skp.submit(owner, saved.id(), saved.version()));
    }

    private long firstOption(Actor owner) {
        List<InterventionOption> options = in(() -> skp.interventionOptions(owner, YEAR));
        assertFalse(options.isEmpty(), "the PPK's approved SKP offers RHK to intervene");
        return options.get(0).rhkId();
    }

    private static SkpContent content(String rhk, Long intervened) {
        return new SkpContent(Pendekatan.KUANTITATIF, List.of(new RhkInput(JenisRhk.UTAMA, rhk, intervened,
                List.of(new IkiInput("Jumlah laporan", new BigDecimal("12"), "laporan", null, Aspek.KUANTITAS, null)))),
                "Aplikasi", "Laporan bulanan", "Teguran");
    }

    private static <T> T in(Supplier<T> call) {
        return TenantContext.call(BAWASLU, call);
    }

    private static void assertDenied(String key, Supplier<?> call) {
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> in(call));
        assertEquals(key, e.messageKey());
    }
}
