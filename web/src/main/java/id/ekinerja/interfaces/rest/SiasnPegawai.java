package id.ekinerja.interfaces.rest;

import id.ekinerja.application.organisation.PegawaiRow;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One pegawai as SIASN (BKN's national ASN system) names its fields, and how it maps to an import row
 * ({@link PegawaiRow}, the file import's columns). Only these fields are read; any other field a SIASN export
 * carries is ignored. Roles are not part of it: they are e-Kinerja's own and stay as they are.
 */
@Schema(name = "SiasnPegawai", description = "One pegawai in SIASN's field names. Unknown fields are ignored.")
public record SiasnPegawai(
        @Schema(required = true, description = "NIP (18 digits; spaces allowed) → NIP", example = "198703142011011005")
        String nipBaru,
        @Schema(required = true, description = "Full name with titles → Nama", example = "I Made Suardana, S.Kom.")
        String nama,
        @Schema(required = true, description = "PNS or PPPK → Jenis", example = "PNS")
        String jenisPegawai,
        @Schema(description = "Golongan/ruang → Pangkat/Golongan (as \"pangkatAkhir (golRuangAkhir)\" when both are"
                + " given)", example = "III/b")
        String golRuangAkhir,
        @Schema(description = "Pangkat name, optional", example = "Penata Muda Tingkat I")
        String pangkatAkhir,
        @Schema(required = true, description = "Position name → Jabatan", example = "Pranata Komputer Ahli Pertama")
        String jabatanNama,
        @Schema(required = true, description = "JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA or FUNGSIONAL; SIASN's"
                + " \"Fungsional Tertentu\" → FUNGSIONAL, \"Fungsional Umum\" → PELAKSANA → Jenis Jabatan",
                example = "Fungsional Tertentu")
        String jenisJabatan,
        @Schema(description = "Level of a functional position (required for FUNGSIONAL); text or number → Jenjang",
                example = "Ahli Pertama")
        String jenjang,
        @Schema(required = true, description = "Code of the unit kerja in e-Kinerja (not SIASN's UUID unless the unit"
                + " was created with it as its code) → Kode Unit", example = "teknis-parmas")
        String unorId,
        @Schema(description = "NIP of the direct superior (PPK), in e-Kinerja or in the same payload → NIP Atasan",
                example = "198002052005011003")
        String atasanNip,
        @Schema(description = "E-mail → E-mail (emailGov is used when email is absent)", example = "made@kpu.go.id")
        String email,
        @Schema(description = "Official e-mail, used when email is absent")
        String emailGov) {

    /** The payload's fields in order, with the import column each maps to (for messages naming a field). */
    static final Map<String, String> FIELD_OF_COLUMN = Map.of(
            "NIP", "nipBaru", "Nama", "nama", "Jenis (PNS/PPPK)", "jenisPegawai", "Pangkat/Golongan", "golRuangAkhir",
            "Jabatan", "jabatanNama", "Jenis Jabatan", "jenisJabatan", "Jenjang", "jenjang", "Kode Unit", "unorId",
            "NIP Atasan (PPK)", "atasanNip", "E-mail", "email");

    static final List<String> REQUIRED = List.of("nipBaru", "nama", "jenisPegawai", "jabatanNama", "jenisJabatan",
            "unorId");
    private static final List<String> FIELDS = List.of("nipBaru", "nama", "jenisPegawai", "golRuangAkhir",
            "pangkatAkhir", "jabatanNama", "jenisJabatan", "jenjang", "unorId", "atasanNip", "email", "emailGov");

    /** A field that breaks the schema: missing (null counts as missing) or not a string. */
    record FieldProblem(int index, String field, String key) {
    }

    /**
     * Reads one element of the {@code pegawai} array, adding schema problems to {@code problems}.
     *
     * @return the record, or null if it broke the schema
     */
    static SiasnPegawai read(int index, JsonValue value, List<FieldProblem> problems) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            problems.add(new FieldProblem(index, null, "api.sync.notObject"));
            return null;
        }
        JsonObject o = value.asJsonObject();
        int before = problems.size();
        List<String> text = new ArrayList<>(FIELDS.size());
        for (String field : FIELDS) {
            JsonValue v = o.get(field);
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                if (REQUIRED.contains(field)) {
                    problems.add(new FieldProblem(index, field, "api.sync.missing"));
                }
                text.add("");
            } else if (v instanceof JsonString s) {
                text.add(s.getString().strip());
            } else if (v instanceof JsonNumber n && field.equals("jenjang")) {
                text.add(n.toString());
            } else {
                problems.add(new FieldProblem(index, field, "api.sync.notString"));
                text.add("");
            }
        }
        return problems.size() > before ? null : new SiasnPegawai(text.get(0), text.get(1), text.get(2), text.get(3),
                text.get(4), text.get(5), text.get(6), text.get(7), text.get(8), text.get(9), text.get(10), text.get(11));
    }

    /** As an import row at {@code line} (position from 1); no Peran, so the pegawai's roles stay. */
    PegawaiRow toRow(int line) {
        String golongan = pangkatAkhir.isEmpty() ? golRuangAkhir
                : golRuangAkhir.isEmpty() ? pangkatAkhir : pangkatAkhir + " (" + golRuangAkhir + ")";
        return new PegawaiRow(line, nipBaru, nama, jenisPegawai, golongan, jabatanNama, kind(), jenjang, unorId,
                atasanNip, email.isEmpty() ? emailGov : email, null);
    }

    /** SIASN's names of the kinds that map one to one; anything else goes to the validator as it is. */
    private String kind() {
        return switch (jenisJabatan.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ")) {
            case "FUNGSIONAL TERTENTU" -> "FUNGSIONAL";
            case "FUNGSIONAL UMUM", "PELAKSANA (FUNGSIONAL UMUM)" -> "PELAKSANA";
            case "JABATAN PIMPINAN TINGGI" -> "JPT";
            default -> jenisJabatan;
        };
    }
}
