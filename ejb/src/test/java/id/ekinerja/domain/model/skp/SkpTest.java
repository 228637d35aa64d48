package id.ekinerja.domain.model.skp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.domain.model.organisation.Pegawai;
import id.ekinerja.domain.model.organisation.UnitKerja;
import id.ekinerja.tenantconfig.CoreValue;
import id.ekinerja.tenantconfig.EmployeeType;
import id.ekinerja.tenantconfig.JabatanKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SKP state machine and its content rules, without a database. */
class SkpTest {
    private final UnitKerja unit = new UnitKerja("setjen", "Sekretariat", null);
    private Pegawai leader;
    private Pegawai head;
    private Pegawai staff;
    private Pegawai otherHead;
    private Skp headSkp;

    @BeforeEach
    void organisation() {
        leader = person("197104121998031002", "Hendra", JabatanKind.JPT, null);
        head = person("198002052005011003", "Ahmad", JabatanKind.ADMINISTRATOR, leader);
        otherHead = person("197808232003122001", "Siti", JabatanKind.ADMINISTRATOR, leader);
        staff = person("198703142011011005", "Made", JabatanKind.FUNGSIONAL, head);
        headSkp = approved(head, 2026, "Terselenggaranya tahapan pemilu yang tertib");
    }

    @Test
    void aNewSkpIsAnEditableDraftOfRevisionOne() {
        Skp skp = new Skp(staff, 2026, staff.getNip());
        assertEquals(SkpStatus.DRAFT, skp.getStatus());
        assertEquals(1, skp.getRevision());
        assertTrue(skp.isEditable());
    }

    @Test
    void draftSubmittedGoesToThePpkOfRecordAndIsNoLongerEditable() {
        Skp skp = completeDraft(staff, headSkp.getRhk().get(0));
        skp.submit(staff.getNip());
        assertEquals(SkpStatus.DIAJUKAN, skp.getStatus());
        assertSame(head, skp.getPpk());
        assertThrows(SkpNotEditableException.class, () -> skp.replaceContent(Pendekatan.KUANTITATIF, List.of(),
                null, null, null, staff.getNip()));
        assertThrows(IllegalSkpTransitionException.class, () -> skp.submit(staff.getNip()));
    }

    @Test
    void returnNeedsAReasonThenTheOwnerFixesAndResubmitsAndThePpkApproves() {
        Skp skp = completeDraft(staff, headSkp.getRhk().get(0));
        skp.submit(staff.getNip());
        SkpIncompleteException noReason = assertThrows(SkpIncompleteException.class,
                () -> skp.returnToOwner(head, "   ", false));
        assertEquals("skp.error.reasonRequired", noReason.messageKey());
        assertEquals(SkpStatus.DIAJUKAN, skp.getStatus());

        skp.returnToOwner(head, "Target kuantitas terlalu rendah", false);
        assertEquals(SkpStatus.DIKEMBALIKAN, skp.getStatus());
        assertEquals("Target kuantitas terlalu rendah", skp.getReturnReason());
        assertTrue(skp.isEditable());

        skp.replaceContent(Pendekatan.KUANTITATIF, List.of(utama("Laporan pemutakhiran data pemilih",
                headSkp.getRhk().get(0), "24")), null, null, null, staff.getNip());
        skp.submit(staff.getNip());
        skp.approve(head, Map.of(CoreValue.AKUNTABEL, "Laporan tepat waktu", CoreValue.ADAPTIF, "  "), false);
        assertEquals(SkpStatus.DISETUJUI, skp.getStatus());
        assertEquals(Map.of(CoreValue.AKUNTABEL, "Laporan tepat waktu"), skp.getEkspektasi());
        assertEquals(head.getNip(), skp.getDecidedBy());
        assertFalse(skp.isDecidedOnBehalf());
    }

    @Test
    void onlyASubmittedSkpCanBeApprovedOrReturned() {
        Skp skp = completeDraft(staff, headSkp.getRhk().get(0));
        assertThrows(IllegalSkpTransitionException.class, () -> skp.approve(head, Map.of(), false));
        assertThrows(IllegalSkpTransitionException.class, () -> skp.returnToOwner(head, "x", false));
        skp.submit(staff.getNip());
        skp.approve(head, Map.of(), false);
        assertThrows(IllegalSkpTransitionException.class, () -> skp.approve(head, Map.of(), false));
        assertThrows(IllegalSkpTransitionException.class, () -> skp.returnToOwner(head, "x", false));
    }

    @Test
    void nobodyApprovesOrReturnsTheirOwnSkp() {
        Skp skp = completeDraft(staff, headSkp.getRhk().get(0));
        skp.submit(staff.getNip());
        IllegalSkpTransitionException e = assertThrows(IllegalSkpTransitionException.class,
                () -> skp.approve(staff, Map.of(), true));
        assertEquals("skp.error.ownSkp", e.messageKey());
        assertThrows(IllegalSkpTransitionException.class, () -> skp.returnToOwner(staff, "x", true));
    }

    @Test
    void anApprovedSkpIsReadOnlyAndARevisionCopiesItAndLaterSupersedesIt() {
        Skp skp = completeDraft(staff, headSkp.getRhk().get(0));
        skp.submit(staff.getNip());
        skp.approve(head, Map.of(CoreValue.LOYAL, "Menjaga rahasia data pemilih"), false);
        assertThrows(SkpNotEditableException.class, () -> skp.replaceContent(Pendekatan.KUALITATIF, List.of(),
                null, null, null, staff.getNip()));

        Skp next = skp.revise(staff.getNip());
        assertEquals(2, next.getRevision());
        assertSame(skp, next.getPrevious());
        assertEquals(SkpStatus.DRAFT, next.getStatus());
        assertEquals(SkpStatus.DISETUJUI, skp.getStatus(), "the old revision stays in force until the new one is approved");
        assertEquals(skp.getRhk().get(0).getText(), next.getRhk().get(0).getText());
        assertEquals(skp.getRhk().get(0).getIki(), next.getRhk().get(0).getIki());
        assertEquals(skp.getEkspektasi(), next.getEkspektasi());

        skp.supersede();
        assertEquals(SkpStatus.DIGANTI, skp.getStatus());
        assertThrows(IllegalSkpTransitionException.class, () -> skp.revise(staff.getNip()));
    }

    @Test
    void aDraftCannotBeRevised() {
        Skp skp = completeDraft(staff, headSkp.getRhk().get(0));
        assertThrows(IllegalSkpTransitionException.class, () -> skp.revise(staff.getNip()));
    }

    @Test
    void submittingNeedsAnRhkUtamaWithAnIkiAndATarget() {
        Skp empty = new Skp(staff, 2026, staff.getNip());
        assertEquals("skp.error.noCoreRhk",
                assertThrows(SkpIncompleteException.class, () -> empty.submit(staff.getNip())).messageKey());

        Skp onlyTambahan = new Skp(staff, 2026, staff.getNip());
        onlyTambahan.replaceContent(Pendekatan.KUANTITATIF, List.of(new Rhk(JenisRhk.TAMBAHAN, "Narasumber",
                null, List.of(iki("Jumlah kegiatan", "2", Aspek.KUANTITAS)))), null, null, null, staff.getNip());
        assertEquals("skp.error.noCoreRhk",
                assertThrows(SkpIncompleteException.class, () -> onlyTambahan.submit(staff.getNip())).messageKey());

        Skp noIki = new Skp(staff, 2026, staff.getNip());
        noIki.replaceContent(Pendekatan.KUANTITATIF, List.of(new Rhk(JenisRhk.UTAMA, "Laporan",
                headSkp.getRhk().get(0), List.of())), null, null, null, staff.getNip());
        assertEquals("skp.error.rhkWithoutIki",
                assertThrows(SkpIncompleteException.class, () -> noIki.submit(staff.getNip())).messageKey());

        Skp noTarget = new Skp(staff, 2026, staff.getNip());
        noTarget.replaceContent(Pendekatan.KUANTITATIF, List.of(new Rhk(JenisRhk.UTAMA, "Laporan",
                headSkp.getRhk().get(0), List.of(new Iki("Jumlah laporan", null, null, null, Aspek.KUANTITAS, null)))),
                null, null, null, staff.getNip());
        assertEquals("skp.error.targetRequired",
                assertThrows(SkpIncompleteException.class, () -> noTarget.submit(staff.getNip())).messageKey());
        assertEquals(SkpStatus.DRAFT, noTarget.getStatus());

        Skp noAspek = new Skp(staff, 2026, staff.getNip());
        noAspek.replaceContent(Pendekatan.KUANTITATIF, List.of(new Rhk(JenisRhk.UTAMA, "Laporan",
                headSkp.getRhk().get(0), List.of(new Iki("Jumlah laporan", BigDecimal.TEN, "laporan", null, null, null)))),
                null, null, null, staff.getNip());
        assertEquals("skp.error.aspekRequired",
                assertThrows(SkpIncompleteException.class, () -> noAspek.submit(staff.getNip())).messageKey());
    }

    @Test
    void qualitativeTargetsAreNarrative() {
        Skp skp = new Skp(staff, 2026, staff.getNip());
        skp.replaceContent(Pendekatan.KUALITATIF, List.of(new Rhk(JenisRhk.UTAMA, "Layanan data", headSkp.getRhk().get(0),
                List.of(new Iki("Kepuasan pengguna", null, null, null, null, null)))), null, null, null, staff.getNip());
        assertEquals("skp.error.targetTextRequired",
                assertThrows(SkpIncompleteException.class, () -> skp.submit(staff.getNip())).messageKey());
        skp.replaceContent(Pendekatan.KUALITATIF, List.of(new Rhk(JenisRhk.UTAMA, "Layanan data", headSkp.getRhk().get(0),
                List.of(new Iki("Kepuasan pengguna", null, null, "Pengguna menyatakan puas", null, null)))),
                null, null, null, staff.getNip());
        skp.submit(staff.getNip());
        assertEquals(SkpStatus.DIAJUKAN, skp.getStatus());
    }

    @Test
    void anRhkUtamaMustInterveneAnRhkOfThePpksApprovedSkpOfTheSameYear() {
        Skp missing = new Skp(staff, 2026, staff.getNip());
        missing.replaceContent(Pendekatan.KUANTITATIF, List.of(utama("Laporan", null, "4")), null, null, null,
                staff.getNip());
        assertEquals("skp.error.interventionRequired",
                assertThrows(SkpIncompleteException.class, () -> missing.submit(staff.getNip())).messageKey());

        Skp otherSuperiors = approved(otherHead, 2026, "Tertib administrasi kepegawaian");
        Skp wrong = new Skp(staff, 2026, staff.getNip());
        assertEquals("skp.error.interventionNotOfPpk", assertThrows(SkpIncompleteException.class,
                () -> wrong.replaceContent(Pendekatan.KUANTITATIF, List.of(utama("Laporan",
                        otherSuperiors.getRhk().get(0), "4")), null, null, null, staff.getNip())).messageKey());

        Skp otherYear = approved(head, 2025, "Tahapan 2025");
        assertThrows(SkpIncompleteException.class, () -> wrong.replaceContent(Pendekatan.KUANTITATIF,
                List.of(utama("Laporan", otherYear.getRhk().get(0), "4")), null, null, null, staff.getNip()));

        Skp headDraft = new Skp(head, 2026, head.getNip());
        headDraft.replaceContent(Pendekatan.KUANTITATIF, List.of(utama("Belum disetujui",
                approved(leader, 2026, "x").getRhk().get(0), "1")), null, null, null, head.getNip());
        assertThrows(SkpIncompleteException.class, () -> wrong.replaceContent(Pendekatan.KUANTITATIF,
                List.of(utama("Laporan", headDraft.getRhk().get(0), "4")), null, null, null, staff.getNip()));
        assertTrue(wrong.getRhk().isEmpty(), "a refused save changes nothing");
    }

    @Test
    void theTopLeaderNeedsNoInterventionAndUsesPerspektif() {
        Skp skp = new Skp(leader, 2026, leader.getNip());
        assertTrue(skp.isTopLeader());
        assertTrue(skp.isJpt());
        assertThrows(SkpIncompleteException.class, () -> skp.replaceContent(Pendekatan.KUANTITATIF,
                List.of(new Rhk(JenisRhk.UTAMA, "Pemilu berintegritas", null,
                        List.of(iki("Indeks", "80", Aspek.KUALITAS)))), null, null, null, leader.getNip()));
        skp.replaceContent(Pendekatan.KUANTITATIF, List.of(new Rhk(JenisRhk.UTAMA, "Pemilu berintegritas", null,
                List.of(new Iki("Indeks kepuasan", new BigDecimal("80"), "indeks", null, null, null)))),
                null, null, null, leader.getNip());
        assertEquals("skp.error.perspektifRequired",
                assertThrows(SkpIncompleteException.class, () -> skp.submit(leader.getNip())).messageKey());
        skp.replaceContent(Pendekatan.KUANTITATIF, List.of(new Rhk(JenisRhk.UTAMA, "Pemilu berintegritas", null,
                List.of(new Iki("Indeks kepuasan", new BigDecimal("80"), "indeks", null, null,
                        Perspektif.PENERIMA_LAYANAN)))), null, null, null, leader.getNip());
        skp.submit(leader.getNip());
        assertNull(skp.getPpk());
        skp.approve(head, Map.of(), true);
        assertTrue(skp.isDecidedOnBehalf());
    }

    @Test
    void nonJptPegawaiCannotUsePerspektif() {
        Skp skp = new Skp(staff, 2026, staff.getNip());
        assertEquals("skp.error.perspektifForNonJpt", assertThrows(SkpIncompleteException.class,
                () -> skp.replaceContent(Pendekatan.KUANTITATIF, List.of(new Rhk(JenisRhk.UTAMA, "Laporan",
                        headSkp.getRhk().get(0), List.of(new Iki("Jumlah", BigDecimal.ONE, "dok", null, null,
                                Perspektif.ANGGARAN)))), null, null, null, staff.getNip())).messageKey());
    }

    @Test
    void blankOrOverlongTextIsRefused() {
        assertThrows(SkpIncompleteException.class, () -> new Rhk(JenisRhk.UTAMA, "  ", null, List.of()));
        assertThrows(SkpIncompleteException.class, () -> new Iki(" ", BigDecimal.ONE, "dok", null, Aspek.KUANTITAS, null));
        assertThrows(SkpIncompleteException.class, () -> new Iki("x", new BigDecimal("-1"), "dok", null, Aspek.KUANTITAS, null));
        assertThrows(SkpIncompleteException.class, () -> new Rhk(JenisRhk.UTAMA, "x".repeat(2001), null, List.of()));
        assertThrows(SkpIncompleteException.class, () -> new Skp(staff, 1999, staff.getNip()));
    }

    @Test
    void periodsOpenAndClose() {
        AnnualPeriod p = new AnnualPeriod(2026, "admin");
        assertTrue(p.isOpen());
        p.close("admin");
        assertFalse(p.isOpen());
        p.open("admin");
        assertTrue(p.isOpen());
        assertThrows(SkpIncompleteException.class, () -> new AnnualPeriod(1990, "admin"));
    }

    private Pegawai person(String nip, String name, JabatanKind kind, Pegawai ppk) {
        Pegawai p = new Pegawai(nip, EmployeeType.PNS, name, null, unit);
        p.assignPosition("Jabatan " + name, kind, null, "III/c");
        p.reportTo(ppk);
        return p;
    }

    /** An approved SKP of {@code owner} with one RHK utama (intervening the owner's PPK's first RHK if any). */
    private Skp approved(Pegawai owner, int year, String rhkText) {
        Skp skp = new Skp(owner, year, owner.getNip());
        boolean jpt = owner.getJabatanKind() == JabatanKind.JPT;
        Iki iki = new Iki("Persentase capaian", new BigDecimal("100"), "persen", null, jpt ? null : Aspek.KUALITAS,
                jpt ? Perspektif.PROSES_BISNIS : null);
        Rhk superior = owner.getPpk() == null ? null : approved(owner.getPpk(), year, "Induk " + rhkText).getRhk().get(0);
        skp.replaceContent(Pendekatan.KUANTITATIF, List.of(new Rhk(JenisRhk.UTAMA, rhkText, superior, List.of(iki))),
                null, null, null, owner.getNip());
        skp.submit(owner.getNip());
        Pegawai approver = owner.getPpk() != null ? owner.getPpk() : staff;
        skp.approve(approver, Map.of(), owner.getPpk() == null);
        return skp;
    }

    private Skp completeDraft(Pegawai owner, Rhk superior) {
        Skp skp = new Skp(owner, 2026, owner.getNip());
        skp.replaceContent(Pendekatan.KUANTITATIF, List.of(utama("Laporan pemutakhiran data pemilih", superior, "12")),
                "Aplikasi Sidalih", "Laporan bulanan ke PPK", "Teguran tertulis", owner.getNip());
        return skp;
    }

    private static Rhk utama(String text, Rhk superior, String target) {
        return new Rhk(JenisRhk.UTAMA, text, superior, List.of(iki("Jumlah laporan", target, Aspek.KUANTITAS)));
    }

    private static Iki iki(String indicator, String target, Aspek aspek) {
        return new Iki(indicator, new BigDecimal(target), "laporan", null, aspek, null);
    }
}
