package id.ekinerja.domain.model.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One line of the tenant's activity log; written once, never changed. */
@Entity
@Table(name = "activity_log")
public class ActivityLogEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(updatable = false, length = 60)
    private String entity;

    @Column(name = "entity_id", updatable = false, length = 60)
    private String entityId;

    @Column(updatable = false)
    private String detail;

    protected ActivityLogEntry() {
    }

    public ActivityLogEntry(String actor, String action, String entity, String entityId, String detail) {
        this.occurredAt = OffsetDateTime.now();
        this.actor = actor;
        this.action = action;
        this.entity = entity;
        this.entityId = entityId;
        this.detail = detail;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
