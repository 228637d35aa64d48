package id.ekinerja.domain.model.penilaian;

/** Filed and waiting for the atasan PPK; upheld (result stands); changed (the atasan PPK set new ratings). */
public enum KeberatanStatus {
    DIAJUKAN, DITOLAK, DIUBAH;

    public boolean decided() {
        return this != DIAJUKAN;
    }
}
