package id.ekinerja.interfaces.web.tenancy;

import id.ekinerja.application.PageHeaderService;
import id.ekinerja.application.PageHeaderService.PageHeader;
import id.ekinerja.application.Profile;
import id.ekinerja.application.security.Actor;
import id.ekinerja.domain.model.settings.SettingsVersion;
import id.ekinerja.domain.model.skp.WorkCalendar;
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
    PageHeaderService headers;

    /** Profile, settings and unread count: one read per request, on first use. */
    private PageHeader header;

    public Tenant getTenant() {
        return (Tenant) request.getAttribute(TenantFilter.TENANT_ATTRIBUTE);
    }

    /** The agency's name as its admin set it in the settings, else the registry's. */
    public String getAgencyName() {
        return settings().map(SettingsVersion::getAgencyName).orElse(getTenant().name());
    }

    /** The agency's default page language ({@code id} or {@code en}). */
    public String getDefaultLocale() {
        return settings().map(v -> v.settings().locale()).orElse("id");
    }

    /**
     * The agency's logo for the page header: an https address as set, a path on this server (e.g. an uploaded logo,
     * {@code /t/kpu-dki/logo?v=3}) under the context path; {@code null} when there is none.
     */
    public String getLogo() {
        String logo = settings().map(v -> v.settings().logo()).orElse(null);
        if (logo == null || logo.startsWith("https://")) {
            return logo;
        }
        return logo.startsWith("/") && !logo.startsWith("//") ? request.getContextPath() + logo : null;
    }

    /** A settings change in this request: the header rendered after it shows the new name and logo. */
    public void settingsChanged() {
        header = null;
    }

    private PageHeader header() {
        if (header == null) {
            header = headers.header(request.getUserPrincipal().getName(), WorkCalendar.today());
        }
        return header;
    }

    /** The settings version in force today, for the name, the logo and the language. */
    private Optional<SettingsVersion> settings() {
        return header().settings();
    }

    /** Unread notifications of the signed-in person, as read with the rest of the header. */
    public long getUnreadNotifications() {
        return header().unread();
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
        return header().profile().orElse(null);
    }

    public boolean isPegawai() {
        return getProfile() != null;
    }

    public boolean isAdmin() {
        return hasRole(TenantRole.ADMIN_INSTANSI) || hasRole(TenantRole.PENGELOLA_KINERJA);
    }

    /** Admin instansi only (settings, roles): pengelola kinerja maintain data but not the agency's rules. */
    public boolean isAdminInstansi() {
        return hasRole(TenantRole.ADMIN_INSTANSI);
    }

    public boolean hasRole(TenantRole role) {
        Profile p = getProfile();
        return p != null && p.roles().contains(role);
    }

    public boolean isPpk() {
        Profile p = getProfile();
        return p != null && p.subordinates() > 0;
    }
}
