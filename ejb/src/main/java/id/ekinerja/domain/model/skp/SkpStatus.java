package id.ekinerja.domain.model.skp;

/** Where an SKP stands. {@code DIGANTI} marks an approved revision replaced by a newer approved one. */
public enum SkpStatus {
    DRAFT, DIAJUKAN, DISETUJUI, DIKEMBALIKAN, DIGANTI;

    /** The owner may still change the content. */
    public boolean editable() {
        return this == DRAFT || this == DIKEMBALIKAN;
    }
}
