package id.ekinerja.interfaces.web.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The layout primitives of the app's official documents (SKP, DEKP): an A4 sheet (landscape or portrait) with a
 * centred title, lines, headings and bordered table rows that wrap their cells and break pages. Text is drawn as
 * text, never interpreted: characters the standard font cannot encode are replaced, so user input cannot break
 * the file. Memory-only: no temp files or mapped buffers (which WildFly's module system cannot unmap).
 */
public final class PdfSheet implements AutoCloseable {
    private static final float MARGIN = 36;
    private static final float SIZE = 8.5f;
    private static final float LEADING = 11f;
    private static final float PAD = 3f;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDDocument pdf;
    private final PDRectangle pageSize;
    private final float width;
    private PDPageContentStream out;
    private float y;

    public PdfSheet(boolean landscape) throws IOException {
        this.pdf = new PDDocument(org.apache.pdfbox.io.IOUtils.createMemoryOnlyStreamCache());
        this.pageSize = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
        this.width = pageSize.getWidth() - 2 * MARGIN;
        newPage();
    }

    /** The finished file. */
    public byte[] bytes() throws IOException {
        out.close();
        out = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pdf.save(bytes);
        return bytes.toByteArray();
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
        pdf.close();
    }

    public void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(pageSize);
        pdf.addPage(page);
        out = new PDPageContentStream(pdf, page);
        out.setLineWidth(0.5f);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    public void space(float points) {
        y -= points;
    }

    public void title(String s) throws IOException {
        out.beginText();
        out.setFont(bold, 13);
        String safe = safe(s, bold);
        out.newLineAtOffset(MARGIN + (width - bold.getStringWidth(safe) / 1000 * 13) / 2, y - 13);
        out.showText(safe);
        out.endText();
        y -= 18;
    }

    public void centered(String s) throws IOException {
        String safe = safe(s, regular);
        line(regular, safe, MARGIN + (width - regular.getStringWidth(safe) / 1000 * SIZE) / 2);
    }

    public void heading(String s) throws IOException {
        ensure(LEADING * 3);
        line(bold, s, MARGIN);
        y -= 2;
    }

    /** A plain line at the left margin. */
    public void text(String s) throws IOException {
        line(regular, s, MARGIN);
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
    public void row(float[] shares, boolean header, String... cells) throws IOException {
        PDType1Font font = header ? bold : regular;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < cells.length; c++) {
            List<String> w = wrap(cells[c] == null ? "" : cells[c], font, shares[c] * width - 2 * PAD);
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

    /** A header field of a person (0 name, 1 NIP, 2 pangkat/golongan, 3 jabatan, 4 unit), "-" for nobody. */
    public static String personField(id.ekinerja.application.skp.SkpDocument.Person p, int i) {
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

    /** A bundle text, or the key itself when missing (a PDF never fails on a missing label). */
    public static String text(java.util.ResourceBundle msg, String key) {
        return msg.containsKey(key) ? msg.getString(key) : key;
    }

    public static String nz(String s) {
        return s == null ? "" : s;
    }
}
