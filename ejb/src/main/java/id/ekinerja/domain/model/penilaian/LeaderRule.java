package id.ekinerja.domain.model.penilaian;

import id.ekinerja.tenantconfig.OrganisationPredikat;
import id.ekinerja.tenantconfig.Rating;

/**
 * The leader-of-unit rule (PermenPAN-RB 6/2022): for a pegawai who leads a unit, the unit's achievement stands as
 * their rating hasil kerja. The unit's achievement is its organisation predikat, which has five grades while a
 * rating has three, so this is the mapping the app applies (also shown on the evaluation page):
 * <ul>
 *   <li><b>Istimewa</b> → Di Atas Ekspektasi (the unit exceeded its targets);</li>
 *   <li><b>Baik</b> → Sesuai Ekspektasi (the unit met them);</li>
 *   <li><b>Butuh Perbaikan, Kurang, Sangat Kurang</b> → Di Bawah Ekspektasi (the unit fell short; how far short
 *       shows in the unit's distribution curve, not in the leader's hasil kerja).</li>
 * </ul>
 * Why not a finer split: a rating has only one grade below expectations, and the leader's perilaku kerja is
 * still rated separately, so the kuadran still separates a leader of a weak unit who behaved well (Butuh
 * Perbaikan) from one who did not (Sangat Kurang).
 *
 * <p>A head of unit is the active pegawai of the unit whose PPK is outside the unit (or who has no PPK).
 */
public final class LeaderRule {
    private LeaderRule() {
    }

    public static Rating hasilKerja(OrganisationPredikat unit) {
        if (unit == null) {
            throw new IllegalArgumentException("organisation predikat is required");
        }
        return switch (unit) {
            case ISTIMEWA -> Rating.DI_ATAS_EKSPEKTASI;
            case BAIK -> Rating.SESUAI_EKSPEKTASI;
            case BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG -> Rating.DI_BAWAH_EKSPEKTASI;
        };
    }
}
