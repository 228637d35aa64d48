package id.ekinerja.domain.model.skp;

/** The SKP's approach: measurable targets with a unit (kuantitatif) or narrative expectations (kualitatif). */
public enum Pendekatan {
    KUANTITATIF, KUALITATIF
}
