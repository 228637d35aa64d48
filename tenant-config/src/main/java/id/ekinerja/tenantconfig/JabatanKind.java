package id.ekinerja.tenantconfig;

/** Kinds of position: JPT (senior executive), administrator, pengawas, pelaksana, fungsional (with a jenjang). */
public enum JabatanKind {
    JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA, FUNGSIONAL
}
