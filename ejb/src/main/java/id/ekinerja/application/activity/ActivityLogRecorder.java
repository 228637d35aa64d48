package id.ekinerja.application.activity;

import id.ekinerja.domain.model.activity.ActivityLogEntry;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Writes every {@link TenantActivity} into the current tenant's activity log. */
/*
 * A session bean, not a CDI bean: a CDI bean with @PersistenceContext makes Weld resolve the persistence unit
 * while the deployment starts, which raced WildFly's installation of the unit ("service jboss.persistenceunit
 * ... not found" on some redeploys). EJBs get their EntityManager from their own component injection instead.
 */
@Stateless
public class ActivityLogRecorder {
    @PersistenceContext
    EntityManager em;

    public void record(@Observes TenantActivity activity) {
        em.persist(new ActivityLogEntry(activity.actor(), activity.action(), activity.entity(), activity.entityId(),
                activity.detail()));
    }
}
