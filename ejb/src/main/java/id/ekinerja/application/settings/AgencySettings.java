package id.ekinerja.application.settings;

import id.ekinerja.domain.model.settings.SettingsLogo;
import id.ekinerja.domain.model.settings.SettingsVersion;
import id.ekinerja.domain.model.skp.WorkCalendar;
import id.ekinerja.tenantconfig.RuleSet;
import id.ekinerja.tenantconfig.TenantSettings;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads the current tenant's settings version in force on a day: the latest whose {@code validFrom} is not
 * after it. A tenant always has one (bootstrap and tenant creation write the first); its absence is a broken
 * tenant, reported as such rather than papered over with defaults.
 */
@Stateless
public class AgencySettings {
    @PersistenceContext
    EntityManager em;

    public Optional<SettingsVersion> versionInForce(LocalDate day) {
        return em.createQuery("select s from SettingsVersion s where s.validFrom <= :day"
                        + " order by s.validFrom desc, s.id desc", SettingsVersion.class)
                .setParameter("day", day).setMaxResults(1).getResultStream().findFirst();
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
