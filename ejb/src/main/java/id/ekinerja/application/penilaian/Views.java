package id.ekinerja.application.penilaian;

import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.domain.model.penilaian.KeberatanStatus;
import id.ekinerja.tenantconfig.OrganisationPredikat;
import id.ekinerja.tenantconfig.Predikat;
import id.ekinerja.tenantconfig.Rating;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Read models of the penilaian pages and the DEKP (records: call the components in EL, e.g. {@code row.name()}). */
public final class Views {
    private Views() {
    }

    /** A window as the pages list it. */
    public record WindowLine(long id, String label, boolean annual, boolean open, LocalDate opensOn,
                             LocalDate closesOn) implements Serializable {
    }

    /** One subordinate on the PPK's evaluation page, with the periodic results of the year for an annual window. */
    public record TeamRow(long pegawaiId, String nip, String formattedNip, String name, String jabatan, String unit, boolean leadsUnit,
                          OrganisationPredikat unitPredikat, Long evaluationId, Rating hasilKerja, Rating perilaku,
                          Predikat predikat, String notesHasil, String notesPerilaku, boolean finalised,
                          String ruleSetVersion, List<String> periodic) implements Serializable {
    }

    /** One predikat bar of a unit's live distribution. */
    public record Bar(Predikat predikat, int count, int percent) implements Serializable {
    }

    /** One constraint of the curve with its head-count bounds for this unit and the live count. */
    public record Rule(String text, int min, int max, int actual, boolean ok) implements Serializable {
    }

    /** A unit in one window: its organisation predikat, its live distribution against the curve, what the actor may do. */
    public record UnitView(long unitId, String code, String name, String heads, OrganisationPredikat predikat,
                           String predikatNotes, String predikatSetBy, boolean finalised, int size, int rated,
                           List<Bar> bars, List<Rule> rules, boolean satisfied, String explanation,
                           boolean canSetPredikat, boolean canFinalise) implements Serializable {
    }

    /** The outcome of a bulk finalisation over a unit tree. */
    public record TreeOutcome(int unitsFinalised, int evaluationsFinalised, List<String> refused, long millis)
            implements Serializable {
    }

    /** A keberatan as the pegawai and the atasan PPK see it. */
    public record KeberatanLine(long id, long evaluationId, String pegawaiName, String pegawaiNip, String window,
                                String reasons, LocalDate filedOn, KeberatanStatus status, Predikat originalPredikat,
                                Predikat currentPredikat, String decisionReasons, String decidedBy) implements Serializable {
    }

    /**
     * Dokumen Evaluasi Kinerja Pegawai: the header people, the window, the ratings and predikat with the PPK's
     * notes, the unit's organisation predikat, the angka kredit and tunjangan share, the rule set version, the
     * periodic results (annual only) and the keberatan, if any.
     */
    public record Dekp(long evaluationId, String agencyName, String window, boolean annual, SkpDocument.Person pegawai,
                       SkpDocument.Person ppk, SkpDocument.Person atasanPpk, Rating hasilKerja, Rating perilaku,
                       Predikat predikat, boolean hasilFromUnit, OrganisationPredikat unitPredikat, String notesHasil,
                       String notesPerilaku, BigDecimal angkaKredit, String jenjang, int tunjanganShare,
                       String ruleSetVersion, boolean finalised, LocalDate finalisedOn, LocalDate keberatanDeadline,
                       boolean canFileKeberatan, List<String> periodic, KeberatanLine keberatan) implements Serializable {
    }
}
