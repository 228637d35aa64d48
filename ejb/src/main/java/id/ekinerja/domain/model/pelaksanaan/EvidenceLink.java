package id.ekinerja.domain.model.pelaksanaan;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A link given as bukti dukung: an absolute http or https URL with a host, no embedded credentials, at most
 * {@value #MAX} characters. Anything else ({@code javascript:}, {@code file:}, {@code data:}, a bare word) is
 * refused, because the link is shown to the PPK as a clickable anchor.
 */
public final class EvidenceLink {
    public static final int MAX = 2000;

    private EvidenceLink() {
    }

    /** The link, trimmed. @throws EvidenceRejectedException {@code pel.error.linkRequired}/{@code linkInvalid}/{@code linkTooLong} */
    public static String validate(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new EvidenceRejectedException("pel.error.linkRequired");
        }
        String link = raw.strip();
        if (link.length() > MAX) {
            throw new EvidenceRejectedException("pel.error.linkTooLong", MAX);
        }
        if (link.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new EvidenceRejectedException("pel.error.linkInvalid");
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            throw new EvidenceRejectedException("pel.error.linkInvalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new EvidenceRejectedException("pel.error.linkInvalid");
        }
        if (uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
            throw new EvidenceRejectedException("pel.error.linkInvalid");
        }
        return link;
    }
}
