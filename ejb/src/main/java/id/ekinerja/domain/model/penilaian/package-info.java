/**
 * Penilaian and tindak lanjut: a pegawai's evaluation per window (periodic or annual), the unit's organisation
 * predikat, the distribution-curve check at finalisation, and the keberatan against an annual result. The rules
 * themselves (kuadran, curve, angka kredit) are the tenant's versioned {@link id.ekinerja.tenantconfig.RuleSet};
 * these entities apply them and record the version they applied.
 */
package id.ekinerja.domain.model.penilaian;
