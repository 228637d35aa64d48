package id.ekinerja.application.organisation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The downloadable import templates: the header row, NIP columns formatted as text, and a sheet of notes. */
public final class PegawaiTemplate {
    /** What each column holds, in the order of {@link PegawaiRow#COLUMNS} (Bahasa Indonesia, for the sheet). */
    public static final List<String> NOTES = List.of(
            "Wajib. 18 digit NIP (PNS) atau NI PPPK, tanpa spasi; tulis sebagai teks agar Excel tidak membulatkannya.",
            "Wajib. Nama lengkap dengan gelar.",
            "Wajib. PNS atau PPPK.",
            "Opsional. Mis. Penata Tk. I (III/d) atau golongan PPPK IX.",
            "Wajib. Nama jabatan.",
            "Wajib. JPT, Administrator, Pengawas, Pelaksana atau Fungsional.",
            "Wajib untuk Fungsional. Mis. Ahli Pertama, Ahli Muda, Terampil.",
            "Wajib. Kode unit kerja yang sudah ada di aplikasi.",
            "Opsional. NIP pejabat penilai kinerja (atasan langsung): ada di berkas ini atau sudah terdaftar.",
            "Opsional. Alamat e-mail; tidak boleh dipakai akun lain.",
            "Opsional. ADMIN_INSTANSI dan/atau PENGELOLA_KINERJA, dipisah koma.");

    private PegawaiTemplate() {
    }

    /** UTF-8 with BOM (so Excel shows names with accents correctly), comma-separated. */
    public static byte[] csv() {
        return ("\uFEFF" + String.join(",", PegawaiRow.COLUMNS) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Pegawai");
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < PegawaiRow.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(PegawaiRow.COLUMNS.get(i));
                sheet.setColumnWidth(i, 22 * 256);
            }
            sheet.setDefaultColumnStyle(0, text);
            sheet.setDefaultColumnStyle(8, text);
            Sheet notes = wb.createSheet("Petunjuk");
            for (int i = 0; i < PegawaiRow.COLUMNS.size(); i++) {
                Row row = notes.createRow(i);
                row.createCell(0).setCellValue(PegawaiRow.COLUMNS.get(i));
                row.createCell(1).setCellValue(NOTES.get(i));
            }
            notes.setColumnWidth(0, 22 * 256);
            notes.setColumnWidth(1, 100 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
