package id.ekinerja.domain.model.penilaian;

import id.ekinerja.domain.model.skp.SkpException;

/**
 * A refused evaluation or keberatan action; a {@link SkpException} so the pages' one refusal handler shows it.
 * Message keys start with {@code pen.}.
 */
public class PenilaianException extends SkpException {
    public PenilaianException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
