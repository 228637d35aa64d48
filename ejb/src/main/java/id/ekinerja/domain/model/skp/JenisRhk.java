package id.ekinerja.domain.model.skp;

/** RHK utama (the core results, cascaded from the PPK) or tambahan (extra assignments). */
public enum JenisRhk {
    UTAMA, TAMBAHAN
}
