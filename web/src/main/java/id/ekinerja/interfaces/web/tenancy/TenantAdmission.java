package id.ekinerja.interfaces.web.tenancy;

import id.ekinerja.domain.model.tenant.Tenant;
import id.ekinerja.infrastructure.tenancy.TenantCode;
import id.ekinerja.infrastructure.tenancy.TenantRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Who may enter a tenant: one rule for pages ({@link TenantFilter}) and the API
 * ({@code id.ekinerja.interfaces.rest.TenantApiFilter}). A malformed or unknown code is 404, a suspended tenant
 * 403, a user who is not a member of the tenant's organization 403.
 *
 * @param tenant the tenant, when admitted
 * @param status HTTP status of the refusal, 0 when admitted
 * @param reason bundle key of the refusal
 */
public record TenantAdmission(Tenant tenant, int status, String reason) {

    public boolean admitted() {
        return status == 0;
    }

    public static TenantAdmission check(String code, HttpServletRequest request, TenantRegistry registry) {
        if (!TenantCode.isWellFormed(code)) {
            return refused(HttpServletResponse.SC_NOT_FOUND, "error.tenant.unknown");
        }
        Optional<Tenant> tenant = registry.admissionView(code);
        if (tenant.isEmpty()) {
            return refused(HttpServletResponse.SC_NOT_FOUND, "error.tenant.unknown");
        }
        if (!tenant.get().isActive()) {
            return refused(HttpServletResponse.SC_FORBIDDEN, "error.tenant.suspended");
        }
        SignedInUser user = SignedInUser.of(request);
        if (user == null || !user.belongsTo(code)) {
            return refused(HttpServletResponse.SC_FORBIDDEN, "error.tenant.forbidden");
        }
        return new TenantAdmission(tenant.get(), 0, null);
    }

    private static TenantAdmission refused(int status, String reason) {
        return new TenantAdmission(null, status, reason);
    }
}
