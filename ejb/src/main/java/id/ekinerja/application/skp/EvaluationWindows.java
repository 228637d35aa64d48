package id.ekinerja.application.skp;

import id.ekinerja.application.activity.TenantActivity;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.security.TenantAuthorization;
import id.ekinerja.application.settings.AgencySettings;
import id.ekinerja.domain.model.skp.AnnualPeriod;
import id.ekinerja.domain.model.skp.EvaluationWindow;
import id.ekinerja.domain.model.skp.SkpConflictException;
import id.ekinerja.domain.model.skp.SkpException;
import id.ekinerja.domain.model.skp.WorkCalendar;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The windows of the annual periods: generated from the agency's periodic scheme when a period opens, moved by
 * the admin instansi, and checked by every action that belongs to a window ({@link #requireOpen}).
 */
@Stateless
public class EvaluationWindows {
    @PersistenceContext
    EntityManager em;

    @EJB
    AgencySettings agencySettings;

    @Inject
    TenantAuthorization auth;

    @Inject
    Event<TenantActivity> activity;

    /** The windows of a year: periodic ones in order, the annual window last. */
    public List<EvaluationWindow> windows(int year) {
        // strict JPA query compliance (WildFly's default) allows neither an alias on a fetch join nor an
        // expression in ORDER BY: order the annual window last here
        return em.createQuery("select w from EvaluationWindow w join fetch w.period where w.period.year = :y"
                        + " order by w.sequence", EvaluationWindow.class)
                .setParameter("y", year).getResultStream()
                .sorted(java.util.Comparator.comparing(EvaluationWindow::isAnnual)).toList();
    }

    /** @throws SkpException {@code window.notFound} for an id that is not a window of this agency */
    public EvaluationWindow window(long id) {
        // the period fetched too: pages read getYear() after the transaction, where a lazy proxy throws
        EvaluationWindow w = em.createQuery("select w from EvaluationWindow w join fetch w.period where w.id = :id",
                EvaluationWindow.class).setParameter("id", id).getResultStream().findFirst().orElse(null);
        if (w == null) {
            throw new SkpException("window.notFound");
        }
        return w;
    }

    /** The window, if it is open today. @throws id.ekinerja.domain.model.skp.WindowClosedException otherwise */
    public EvaluationWindow requireOpen(long id) {
        EvaluationWindow w = window(id);
        w.requireOpenOn(WorkCalendar.today());
        return w;
    }

    /** The periodic window open today, else the last one that has opened, else the first of the year. */
    public Optional<EvaluationWindow> currentPeriodic(int year) {
        return currentPeriodic(windows(year), WorkCalendar.today());
    }

    /** {@link #currentPeriodic(int)} over a year's windows already read (a page that shows them anyway). */
    public static Optional<EvaluationWindow> currentPeriodic(List<EvaluationWindow> yearWindows, LocalDate today) {
        List<EvaluationWindow> periodic = yearWindows.stream().filter(w -> !w.isAnnual()).toList();
        return periodic.stream().filter(w -> w.isOpenOn(today)).findFirst()
                .or(() -> periodic.stream().filter(w -> !w.getOpensOn().isAfter(today))
                        .reduce((first, second) -> second))
                .or(() -> periodic.stream().findFirst());
    }

    /** Generates the windows of a period that has none, from the periodic scheme in force today. */
    public void ensureFor(AnnualPeriod period, String by) {
        Long count = em.createQuery("select count(w) from EvaluationWindow w where w.period = :p", Long.class)
                .setParameter("p", period).getSingleResult();
        if (count == 0) {
            EvaluationWindow.generate(period, agencySettings.settings().evaluationScheme(), by).forEach(em::persist);
        }
    }

    /** Admin instansi: moves a window's dates. A stale form (another admin saved first) is a conflict. */
    public EvaluationWindow reschedule(Actor actor, long id, int loadedVersion, LocalDate opens, LocalDate closes) {
        auth.requireAdmin(actor);
        EvaluationWindow w = window(id);
        if (w.getVersion() != loadedVersion) {
            throw new SkpConflictException("window.conflict");
        }
        String before = w.getOpensOn() + " – " + w.getClosesOn();
        w.reschedule(opens, closes, actor.username());
        em.flush();
        activity.fire(new TenantActivity(actor.username(), "WINDOW_RESCHEDULE", "evaluation_window",
                String.valueOf(id), w.label() + ": " + before + " → " + opens + " – " + closes));
        return w;
    }
}
