package id.ekinerja.domain.model.skp;

import id.ekinerja.tenantconfig.EvaluationScheme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A window of an annual period: the months it covers (a month, quarter or semester for the periodic evaluation,
 * the whole year for the annual one) and the dates between which work for it is accepted — realisasi and bukti
 * dukung, feedback, the PPK's evaluation. Outside those dates such actions are refused with
 * {@link WindowClosedException}, saying when the window opens or closed.
 *
 * <p>Default dates ({@link #generate}): a periodic window opens on the first day it covers and closes
 * {@value #DEFAULT_GRACE_DAYS} days after the last, so the pegawai can record the last weeks' realisasi and the
 * PPK can evaluate once the period is over; the annual window opens on 1 December and closes on 31 January of
 * the next year (the year-end rush). The admin instansi moves them with {@link #reschedule}.
 */
@Entity
@Table(name = "evaluation_window")
public class EvaluationWindow {
    public static final int DEFAULT_GRACE_DAYS = 10;

    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "annual_period_id", nullable = false, updatable = false)
    private AnnualPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private WindowKind kind;

    /** 1-based position in the year (month 1–12, quarter 1–4, semester 1–2; the year is 1). */
    @Column(nullable = false, updatable = false)
    private int sequence;

    @Column(name = "covers_from", nullable = false, updatable = false)
    private LocalDate coversFrom;

    @Column(name = "covers_to", nullable = false, updatable = false)
    private LocalDate coversTo;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private int version;

    protected EvaluationWindow() {
    }

    private EvaluationWindow(AnnualPeriod period, WindowKind kind, int sequence, LocalDate coversFrom,
                             LocalDate coversTo, LocalDate opensOn, LocalDate closesOn, String by) {
        this.period = period;
        this.kind = kind;
        this.sequence = sequence;
        this.coversFrom = coversFrom;
        this.coversTo = coversTo;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        touch(by);
    }

    /** The periodic windows of the scheme, in order, then the annual window, with default dates. */
    public static List<EvaluationWindow> generate(AnnualPeriod period, EvaluationScheme scheme, String by) {
        WindowKind kind = WindowKind.of(scheme);
        List<EvaluationWindow> windows = new ArrayList<>();
        LocalDate start = LocalDate.of(period.getYear(), 1, 1);
        for (int i = 0; i < scheme.windowsPerYear(); i++) {
            LocalDate from = start.plusMonths((long) i * kind.months());
            LocalDate to = from.plusMonths(kind.months()).minusDays(1);
            windows.add(new EvaluationWindow(period, kind, i + 1, from, to, from, to.plusDays(DEFAULT_GRACE_DAYS), by));
        }
        windows.add(new EvaluationWindow(period, WindowKind.YEAR, 1, start, LocalDate.of(period.getYear(), 12, 31),
                LocalDate.of(period.getYear(), 12, 1), LocalDate.of(period.getYear() + 1, 1, 31), by));
        return windows;
    }

    /**
     * New open and close dates. Rules: both given; opening not after closing; the window cannot close before
     * the first day it covers (nothing could be recorded yet); both dates within the year before and after the
     * period, which catches typos such as 2062 for 2026.
     */
    public void reschedule(LocalDate opens, LocalDate closes, String by) {
        if (opens == null || closes == null) {
            throw new SkpException("window.datesRequired");
        }
        if (opens.isAfter(closes)) {
            throw new SkpException("window.opensAfterCloses");
        }
        if (closes.isBefore(coversFrom)) {
            throw new SkpException("window.closesBeforeStart", coversFrom);
        }
        int year = period.getYear();
        if (opens.getYear() < year - 1 || closes.getYear() > year + 1) {
            throw new SkpException("window.datesOutOfRange", year - 1, year + 1);
        }
        this.opensOn = opens;
        this.closesOn = closes;
        touch(by);
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** @throws WindowClosedException saying when the window opens, or when it closed */
    public void requireOpenOn(LocalDate day) {
        if (day.isBefore(opensOn)) {
            throw new WindowClosedException("window.notYetOpen", label(), opensOn);
        }
        if (day.isAfter(closesOn)) {
            throw new WindowClosedException("window.closed", label(), closesOn);
        }
    }

    /** Indonesian label for documents and logs, e.g. "Triwulan II 2026", "Maret 2026", "Tahunan 2026". */
    public String label() {
        int year = period.getYear();
        return switch (kind) {
            case MONTH -> MONTHS[sequence - 1] + " " + year;
            case QUARTER -> "Triwulan " + ROMAN[sequence - 1] + " " + year;
            case SEMESTER -> "Semester " + ROMAN[sequence - 1] + " " + year;
            case YEAR -> "Tahunan " + year;
        };
    }

    public boolean isAnnual() {
        return kind == WindowKind.YEAR;
    }

    private void touch(String by) {
        this.changedBy = by;
        this.changedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public AnnualPeriod getPeriod() {
        return period;
    }

    public int getYear() {
        return period.getYear();
    }

    public WindowKind getKind() {
        return kind;
    }

    public int getSequence() {
        return sequence;
    }

    public LocalDate getCoversFrom() {
        return coversFrom;
    }

    public LocalDate getCoversTo() {
        return coversTo;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public int getVersion() {
        return version;
    }
}
