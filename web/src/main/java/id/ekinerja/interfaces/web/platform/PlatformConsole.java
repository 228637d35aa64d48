package id.ekinerja.interfaces.web.platform;

import id.ekinerja.application.CreatedTenant;
import id.ekinerja.application.NewTenant;
import id.ekinerja.application.PlatformService;
import id.ekinerja.application.TenantCreationException;
import id.ekinerja.domain.model.tenant.Tenant;
import id.ekinerja.domain.model.tenant.TenantNotFoundException;
import id.ekinerja.infrastructure.audit.PlatformAudit;
import id.ekinerja.interfaces.web.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** Backing bean of the platform console: list, create, suspend and resume tenants; the audit trail. */
@Named
@ViewScoped(saveInViewState = true)
public class PlatformConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    PlatformService platform;

    @Inject
    PlatformAudit audit;

    private String code;
    private String name;
    private String adminNip;
    private String adminName;
    private String adminEmail;

    public List<Tenant> getTenants() {
        return platform.tenants();
    }

    public List<PlatformAudit.Entry> getAuditTrail() {
        return audit.latest(20);
    }

    public void create() {
        try {
            CreatedTenant created = platform.createTenant(new NewTenant(code, name, adminNip, adminName, adminEmail),
                    actor());
            if (created.initialPassword() == null) {
                FacesMessages.info("platform.createdExisting", created.code(), created.adminUsername());
            } else {
                FacesMessages.info("platform.created", created.code(), created.adminUsername(), created.initialPassword());
            }
            code = name = adminNip = adminName = adminEmail = null;
        } catch (TenantCreationException e) {
            if (e.field() == null) {
                FacesMessages.error(e.messageKey());
            } else {
                FacesMessages.fieldError("createForm:" + e.field(), e.messageKey());
            }
        }
    }

    public void suspend(String tenant) {
        try {
            platform.suspend(tenant, actor());
            FacesMessages.info("platform.suspended", tenant);
        } catch (TenantNotFoundException e) {
            FacesMessages.error("tenant.notFound");
        }
    }

    public void resume(String tenant) {
        try {
            platform.resume(tenant, actor());
            FacesMessages.info("platform.resumed", tenant);
        } catch (TenantNotFoundException e) {
            FacesMessages.error("tenant.notFound");
        }
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAdminNip() { return adminNip; }
    public void setAdminNip(String adminNip) { this.adminNip = adminNip; }
    public String getAdminName() { return adminName; }
    public void setAdminName(String adminName) { this.adminName = adminName; }
    public String getAdminEmail() { return adminEmail; }
    public void setAdminEmail(String adminEmail) { this.adminEmail = adminEmail; }
}
