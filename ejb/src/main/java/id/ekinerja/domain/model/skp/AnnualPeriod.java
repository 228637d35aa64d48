package id.ekinerja.domain.model.skp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * An annual performance period (e.g. 2026) of the agency. SKP for a year can be started only while its
 * period is open; the admin instansi opens and closes it. Closing keeps existing SKP as they are.
 */
@Entity
@Table(name = "annual_period")
public class AnnualPeriod {
    public static final int MIN_YEAR = 2022; // PermenPAN-RB 6/2022
    public static final int MAX_YEAR = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "period_year", nullable = false, unique = true)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private PeriodStatus status;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private int version;

    protected AnnualPeriod() {
    }

    /** A newly opened period. */
    public AnnualPeriod(int year, String openedBy) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new SkpIncompleteException("skp.period.yearInvalid", MIN_YEAR, MAX_YEAR);
        }
        this.year = year;
        this.status = PeriodStatus.OPEN;
        touch(openedBy);
    }

    public void open(String by) {
        status = PeriodStatus.OPEN;
        touch(by);
    }

    public void close(String by) {
        status = PeriodStatus.CLOSED;
        touch(by);
    }

    private void touch(String by) {
        this.changedBy = by;
        this.changedAt = OffsetDateTime.now();
    }

    public boolean isOpen() {
        return status == PeriodStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public PeriodStatus getStatus() {
        return status;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }
}
