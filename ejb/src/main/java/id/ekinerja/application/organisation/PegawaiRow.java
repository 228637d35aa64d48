package id.ekinerja.application.organisation;

/**
 * One data row of an import file as text, trimmed, empty cells as {@code ""}. {@code line} is the row number
 * the admin sees in the spreadsheet (the header is line 1); for the API's sync it is the record's position in the
 * payload, counting from 1. {@code peran} null (the sync) means "keep the pegawai's roles".
 */
public record PegawaiRow(int line, String nip, String nama, String jenis, String pangkatGolongan, String jabatan,
                         String jenisJabatan, String jenjang, String kodeUnit, String nipAtasan, String email,
                         String peran) implements java.io.Serializable {

    /** The template's columns, in order; the header must name them (case and spacing do not matter). */
    public static final java.util.List<String> COLUMNS = java.util.List.of("NIP", "Nama", "Jenis (PNS/PPPK)",
            "Pangkat/Golongan", "Jabatan", "Jenis Jabatan", "Jenjang", "Kode Unit", "NIP Atasan (PPK)", "E-mail",
            "Peran");

    static PegawaiRow of(int line, String[] cells) {
        return new PegawaiRow(line, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells[7],
                cells[8], cells[9], cells[10]);
    }

    boolean isBlank() {
        return (nip + nama + jenis + pangkatGolongan + jabatan + jenisJabatan + jenjang + kodeUnit + nipAtasan + email
                + peran).isBlank();
    }
}
