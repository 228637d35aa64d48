package id.ekinerja.interfaces.web.home;

import id.ekinerja.interfaces.web.tenancy.SignedInUser;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** Backing bean of the tenant home: the person's other agencies (the profile comes from {@link TenantUser}). */
@Named
@RequestScoped
public class HomePage {
    @Inject
    HttpServletRequest request;

    @Inject
    TenantUser tenantUser;

    public List<String> getOtherAgencies() {
        return SignedInUser.of(request).organizations().stream()
                .filter(o -> !o.equals(tenantUser.getTenantCode())).toList();
    }
}
