package id.ekinerja.interfaces.web.skp;

import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.domain.model.skp.Iki;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders an {@link SkpDocument} in the official layout (header with pegawai, PPK and atasan PPK; A. Hasil
 * Kerja utama and tambahan; B. Perilaku Kerja; Lampiran) as an A4 landscape PDF. Text is drawn as text, never
 * interpreted: characters the standard font cannot encode are replaced, so user input cannot break the file.
 */
final class SkpPdf {
    private static final float MARGIN = 36;
    private static final float SIZE = 8.5f;
    private static final float LEADING = 11f;
    private static final float PAD = 3f;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final ResourceBundle msg;
    private PDDocument pdf;
    private PDPageContentStream out;
    private float y;
    private final float width = PDRectangle.A4.getHeight() - 2 * MARGIN;

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
        // memory-only cache: no temp files or mapped buffers (which WildFly's module system cannot unmap)
        try (PDDocument doc = new PDDocument(org.apache.pdfbox.io.IOUtils.createMemoryOnlyStreamCache())) {
            pdf = doc;
            newPage();
            title(t("skp.doc.title"));
            centered(t("skp.doc.period") + " " + d.year() + " · " + t("skp.doc.revision") + " " + d.revision()
                    + " · " + t("skp.status." + d.status()) + " · " + t("skp.doc.pendekatan") + " "
                    + t("skp.pendekatan." + d.pendekatan()));
            centered(d.agencyName());
            y -= 6;
            float[] hw = {0.16f, 0.28f, 0.28f, 0.28f};
            row(hw, true, "", t("skp.doc.pegawai"), t("skp.doc.ppk"), t("skp.doc.atasanPpk"));
            String[][] fields = {{"skp.doc.name"}, {"skp.doc.nip"}, {"skp.doc.pangkat"}, {"skp.doc.jabatan"}, {"skp.doc.unit"}};
            for (int i = 0; i < fields.length; i++) {
                row(hw, false, t(fields[i][0]), field(d.pegawai(), i), field(d.ppk(), i), field(d.atasanPpk(), i));
            }
            y -= 8;
            heading("A. " + t("skp.doc.hasilKerja"));
            float[] cw = d.jpt() ? new float[] {0.04f, 0.36f, 0.30f, 0.15f, 0.15f}
                    : new float[] {0.04f, 0.22f, 0.24f, 0.10f, 0.24f, 0.16f};
            String[] head = d.jpt()
                    ? new String[] {t("skp.doc.no"), t("skp.doc.rhk"), t("skp.doc.iki"), t("skp.doc.target"), t("skp.doc.perspektif")}
                    : new String[] {t("skp.doc.no"), t("skp.doc.intervened"), t("skp.doc.rhk"), t("skp.doc.aspek"), t("skp.doc.iki"), t("skp.doc.target")};
            row(cw, true, head);
            group(d, cw, t("skp.jenis.UTAMA"), d.utama());
            group(d, cw, t("skp.jenis.TAMBAHAN"), d.tambahan());
            y -= 8;
            heading("B. " + t("skp.doc.perilakuKerja"));
            float[] pw = {0.04f, 0.20f, 0.46f, 0.30f};
            row(pw, true, t("skp.doc.no"), t("skp.doc.perilaku"), t("skp.doc.guides"), t("skp.doc.ekspektasi"));
            int n = 1;
            for (SkpDocument.Perilaku p : d.perilaku()) {
                row(pw, false, String.valueOf(n++), p.label(), "- " + String.join("\n- ", p.guides()),
                        p.ekspektasi() == null ? "" : p.ekspektasi());
            }
            y -= 8;
            heading(t("skp.doc.lampiran"));
            float[] lw = {0.25f, 0.75f};
            row(lw, false, t("skp.lampiran.dukungan"), nz(d.dukunganSumberDaya()));
            row(lw, false, t("skp.lampiran.skema"), nz(d.skemaPertanggungjawaban()));
            row(lw, false, t("skp.lampiran.konsekuensi"), nz(d.konsekuensi()));
            if (d.decidedAt() != null && d.status() != null) {
                y -= 8;
                line(regular, t("skp.doc.decided") + " " + t("skp.status." + d.status()) + " · " + d.decidedBy()
                        + (d.decidedOnBehalf() ? " (" + t("skp.doc.onBehalf") + ")" : "") + " · "
                        + d.decidedAt().toLocalDate(), MARGIN);
            }
            out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private void group(SkpDocument d, float[] cw, String label, List<SkpDocument.RhkLine> lines) throws IOException {
        String[] sub = new String[cw.length];
        java.util.Arrays.fill(sub, "");
        sub[1] = label;
        row(cw, true, sub);
        int n = 1;
        for (SkpDocument.RhkLine r : lines) {
            List<Iki> ikis = r.iki().isEmpty() ? List.of() : r.iki();
            if (ikis.isEmpty()) {
                row(cw, false, d.jpt() ? new String[] {String.valueOf(n), r.text(), "", "", ""}
                        : new String[] {String.valueOf(n), nz(r.intervenedText()), r.text(), "", "", ""});
            }
            boolean first = true;
            for (Iki i : ikis) {
                String no = first ? String.valueOf(n) : "";
                String rhk = first ? r.text() : "";
                row(cw, false, d.jpt()
                        ? new String[] {no, rhk, i.getIndicator(), i.getTargetLabel(),
                                i.getPerspektif() == null ? "" : t("skp.perspektif." + i.getPerspektif())}
                        : new String[] {no, first ? nz(r.intervenedText()) : "", rhk,
                                i.getAspek() == null ? "" : t("skp.aspek." + i.getAspek()), i.getIndicator(), i.getTargetLabel()});
                first = false;
            }
            n++;
        }
    }

    private static String field(SkpDocument.Person p, int i) {
        if (p == null) {
            return "-";
        }
        return nz(switch (i) {
            case 0 -> p.name();
            case 1 -> p.formattedNip();
            case 2 -> p.pangkatGolongan();
            case 3 -> p.jabatan();
            default -> p.unit();
        });
    }

    // ---- layout primitives ---------------------------------------------------------------------------

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
        pdf.addPage(page);
        out = new PDPageContentStream(pdf, page);
        out.setLineWidth(0.5f);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    private void title(String s) throws IOException {
        out.beginText();
        out.setFont(bold, 13);
        String safe = safe(s, bold);
        out.newLineAtOffset(MARGIN + (width - bold.getStringWidth(safe) / 1000 * 13) / 2, y - 13);
        out.showText(safe);
        out.endText();
        y -= 18;
    }

    private void centered(String s) throws IOException {
        String safe = safe(s, regular);
        line(regular, safe, MARGIN + (width - regular.getStringWidth(safe) / 1000 * SIZE) / 2);
    }

    private void heading(String s) throws IOException {
        ensure(LEADING * 3);
        line(bold, s, MARGIN);
        y -= 2;
    }

    private void line(PDType1Font font, String s, float x) throws IOException {
        ensure(LEADING);
        out.beginText();
        out.setFont(font, SIZE);
        out.newLineAtOffset(x, y - SIZE);
        out.showText(safe(s, font));
        out.endText();
        y -= LEADING;
    }

    /** A table row: each cell wrapped to its share of the width, bordered, moved to a new page if needed. */
    private void row(float[] shares, boolean header, String... cells) throws IOException {
        PDType1Font font = header ? bold : regular;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < cells.length; c++) {
            List<String> w = wrap(nz(cells[c]), font, shares[c] * width - 2 * PAD);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        float h = lines * LEADING + 2 * PAD;
        ensure(h);
        float x = MARGIN;
        for (int c = 0; c < cells.length; c++) {
            float cw = shares[c] * width;
            if (header) {
                out.setNonStrokingColor(0.92f, 0.92f, 0.92f);
                out.addRect(x, y - h, cw, h);
                out.fill();
                out.setNonStrokingColor(0f, 0f, 0f);
            }
            out.addRect(x, y - h, cw, h);
            out.stroke();
            float ty = y - PAD - SIZE;
            for (String l : wrapped.get(c)) {
                out.beginText();
                out.setFont(font, SIZE);
                out.newLineAtOffset(x + PAD, ty);
                out.showText(l);
                out.endText();
                ty -= LEADING;
            }
            x += cw;
        }
        y -= h;
    }

    private void ensure(float h) throws IOException {
        if (y - h < MARGIN) {
            newPage();
        }
    }

    private List<String> wrap(String text, PDType1Font font, float max) throws IOException {
        List<String> result = new ArrayList<>();
        for (String para : safe(text, font).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font) <= max || line.isEmpty() && width(word, font) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    result.add(line.toString());
                    line.setLength(0);
                }
                // a word longer than the cell is cut
                String w = word;
                while (width(w, font) > max && w.length() > 1) {
                    int cut = w.length() - 1;
                    while (cut > 1 && width(w.substring(0, cut), font) > max) {
                        cut--;
                    }
                    result.add(w.substring(0, cut));
                    w = w.substring(cut);
                }
                line.append(w);
            }
            result.add(line.toString());
        }
        return result;
    }

    private static float width(String s, PDType1Font font) throws IOException {
        return font.getStringWidth(s) / 1000 * SIZE;
    }

    /** Only characters the font can encode; tabs and control characters become spaces. */
    private static String safe(String s, PDType1Font font) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n') {
                b.append('\n');
                return;
            }
            if (Character.isISOControl(cp)) {
                b.append(' ');
                return;
            }
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                b.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }

    private String t(String key) {
        return msg.containsKey(key) ? msg.getString(key) : key;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
