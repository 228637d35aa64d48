package id.ekinerja.domain.model.pelaksanaan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bukti dukung files are judged by content, names carry no path, links are http(s) only. */
class EvidenceCheckTest {
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @Test
    void pdfAndImagesAreRecognisedFromTheirBytesWhateverTheName() {
        assertEquals(EvidenceType.PDF, EvidenceFile.of("laporan.pdf", PDF, 1000).type());
        assertEquals(EvidenceType.PDF, EvidenceFile.of("laporan.docx", PDF, 1000).type(), "the name does not decide");
        assertEquals(EvidenceType.PNG, EvidenceType.detect(PNG));
        assertEquals(EvidenceType.JPEG, EvidenceType.detect(JPEG));
    }

    @Test
    void officeOpenXmlAndOpenDocumentAreRecognisedFromTheZipStructure() throws IOException {
        assertEquals(EvidenceType.DOCX, EvidenceType.detect(ooxml("word/document.xml")));
        assertEquals(EvidenceType.XLSX, EvidenceType.detect(ooxml("xl/workbook.xml")));
        assertEquals(EvidenceType.PPTX, EvidenceType.detect(ooxml("ppt/presentation.xml")));
        assertEquals(EvidenceType.ODT, EvidenceType.detect(odf("application/vnd.oasis.opendocument.text")));
        assertEquals(EvidenceType.ODS, EvidenceType.detect(odf("application/vnd.oasis.opendocument.spreadsheet")));
    }

    @Test
    void aPlainZipAMacroDocumentAndUnknownBytesAreRefused() throws IOException {
        assertEquals("pel.error.fileType", assertThrows(EvidenceRejectedException.class,
                () -> EvidenceType.detect(zip("data.csv", "a,b"))).messageKey());
        assertEquals("pel.error.executable", assertThrows(EvidenceRejectedException.class,
                () -> EvidenceType.detect(ooxml("word/document.xml", "word/vbaProject.bin"))).messageKey());
        EvidenceRejectedException text = assertThrows(EvidenceRejectedException.class,
                () -> EvidenceType.detect("just some text".getBytes(StandardCharsets.UTF_8)));
        assertEquals("pel.error.fileType", text.messageKey());
        assertTrue(String.valueOf(text.args()[0]).contains("PDF"), "the message lists what is accepted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MZ\u0090\u0000\u0003", "\u007fELF\u0002\u0001", "#!/bin/sh\nrm -rf /"})
    void aRenamedExecutableIsRefusedAsSuch(String head) {
        byte[] bytes = head.getBytes(StandardCharsets.ISO_8859_1);
        EvidenceRejectedException e = assertThrows(EvidenceRejectedException.class,
                () -> EvidenceFile.of("laporan-triwulan.pdf", bytes, 1000));
        assertEquals("pel.error.executable", e.messageKey());
    }

    @Test
    void emptyAndOversizedFilesAreRefusedWithTheLimitInTheMessage() {
        assertEquals("pel.error.fileEmpty", assertThrows(EvidenceRejectedException.class,
                () -> EvidenceFile.of("a.pdf", new byte[0], 1000)).messageKey());
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        EvidenceRejectedException e = assertThrows(EvidenceRejectedException.class,
                () -> EvidenceFile.of("a.pdf", big, EvidenceFile.DEFAULT_MAX_BYTES));
        assertEquals("pel.error.fileTooLarge", e.messageKey());
        assertEquals("10", e.args()[0]);
        assertEquals(EvidenceType.PDF, EvidenceFile.of("a.pdf", java.util.Arrays.copyOf(big, big.length - 1),
                EvidenceFile.DEFAULT_MAX_BYTES).type(), "exactly the limit is accepted");
    }

    @Test
    void theFileKeepsItsSha256() {
        assertEquals(EvidenceFile.sha256(PDF), EvidenceFile.of("a.pdf", PDF, 1000).sha256());
        assertEquals(64, EvidenceFile.sha256(PDF).length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..\\boot.ini", "/etc/passwd", "C:\\Users\\made\\laporan.pdf",
            "laporan/../x.pdf", "dir\\laporan.pdf", "c:laporan.pdf"})
    void aPathInTheNameIsRefused(String name) {
        assertEquals("pel.error.fileNamePath", assertThrows(EvidenceRejectedException.class,
                () -> EvidenceName.sanitise(name)).messageKey());
    }

    @Test
    void namesAreCleanedOfControlCharactersAndQuotesAndKeptShort() {
        assertEquals("Laporan Triwulan IV.pdf", EvidenceName.sanitise("  Laporan Triwulan IV.pdf "));
        assertEquals("laporan.pdf", EvidenceName.sanitise("lap\"or\u0000an\r\n.pdf".replace("\u0000", "")));
        assertEquals("pel.error.fileNameRequired", assertThrows(EvidenceRejectedException.class,
                () -> EvidenceName.sanitise("  ")).messageKey());
        String longName = "a".repeat(300) + ".pdf";
        String kept = EvidenceName.sanitise(longName);
        assertEquals(EvidenceName.MAX, kept.length());
        assertTrue(kept.endsWith(".pdf"));
    }

    @Test
    void linksMustBeHttpOrHttpsWithAHost() {
        assertEquals("https://drive.example.id/laporan", EvidenceLink.validate(" https://drive.example.id/laporan "));
        assertEquals("http://intranet.kpu.go.id/a?b=1", EvidenceLink.validate("http://intranet.kpu.go.id/a?b=1"));
        for (String bad : new String[] {"javascript:alert(1)", "file:///etc/passwd", "ftp://x.id/a", "data:text/html,x",
                "www.example.id", "https://", "https://user:pw@example.id/", "https://exa mple.id/"}) {
            assertEquals("pel.error.linkInvalid", assertThrows(EvidenceRejectedException.class,
                    () -> EvidenceLink.validate(bad)).messageKey(), bad);
        }
        assertEquals("pel.error.linkRequired", assertThrows(EvidenceRejectedException.class,
                () -> EvidenceLink.validate(" ")).messageKey());
        assertEquals("pel.error.linkTooLong", assertThrows(EvidenceRejectedException.class,
                () -> EvidenceLink.validate("https://x.id/" + "a".repeat(2000))).messageKey());
    }

    static byte[] ooxml(String... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            for (String p : parts) {
                zip.putNextEntry(new ZipEntry(p));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    static byte[] odf(String mimetype) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] m = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry e = new ZipEntry("mimetype");
            e.setMethod(ZipEntry.STORED);
            e.setSize(m.length);
            CRC32 crc = new CRC32();
            crc.update(m);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(m);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
