package id.ekinerja.application.skp;

import id.ekinerja.domain.model.skp.Aspek;
import id.ekinerja.domain.model.skp.JenisRhk;
import id.ekinerja.domain.model.skp.Pendekatan;
import id.ekinerja.domain.model.skp.Perspektif;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The whole editable content of an SKP as the editor sends it: saved at once, against the loaded version. */
public record SkpContent(Pendekatan pendekatan, List<RhkInput> rhk, String dukunganSumberDaya,
                         String skemaPertanggungjawaban, String konsekuensi) implements Serializable {

    public SkpContent {
        rhk = rhk == null ? List.of() : List.copyOf(rhk);
    }

    /** One RHK; {@code intervenedRhkId} is an id the picker offered (checked again on the server). */
    public record RhkInput(JenisRhk jenis, String text, Long intervenedRhkId, List<IkiInput> iki) implements Serializable {
        public RhkInput {
            iki = iki == null ? List.of() : List.copyOf(iki);
        }
    }

    public record IkiInput(String indicator, BigDecimal targetValue, String targetUnit, String targetText, Aspek aspek,
                           Perspektif perspektif) implements Serializable {
    }
}
