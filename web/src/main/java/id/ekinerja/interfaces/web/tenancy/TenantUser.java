package id.ekinerja.interfaces.web.tenancy;

import id.ekinerja.application.Profile;
import id.ekinerja.application.ProfileService;
import id.ekinerja.application.settings.AgencySettings;
import id.ekinerja.application.security.Actor;
import id.ekinerja.domain.model.tenant.Tenant;
import id.ekinerja.tenantconfig.TenantRole;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The signed-in person on a tenant page: the tenant the filter accepted, their {@link Actor} for services,
 * and what the menu may offer them. Offering is not permitting: services check again.
 */
@Named
@RequestScoped
public class TenantUser {
    @Inject
    HttpServletRequest request;

    @EJB
    ProfileService profiles;

    @EJB
    AgencySettings agencySettings;

    private Optional<Profile> profile;
    private String agencyName;

    public Tenant getTenant() {
        return (Tenant) request.getAttribute(TenantFilter.TENANT_ATTRIBUTE);
    }

    /** The agency's name as its admin set it in the settings, else the registry's. */
    public String getAgencyName() {
        if (agencyName == null) {
            agencyName = agencySettings.agencyName().orElse(getTenant().name());
        }
        return agencyName;
    }

    public String getTenantCode() {
        return getTenant().code();
    }

    /** Base of this tenant's pages, e.g. {@code /t/kpu-dki/}, for links. */
    public String getBase() {
        return request.getContextPath() + "/t/" + getTenantCode() + "/";
    }

    public Actor getActor() {
        return new Actor(request.getUserPrincipal().getName());
    }

    public Profile getProfile() {
        if (profile == null) {
            profile = profiles.profileOf(request.getUserPrincipal().getName());
        }
        return profile.orElse(null);
    }

    public boolean isPegawai() {
        return getProfile() != null;
    }

    public boolean isAdmin() {
        Profile p = getProfile();
        return p != null && (p.roles().contains(TenantRole.ADMIN_INSTANSI) || p.roles().contains(TenantRole.PENGELOLA_KINERJA));
    }

    public boolean isPpk() {
        Profile p = getProfile();
        return p != null && p.subordinates() > 0;
    }
}
