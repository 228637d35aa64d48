package id.ekinerja.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One run of the pegawai import. The worker updates it in short transactions of its own, so the import page
 * on any node shows the progress by polling this row.
 */
@Entity
@Table(name = "org_import_job")
public class PegawaiImportJob {
    public enum Status {
        /** reading and checking the whole file */
        VALIDATING,
        /** the file has errors: nothing was imported; {@code problems} lists them */
        REJECTED,
        /** writing pegawai (one transaction) */
        SAVING,
        /** creating Keycloak accounts (partial import, no passwords) */
        ACCOUNTS,
        /** adding the accounts to the agency's Keycloak organization */
        MEMBERSHIPS,
        DONE,
        /** something broke; for the accounts step, importing the same file again completes it */
        FAILED;

        public boolean finished() {
            return this == REJECTED || this == DONE || this == FAILED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.VALIDATING;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(nullable = false)
    private int processed;

    @Column(name = "created_count", nullable = false)
    private int created;

    @Column(name = "updated_count", nullable = false)
    private int updated;

    @Column(name = "unchanged_count", nullable = false)
    private int unchanged;

    @Column(name = "accounts_created", nullable = false)
    private int accountsCreated;

    @Column(name = "accounts_existing", nullable = false)
    private int accountsExisting;

    @Column(name = "memberships_added", nullable = false)
    private int membershipsAdded;

    @Column(columnDefinition = "text")
    private String problems;

    @Column(length = 1000)
    private String failure;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    /** Set at every step and progress report of the running node; a job that stops beating was orphaned. */
    @Column(name = "heartbeat_at")
    private OffsetDateTime heartbeatAt;

    protected PegawaiImportJob() {
    }

    public PegawaiImportJob(String fileName, String startedBy) {
        this.fileName = fileName == null ? null : fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.startedBy = startedBy;
        this.startedAt = OffsetDateTime.now();
        this.heartbeatAt = startedAt;
    }

    private void beat() {
        this.heartbeatAt = OffsetDateTime.now();
    }

    /**
     * True if the job still claims to run but its node gave no sign of life since {@code silence} before
     * {@code now} (the node crashed or was stopped half-way): nothing will ever finish it.
     */
    public boolean isStale(OffsetDateTime now, java.time.Duration silence) {
        OffsetDateTime last = heartbeatAt != null ? heartbeatAt : startedAt;
        return !status.finished() && last.isBefore(now.minus(silence));
    }

    /** Marks an orphaned job as failed, saying why, so that it no longer shows as running. */
    public void abandon(String reason) {
        if (status.finished()) {
            throw new IllegalStateException("job " + id + " has already finished: " + status);
        }
        fail(reason);
    }

    public void start(Status phase, int total) {
        this.status = phase;
        this.totalRows = total;
        this.processed = 0;
        beat();
    }

    public void progress(int processed) {
        this.processed = processed;
        beat();
    }

    public void reject(String problems) {
        this.problems = problems;
        finish(Status.REJECTED);
    }

    public void saved(int created, int updated, int unchanged) {
        this.created = created;
        this.updated = updated;
        this.unchanged = unchanged;
        beat();
    }

    public void accounts(int created, int existing, int memberships) {
        this.accountsCreated = created;
        this.accountsExisting = existing;
        this.membershipsAdded = memberships;
    }

    public void fail(String reason) {
        this.failure = reason == null ? "" : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        finish(Status.FAILED);
    }

    public void finish(Status end) {
        this.status = end;
        this.finishedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public Status getStatus() {
        return status;
    }

    public String getFileName() {
        return fileName;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getProcessed() {
        return processed;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getAccountsCreated() {
        return accountsCreated;
    }

    public int getAccountsExisting() {
        return accountsExisting;
    }

    public int getMembershipsAdded() {
        return membershipsAdded;
    }

    public String getProblems() {
        return problems;
    }

    public String getFailure() {
        return failure;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getHeartbeatAt() {
        return heartbeatAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }
}
