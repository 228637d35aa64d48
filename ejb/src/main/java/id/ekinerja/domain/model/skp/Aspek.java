package id.ekinerja.domain.model.skp;

/** The aspect an IKI measures, for JA/JF (non-JPT) pegawai. */
public enum Aspek {
    KUANTITAS, KUALITAS, WAKTU, BIAYA
}
