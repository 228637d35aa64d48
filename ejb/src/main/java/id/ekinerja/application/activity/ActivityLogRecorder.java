package id.ekinerja.application.activity;

import id.ekinerja.domain.model.activity.ActivityLogEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Writes every {@link TenantActivity} into the current tenant's activity log. */
@ApplicationScoped
public class ActivityLogRecorder {
    @PersistenceContext
    EntityManager em;

    void record(@Observes TenantActivity activity) {
        em.persist(new ActivityLogEntry(activity.actor(), activity.action(), activity.entity(), activity.entityId(),
                activity.detail()));
    }
}
