package id.ekinerja.application.settings;

import id.ekinerja.domain.model.settings.SettingsLogo;
import id.ekinerja.domain.model.settings.SettingsVersion;
import id.ekinerja.domain.model.skp.WorkCalendar;
import id.ekinerja.infrastructure.tenancy.TenantCopies;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.tenantconfig.RuleSet;
import id.ekinerja.tenantconfig.TenantSettings;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads the current tenant's settings version in force on a day: the latest whose {@code validFrom} is not
 * after it. A tenant always has one (bootstrap and tenant creation write the first); its absence is a broken
 * tenant, reported as such rather than papered over with defaults.
 */
@Stateless
public class AgencySettings {
    /**
     * The version in force per tenant, as read for a day ({@link TenantCopies}: trusted a few seconds). Every agency
     * page reads it (name, logo, language in the header; behaviour expectations on SKP pages), and each read was a
     * statement PostgreSQL planned again whenever the pooled connection had served another agency before. Versions
     * never change once stored (a change adds one), so only a new version or a new day can make the copy stale: a
     * change through this node drops it at once ({@link #changed}), a version added elsewhere shows within that time.
     */
    private static final TenantCopies<LocalDate, SettingsVersion> IN_FORCE = new TenantCopies<>();

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public Optional<SettingsVersion> versionInForce(LocalDate day) {
        String tenant = TenantContext.require();
        Optional<SettingsVersion> copy = IN_FORCE.get(tenant, day);
        if (copy.isPresent()) {
            return copy;
        }
        Optional<SettingsVersion> read = em.createQuery("select s from SettingsVersion s where s.validFrom <= :day"
                        + " order by s.validFrom desc, s.id desc", SettingsVersion.class)
                .setParameter("day", day).setMaxResults(1).getResultStream().findFirst();
        // only today's is kept (the one pages ask for); a tenant without a version is never remembered
        if (read.isPresent() && day.equals(WorkCalendar.today())) {
            IN_FORCE.put(tenant, day, read.get());
        }
        return read;
    }

    /** A version was added to the current tenant: forget its copy now and again when the transaction ends. */
    public void changed() {
        IN_FORCE.forget(transactions, TenantContext.require());
    }

    /** The settings in force today. */
    public TenantSettings settings() {
        return inForceToday().settings();
    }

    /** The rule set in force today. */
    public RuleSet rules() {
        return inForceToday().rules();
    }

    /** The agency's name as its admin last set it, in force today. */
    public Optional<String> agencyName() {
        return versionInForce(WorkCalendar.today()).map(SettingsVersion::getAgencyName);
    }

    /** An uploaded logo of this agency by id (another agency's ids find nothing: the schema isolates them). */
    public Optional<SettingsLogo> logo(long id) {
        return Optional.ofNullable(em.find(SettingsLogo.class, id));
    }

    /** The version in force today (settings, rules and agency name from one read). */
    public SettingsVersion inForceToday() {
        return versionInForce(WorkCalendar.today())
                .orElseThrow(() -> new IllegalStateException("tenant has no settings in force today"));
    }
}
