package id.ekinerja.domain.model.pelaksanaan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of file accepted as bukti dukung, each recognised from the bytes alone: magic numbers for PDF and
 * images, the ZIP central directory for Office Open XML (DOCX/XLSX/PPTX: {@code [Content_Types].xml} plus the
 * part that makes it a document, workbook or presentation) and the stored {@code mimetype} entry for
 * OpenDocument. The name's extension and the browser's content type are ignored: a renamed file is what its
 * bytes are. ZIP content is read from the central directory without inflating anything, so a zip bomb costs
 * nothing. Executables (Windows PE "MZ", ELF, Mach-O, scripts starting with "#!") get their own message;
 * Office files with macros ({@code vbaProject.bin}) are refused as executable content too.
 */
public enum EvidenceType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    GIF("image/gif", "gif"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp");

    private final String mediaType;
    private final String extension;

    EvidenceType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** For messages: "PDF, PNG, JPEG, …". */
    public static String acceptedList() {
        StringBuilder s = new StringBuilder();
        for (EvidenceType t : values()) {
            s.append(s.isEmpty() ? "" : ", ").append(t.extension.toUpperCase(Locale.ROOT));
        }
        return s.toString();
    }

    public static EvidenceType ofMediaType(String mediaType) {
        for (EvidenceType t : values()) {
            if (t.mediaType.equals(mediaType)) {
                return t;
            }
        }
        throw new IllegalArgumentException(mediaType);
    }

    /**
     * What the bytes are.
     *
     * @throws EvidenceRejectedException {@code pel.error.fileEmpty}, {@code pel.error.executable} or
     *                                   {@code pel.error.fileType} (with the accepted list)
     */
    public static EvidenceType detect(byte[] b) {
        if (b == null || b.length == 0) {
            throw new EvidenceRejectedException("pel.error.fileEmpty");
        }
        if (isExecutable(b)) {
            throw new EvidenceRejectedException("pel.error.executable");
        }
        if (startsWith(b, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (startsWith(b, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return PNG;
        }
        if (startsWith(b, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return JPEG;
        }
        if (startsWith(b, 0, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(b, 0, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return GIF;
        }
        if (startsWith(b, 0, new byte[] {'P', 'K', 3, 4})) {
            EvidenceType zipped = zipDocument(b);
            if (zipped != null) {
                return zipped;
            }
        }
        throw new EvidenceRejectedException("pel.error.fileType", acceptedList());
    }

    private static boolean isExecutable(byte[] b) {
        return startsWith(b, 0, new byte[] {'M', 'Z'})                               // Windows PE/DOS
                || startsWith(b, 0, new byte[] {0x7F, 'E', 'L', 'F'})                // Linux ELF
                || startsWith(b, 0, new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE}) // Mach-O 64
                || startsWith(b, 0, new byte[] {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE}) // Mach-O 32
                || startsWith(b, 0, new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}) // fat Mach-O / class
                || startsWith(b, 0, new byte[] {'#', '!'});                          // shell and other scripts
    }

    /** OOXML or ODF inside a ZIP, else {@code null} (a plain archive is not a document). */
    private static EvidenceType zipDocument(byte[] b) {
        // OpenDocument: the first entry is "mimetype", stored uncompressed, its content right after the header
        if (b.length > 38 && startsWith(b, 30, "mimetype".getBytes(StandardCharsets.US_ASCII))) {
            String rest = new String(b, 38, Math.min(80, b.length - 38), StandardCharsets.US_ASCII);
            for (EvidenceType t : List.of(ODT, ODS, ODP)) {
                if (rest.startsWith(t.mediaType)) { // also covers the -template variants
                    return t;
                }
            }
            return null;
        }
        List<String> names = zipEntryNames(b);
        if (names == null || !names.contains("[Content_Types].xml")) {
            return null;
        }
        if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
            throw new EvidenceRejectedException("pel.error.executable");
        }
        if (names.contains("word/document.xml")) {
            return DOCX;
        }
        if (names.contains("xl/workbook.xml")) {
            return XLSX;
        }
        if (names.contains("ppt/presentation.xml")) {
            return PPTX;
        }
        return null;
    }

    /** Entry names from the ZIP central directory, or {@code null} if it cannot be found or is inconsistent. */
    static List<String> zipEntryNames(byte[] b) {
        // End of central directory: signature PK\5\6, at least 22 bytes from the end, comment up to 65535 bytes
        int eocd = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return null;
        }
        int count = u16(b, eocd + 10);
        long offset = u32(b, eocd + 16);
        List<String> names = new ArrayList<>();
        int p = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int i = 0; i < count && i < 100_000; i++) {
            if (p < 0 || p + 46 > b.length || !(b[p] == 'P' && b[p + 1] == 'K' && b[p + 2] == 1 && b[p + 3] == 2)) {
                return null;
            }
            int nameLen = u16(b, p + 28);
            int extraLen = u16(b, p + 30);
            int commentLen = u16(b, p + 32);
            if (p + 46 + nameLen > b.length) {
                return null;
            }
            names.add(new String(b, p + 46, nameLen, StandardCharsets.UTF_8));
            p += 46 + nameLen + extraLen + commentLen;
        }
        return names;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xFFFFFFFFL;
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (b.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
