package id.ekinerja.interfaces.web.home;

import id.ekinerja.application.Profile;
import id.ekinerja.application.ProfileService;
import id.ekinerja.domain.model.tenant.Tenant;
import id.ekinerja.interfaces.web.tenancy.SignedInUser;
import id.ekinerja.interfaces.web.tenancy.TenantFilter;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** Backing bean of the tenant home: who the user is in this agency. */
@Named
@RequestScoped
public class HomePage {
    @Inject
    HttpServletRequest request;

    @EJB
    ProfileService profiles;

    private Tenant tenant;
    private SignedInUser user;
    private Profile profile;
    private String agencyName;

    @PostConstruct
    void load() {
        tenant = (Tenant) request.getAttribute(TenantFilter.TENANT_ATTRIBUTE);
        user = SignedInUser.of(request);
        profile = profiles.profileOf(user.username()).orElse(null);
        agencyName = profiles.agencyName().orElse(tenant.name());
    }

    public String getTenantCode() {
        return tenant.code();
    }

    public String getAgencyName() {
        return agencyName;
    }

    public String getUsername() {
        return user.username();
    }

    public Profile getProfile() {
        return profile;
    }

    public List<String> getOtherAgencies() {
        return user.organizations().stream().filter(o -> !o.equals(tenant.code())).toList();
    }
}
