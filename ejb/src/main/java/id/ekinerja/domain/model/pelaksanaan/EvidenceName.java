package id.ekinerja.domain.model.pelaksanaan;

import java.text.Normalizer;

/**
 * The original name of an uploaded file, made safe to store and to send back in a Content-Disposition header.
 * A name carrying a path ({@code ../}, a backslash, a leading slash, a drive letter) is refused rather than cut
 * down: it means a broken or hostile client, and the pegawai should see that instead of a silently renamed file.
 * Control characters and quotes are dropped, the name is NFC-normalised and at most {@value #MAX} characters.
 */
public final class EvidenceName {
    public static final int MAX = 200;

    private EvidenceName() {
    }

    /** @throws EvidenceRejectedException {@code pel.error.fileNameRequired} or {@code pel.error.fileNamePath} */
    public static String sanitise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new EvidenceRejectedException("pel.error.fileNameRequired");
        }
        String name = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        if (name.contains("/") || name.contains("\\") || name.contains("..") || name.contains("\0")
                || name.matches("^[A-Za-z]:.*") || name.startsWith("~")) {
            throw new EvidenceRejectedException("pel.error.fileNamePath");
        }
        StringBuilder s = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && c != '"' && c != '\u2028' && c != '\u2029'
                        && Character.getType(c) != Character.FORMAT)
                .forEach(s::appendCodePoint);
        String clean = s.toString().strip();
        if (clean.isEmpty() || clean.equals(".")) {
            throw new EvidenceRejectedException("pel.error.fileNameRequired");
        }
        if (clean.length() > MAX) {
            int dot = clean.lastIndexOf('.');
            String ext = dot > 0 && clean.length() - dot <= 10 ? clean.substring(dot) : "";
            clean = clean.substring(0, MAX - ext.length()) + ext;
        }
        return clean;
    }
}
