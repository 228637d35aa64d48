package id.ekinerja.domain.model.pelaksanaan;

import id.ekinerja.domain.model.skp.Skp;

/** The one text rule of this aggregate: required, trimmed, at most {@value #MAX} characters. */
final class Notes {
    static final int MAX = 4000;

    private Notes() {
    }

    static String required(String raw) {
        String t;
        try {
            t = Skp.text(raw, MAX, "pel.error.tooLong");
        } catch (id.ekinerja.domain.model.skp.SkpException e) {
            throw new EvidenceRejectedException("pel.error.tooLong", MAX);
        }
        if (t == null) {
            throw new EvidenceRejectedException("pel.error.textRequired");
        }
        return t;
    }
}
