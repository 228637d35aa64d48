package id.ekinerja.domain.model.skp;

/** The balanced-scorecard perspective of an IKI, for JPT (senior executives). */
public enum Perspektif {
    PENERIMA_LAYANAN, PENGUATAN_INTERNAL, ANGGARAN, PROSES_BISNIS
}
