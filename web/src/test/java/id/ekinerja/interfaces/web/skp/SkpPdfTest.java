package id.ekinerja.interfaces.web.skp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.domain.model.skp.Aspek;
import id.ekinerja.domain.model.skp.Iki;
import id.ekinerja.domain.model.skp.JenisRhk;
import id.ekinerja.domain.model.skp.Pendekatan;
import id.ekinerja.domain.model.skp.SkpStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The SKP PDF: official sections, user text drawn as text whatever it contains, long documents paginate. */
class SkpPdfTest {
    private final ResourceBundle msg = ResourceBundle.getBundle("id.ekinerja.web.messages", Locale.forLanguageTag("id"));

    @Test
    void rendersTheOfficialSectionsWithTheRhkText() throws Exception {
        String text = textOf(SkpPdf.render(document(List.of(rhk("Tersusunnya laporan pemutakhiran data pemilih"))), msg));
        for (String expected : List.of("SASARAN KINERJA PEGAWAI", "Pegawai yang Dinilai", "Pejabat Penilai Kinerja",
                "Atasan Pejabat Penilai Kinerja", "A. HASIL KERJA", "B. PERILAKU KERJA", "LAMPIRAN SASARAN KINERJA PEGAWAI",
                "Tersusunnya laporan pemutakhiran data pemilih", "24 laporan", "Kuantitas", "Made", "Dukungan Sumber Daya",
                "Sidalih")) {
            assertTrue(text.contains(expected), expected + " missing in: " + text);
        }
    }

    @Test
    void markupControlCharactersAndUnencodableTextAreDrawnSafely() throws Exception {
        String hostile = "<script>alert('x')</script> ) Tj (x) \u0000\u0007 tab\there 漢字 🙂 "
                + "x".repeat(400);
        byte[] pdf = SkpPdf.render(document(List.of(rhk(hostile))), msg);
        String text = textOf(pdf);
        assertTrue(text.contains("<script>alert('x')</script>"), "markup is shown as text: " + text);
        assertTrue(text.contains(") Tj (x)"));
    }

    @Test
    void aLongSkpContinuesOnFurtherPages() throws Exception {
        List<SkpDocument.RhkLine> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(rhk("RHK nomor " + i + " dengan uraian yang cukup panjang agar baris tabel terbungkus"));
        }
        try (PDDocument doc = Loader.loadPDF(SkpPdf.render(document(many), msg))) {
            assertTrue(doc.getNumberOfPages() > 2);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("RHK nomor 59"));
        }
    }

    private static String textOf(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(false, doc.isEncrypted());
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static SkpDocument.RhkLine rhk(String text) {
        return new SkpDocument.RhkLine(1, JenisRhk.UTAMA, text, 7L, "RHK atasan",
                List.of(new Iki("Jumlah laporan", new BigDecimal("24"), "laporan", null, Aspek.KUANTITAS, null)));
    }

    private static SkpDocument document(List<SkpDocument.RhkLine> utama) {
        SkpDocument.Person made = new SkpDocument.Person(1, "198703142011011005", "I Made Suardana",
                "19870314 201101 1 005", "Penata (III/c)", "Penata Kelola Pemilu Ahli Muda", "Bagian Teknis");
        SkpDocument.Person ahmad = new SkpDocument.Person(2, "198002052005011003", "Ahmad Fauzi Nasution",
                "19800205 200501 1 003", "Penata Tingkat I (III/d)", "Kepala Bagian", "Bagian Teknis");
        return new SkpDocument(10, 2026, 1, SkpStatus.DISETUJUI, Pendekatan.KUANTITATIF, 3, "KPU Provinsi DKI Jakarta",
                made, ahmad, null, false, false, utama, List.of(),
                List.of(new SkpDocument.Perilaku("AKUNTABEL", "Akuntabel", List.of("Jujur"), "Tepat waktu")),
                "Aplikasi Sidalih", "Laporan bulanan", "Pembinaan", null, "198002052005011003",
                OffsetDateTime.now(), false, List.of());
    }
}
