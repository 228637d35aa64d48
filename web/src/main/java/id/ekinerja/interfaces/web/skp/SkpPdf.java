package id.ekinerja.interfaces.web.skp;

import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.domain.model.skp.Iki;
import id.ekinerja.interfaces.web.pdf.PdfSheet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Renders an {@link SkpDocument} in the official layout (header with pegawai, PPK and atasan PPK; A. Hasil
 * Kerja utama and tambahan; B. Perilaku Kerja; Lampiran) as an A4 landscape PDF. Text is drawn as text, never
 * interpreted: characters the standard font cannot encode are replaced, so user input cannot break the file.
 */
final class SkpPdf {
    private final ResourceBundle msg;
    private PdfSheet sheet;

    private SkpPdf(ResourceBundle msg) {
        this.msg = msg;
    }

    static byte[] render(SkpDocument d, ResourceBundle msg) {
        try {
            return new SkpPdf(msg).draw(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] draw(SkpDocument d) throws IOException {
        try (PdfSheet doc = new PdfSheet(true)) {
            sheet = doc;
            sheet.title(t("skp.doc.title"));
            sheet.centered(t("skp.doc.period") + " " + d.year() + " · " + t("skp.doc.revision") + " " + d.revision()
                    + " · " + t("skp.status." + d.status()) + " · " + t("skp.doc.pendekatan") + " "
                    + t("skp.pendekatan." + d.pendekatan()));
            sheet.centered(d.agencyName());
            sheet.space(6);
            float[] hw = {0.16f, 0.28f, 0.28f, 0.28f};
            sheet.row(hw, true, "", t("skp.doc.pegawai"), t("skp.doc.ppk"), t("skp.doc.atasanPpk"));
            String[][] fields = {{"skp.doc.name"}, {"skp.doc.nip"}, {"skp.doc.pangkat"}, {"skp.doc.jabatan"}, {"skp.doc.unit"}};
            for (int i = 0; i < fields.length; i++) {
                sheet.row(hw, false, t(fields[i][0]), PdfSheet.personField(d.pegawai(), i), PdfSheet.personField(d.ppk(), i), PdfSheet.personField(d.atasanPpk(), i));
            }
            sheet.space(8);
            sheet.heading("A. " + t("skp.doc.hasilKerja"));
            float[] cw = d.jpt() ? new float[] {0.04f, 0.36f, 0.30f, 0.15f, 0.15f}
                    : new float[] {0.04f, 0.22f, 0.24f, 0.10f, 0.24f, 0.16f};
            String[] head = d.jpt()
                    ? new String[] {t("skp.doc.no"), t("skp.doc.rhk"), t("skp.doc.iki"), t("skp.doc.target"), t("skp.doc.perspektif")}
                    : new String[] {t("skp.doc.no"), t("skp.doc.intervened"), t("skp.doc.rhk"), t("skp.doc.aspek"), t("skp.doc.iki"), t("skp.doc.target")};
            sheet.row(cw, true, head);
            group(d, cw, t("skp.jenis.UTAMA"), d.utama());
            group(d, cw, t("skp.jenis.TAMBAHAN"), d.tambahan());
            sheet.space(8);
            sheet.heading("B. " + t("skp.doc.perilakuKerja"));
            float[] pw = {0.04f, 0.20f, 0.46f, 0.30f};
            sheet.row(pw, true, t("skp.doc.no"), t("skp.doc.perilaku"), t("skp.doc.guides"), t("skp.doc.ekspektasi"));
            int n = 1;
            for (SkpDocument.Perilaku p : d.perilaku()) {
                sheet.row(pw, false, String.valueOf(n++), p.label(), "- " + String.join("\n- ", p.guides()),
                        p.ekspektasi() == null ? "" : p.ekspektasi());
            }
            sheet.space(8);
            sheet.heading(t("skp.doc.lampiran"));
            float[] lw = {0.25f, 0.75f};
            sheet.row(lw, false, t("skp.lampiran.dukungan"), PdfSheet.nz(d.dukunganSumberDaya()));
            sheet.row(lw, false, t("skp.lampiran.skema"), PdfSheet.nz(d.skemaPertanggungjawaban()));
            sheet.row(lw, false, t("skp.lampiran.konsekuensi"), PdfSheet.nz(d.konsekuensi()));
            if (d.decidedAt() != null && d.status() != null) {
                sheet.space(8);
                sheet.text(t("skp.doc.decided") + " " + t("skp.status." + d.status()) + " · " + d.decidedBy()
                        + (d.decidedOnBehalf() ? " (" + t("skp.doc.onBehalf") + ")" : "") + " · "
                        + d.decidedAt().toLocalDate());
            }
            return doc.bytes();
        }
    }

    private void group(SkpDocument d, float[] cw, String label, List<SkpDocument.RhkLine> lines) throws IOException {
        String[] sub = new String[cw.length];
        java.util.Arrays.fill(sub, "");
        sub[1] = label;
        sheet.row(cw, true, sub);
        int n = 1;
        for (SkpDocument.RhkLine r : lines) {
            List<Iki> ikis = r.iki().isEmpty() ? List.of() : r.iki();
            if (ikis.isEmpty()) {
                sheet.row(cw, false, d.jpt() ? new String[] {String.valueOf(n), r.text(), "", "", ""}
                        : new String[] {String.valueOf(n), PdfSheet.nz(r.intervenedText()), r.text(), "", "", ""});
            }
            boolean first = true;
            for (Iki i : ikis) {
                String no = first ? String.valueOf(n) : "";
                String rhk = first ? r.text() : "";
                sheet.row(cw, false, d.jpt()
                        ? new String[] {no, rhk, i.getIndicator(), i.getTargetLabel(),
                                i.getPerspektif() == null ? "" : t("skp.perspektif." + i.getPerspektif())}
                        : new String[] {no, first ? PdfSheet.nz(r.intervenedText()) : "", rhk,
                                i.getAspek() == null ? "" : t("skp.aspek." + i.getAspek()), i.getIndicator(), i.getTargetLabel()});
                first = false;
            }
            n++;
        }
    }

    private String t(String key) {
        return PdfSheet.text(msg, key);
    }
}
