package id.ekinerja.systemtest;

import id.ekinerja.application.security.Actor;
import id.ekinerja.application.skp.InterventionOption;
import id.ekinerja.application.skp.SkpContent;
import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.domain.model.skp.Aspek;
import id.ekinerja.domain.model.skp.JenisRhk;
import id.ekinerja.domain.model.skp.Pendekatan;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Brings a pegawai's SKP of a year to "approved" through the real services, from whatever state an earlier test
 * left it in (none, draft, submitted, returned, approved), so tests that need an approved SKP do not depend on
 * each other.
 */
final class ApprovedSkps {
    private ApprovedSkps() {
    }

    static SkpDocument ensure(SkpService skp, String tenant, Actor owner, Actor ppk, int year, String rhkText) {
        return TenantContext.call(tenant, () -> {
            SkpDocument doc = skp.mySkp(owner, year).orElseGet(() -> skp.startDraft(owner, year));
            switch (doc.status()) {
                case DISETUJUI:
                    return doc;
                case DIGANTI:
                    throw new IllegalStateException("latest revision superseded?");
                case DRAFT:
                case DIKEMBALIKAN: {
                    List<InterventionOption> options = skp.interventionOptions(owner, year);
                    Long intervened = options.isEmpty() ? null : options.get(0).rhkId();
                    SkpContent content = new SkpContent(Pendekatan.KUANTITATIF, List.of(new SkpContent.RhkInput(
                            JenisRhk.UTAMA, rhkText, intervened, List.of(new SkpContent.IkiInput("Jumlah laporan",
                                    new BigDecimal("12"), "laporan", null, Aspek.KUANTITAS, null)))),
                            "Aplikasi", "Laporan bulanan", "Teguran");
                    doc = skp.saveDraft(owner, doc.id(), doc.version(), content);
                    doc = skp.submit(owner, doc.id(), doc.version());
                }
                // fall through: submitted
                default:
                    return skp.approve(ppk, doc.id(), doc.version(), Map.of());
            }
        });
    }
}
