package id.ekinerja.interfaces.web.penilaian;

import id.ekinerja.application.penilaian.Views.Dekp;
import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.interfaces.web.pdf.PdfSheet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;

/** The Dokumen Evaluasi Kinerja Pegawai as an A4 portrait PDF, laid out with the shared {@link PdfSheet}. */
final class DekpPdf {
    private final ResourceBundle msg;

    private DekpPdf(ResourceBundle msg) {
        this.msg = msg;
    }

    static byte[] render(Dekp d, ResourceBundle msg) {
        try {
            return new DekpPdf(msg).draw(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] draw(Dekp d) throws IOException {
        try (PdfSheet s = new PdfSheet(false)) {
            s.title(t("pen.dekp.title"));
            s.centered(d.window() + " · " + (d.finalised() ? t("pen.status.final") + " " + d.finalisedOn() : t("pen.status.draft")));
            s.centered(d.agencyName());
            s.space(6);
            float[] hw = {0.16f, 0.28f, 0.28f, 0.28f};
            s.row(hw, true, "", t("skp.doc.pegawai"), t("skp.doc.ppk"), t("skp.doc.atasanPpk"));
            String[] fields = {"skp.doc.name", "skp.doc.nip", "skp.doc.pangkat", "skp.doc.jabatan", "skp.doc.unit"};
            for (int i = 0; i < fields.length; i++) {
                s.row(hw, false, t(fields[i]), PdfSheet.personField(d.pegawai(), i), PdfSheet.personField(d.ppk(), i), PdfSheet.personField(d.atasanPpk(), i));
            }
            s.space(8);
            s.heading(t("pen.dekp.result"));
            float[] rw = {0.3f, 0.7f};
            s.row(rw, false, t("pen.hasilKerja"), t("pen.rating." + d.hasilKerja())
                    + (d.hasilFromUnit() ? " (" + t("pen.leaderRule.short") + " " + t("pen.org." + d.unitPredikat()) + ")" : ""));
            s.row(rw, false, t("pen.notesHasil"), PdfSheet.nz(d.notesHasil()));
            s.row(rw, false, t("pen.perilaku"), t("pen.rating." + d.perilaku()));
            s.row(rw, false, t("pen.notesPerilaku"), PdfSheet.nz(d.notesPerilaku()));
            s.row(rw, true, t("pen.predikat"), t("pen.predikat." + d.predikat()));
            s.row(rw, false, t("pen.angkaKredit"), d.angkaKredit() == null ? "-" : d.angkaKredit().toPlainString() + " (" + d.jenjang() + ")");
            s.row(rw, false, t("pen.tunjangan"), d.tunjanganShare() + "%");
            s.row(rw, false, t("pen.ruleSet"), d.ruleSetVersion());
            if (!d.periodic().isEmpty()) {
                s.space(8);
                s.heading(t("pen.periodicResults"));
                for (String p : d.periodic()) {
                    s.text("- " + p);
                }
            }
            if (d.keberatan() != null) {
                s.space(8);
                s.heading(t("pen.keberatan.title"));
                s.row(rw, false, t("pen.keberatan.reasons"), d.keberatan().reasons() + " (" + d.keberatan().filedOn() + ")");
                s.row(rw, false, t("pen.keberatan.status"), t("pen.keberatan.status." + d.keberatan().status()));
                s.row(rw, false, t("pen.keberatan.decisionReasons"), PdfSheet.nz(d.keberatan().decisionReasons()));
            }
            return s.bytes();
        }
    }

    private String t(String key) {
        return PdfSheet.text(msg, key);
    }
}
