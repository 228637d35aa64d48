package id.ekinerja.interfaces.web.platform;

import id.ekinerja.application.CreatedTenant;
import id.ekinerja.application.NewTenant;
import id.ekinerja.application.PlatformService;
import id.ekinerja.application.TenantCreationException;
import id.ekinerja.domain.model.tenant.Tenant;
import id.ekinerja.domain.model.tenant.TenantNotFoundException;
import id.ekinerja.infrastructure.audit.PlatformAudit;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/** Backing bean of the platform console: list, create, suspend and resume tenants; the audit trail. */
@Named
@ViewScoped
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
            info(created.initialPassword() == null
                    ? format("platform.createdExisting", created.code(), created.adminUsername())
                    : format("platform.created", created.code(), created.adminUsername(), created.initialPassword()));
            code = name = adminNip = adminName = adminEmail = null;
        } catch (TenantCreationException e) {
            FacesContext.getCurrentInstance().addMessage(e.field() == null ? null : "createForm:" + e.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text(e.messageKey()), null));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void suspend(String tenant) {
        try {
            platform.suspend(tenant, actor());
            info(format("platform.suspended", tenant));
        } catch (TenantNotFoundException e) {
            error(text("tenant.notFound"));
        }
    }

    public void resume(String tenant) {
        try {
            platform.resume(tenant, actor());
            info(format("platform.resumed", tenant));
        } catch (TenantNotFoundException e) {
            error(text("tenant.notFound"));
        }
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    private static String format(String key, Object... args) {
        return MessageFormat.format(text(key), args);
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
