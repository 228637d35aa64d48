package id.ekinerja.domain.model.pelaksanaan;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded file that passed every check: a safe name, not empty, within the size limit, a type recognised from
 * its content. {@link #of} runs the checks in the order a user can act on: name, emptiness, size, type.
 */
public record EvidenceFile(String name, EvidenceType type, int size, String sha256, byte[] bytes) {
    /** The deployment's default limit when the tenant sets none. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /**
     * @param maxBytes the limit in force; {@code bytes} may be one byte longer than it (the reader stops there)
     * @throws EvidenceRejectedException naming the problem
     */
    public static EvidenceFile of(String originalName, byte[] bytes, long maxBytes) {
        String name = EvidenceName.sanitise(originalName);
        if (bytes == null || bytes.length == 0) {
            throw new EvidenceRejectedException("pel.error.fileEmpty");
        }
        if (bytes.length > maxBytes) {
            throw new EvidenceRejectedException("pel.error.fileTooLarge", megabytes(maxBytes));
        }
        EvidenceType type = EvidenceType.detect(bytes);
        return new EvidenceFile(name, type, bytes.length, sha256(bytes), bytes);
    }

    /** "10" for 10 MB, "2.5" for 2.5 MB: for messages. */
    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
