package id.ekinerja.application.skp;

import id.ekinerja.domain.model.skp.Iki;
import id.ekinerja.domain.model.skp.JenisRhk;
import id.ekinerja.domain.model.skp.Pendekatan;
import id.ekinerja.domain.model.skp.SkpStatus;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An SKP as the official document shows it (header, A. Hasil Kerja, B. Perilaku Kerja, Lampiran) plus
 * what the pages need around it (status, version, revisions). One read model for the screen and the PDF.
 */
public record SkpDocument(long id, int year, int revision, SkpStatus status, Pendekatan pendekatan, int version,
                          String agencyName, Person pegawai, Person ppk, Person atasanPpk, boolean jpt,
                          boolean topLeader, List<RhkLine> utama, List<RhkLine> tambahan, List<Perilaku> perilaku,
                          String dukunganSumberDaya, String skemaPertanggungjawaban, String konsekuensi,
                          String returnReason, String decidedBy, OffsetDateTime decidedAt, boolean decidedOnBehalf,
                          List<Revision> revisions) implements Serializable {

    public boolean editable() {
        return status.editable();
    }

    /** Name, NIP, pangkat/golongan, jabatan, unit kerja of one person in the header. */
    public record Person(long id, String nip, String name, String formattedNip, String pangkatGolongan,
                         String jabatan, String unit) implements Serializable {
    }

    /** One RHK with the superior's RHK it intervenes (text, for the document) and its IKI. */
    public record RhkLine(long id, JenisRhk jenis, String text, Long intervenedId, String intervenedText,
                          List<Iki> iki) implements Serializable {
    }

    /**
     * A behaviour row: a BerAKHLAK value ({@code coreValue} set) with its guides and the PPK's ekspektasi
     * khusus, or an expectation the agency added ({@code coreValue} null).
     */
    public record Perilaku(String coreValue, String label, List<String> guides, String ekspektasi) implements Serializable {
    }

    public record Revision(long id, int revision, SkpStatus status, OffsetDateTime updatedAt) implements Serializable {
    }
}
