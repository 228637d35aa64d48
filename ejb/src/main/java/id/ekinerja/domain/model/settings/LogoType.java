package id.ekinerja.domain.model.settings;

import java.util.Optional;

/**
 * The image types an agency logo may have, recognised from the bytes alone (magic numbers, as the evidence check
 * does; the name and the browser's content type are ignored). No SVG: an SVG is a document that can carry script,
 * and the logo is shown on every page of the agency; raster images cannot.
 */
public enum LogoType {
    PNG("image/png"), JPEG("image/jpeg"), WEBP("image/webp");

    private final String mediaType;

    LogoType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** What the bytes are, if one of the accepted types. */
    public static Optional<LogoType> detect(byte[] b) {
        if (b == null) {
            return Optional.empty();
        }
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')) {
            return Optional.of(PNG);
        }
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] b, int offset, int... magic) {
        if (b.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
