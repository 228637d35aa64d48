package id.ekinerja.interfaces.web;

import id.ekinerja.interfaces.web.tenancy.TenantFilter;
import id.ekinerja.interfaces.web.tenancy.TenantUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The page language: the person's own choice (a cookie set by {@link LanguageServlet}, so no server session
 * is needed for it), else the agency's default language setting, else Bahasa Indonesia. The browser's
 * Accept-Language is ignored on purpose: agencies want Bahasa Indonesia unless someone chooses otherwise.
 */
@Named
@RequestScoped
public class Language {
    public static final String COOKIE = "ekinerja-lang";

    @Inject
    HttpServletRequest request;

    @Inject
    Instance<TenantUser> tenantUser;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            String tenantDefault = request.getAttribute(TenantFilter.TENANT_ATTRIBUTE) == null ? null
                    : tenantUser.get().getDefaultLocale();
            locale = of(request, tenantDefault);
        }
        return locale;
    }

    /** {@code true} when the page is English, for the switch link. */
    public boolean isEnglish() {
        return Locale.ENGLISH.equals(getLocale());
    }

    /** The path and query of this page as the browser sees it (before the tenant filter's forward). */
    public String getHere() {
        String uri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String query;
        if (uri != null) {
            query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        } else {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        return query == null ? uri : uri + "?" + query;
    }

    /** The link that switches to the other language and comes back to this page. */
    public String getSwitchUrl() {
        return request.getContextPath() + "/lang?set=" + (isEnglish() ? "id" : "en") + "&back="
                + URLEncoder.encode(getHere(), StandardCharsets.UTF_8);
    }

    /** Error pages and servlets: the cookie, else the agency default if known, else Bahasa Indonesia. */
    public static Locale of(HttpServletRequest request) {
        return of(request, null);
    }

    public static Locale of(HttpServletRequest request, String tenantDefault) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    return Messages.supported(Locale.forLanguageTag(c.getValue()));
                }
            }
        }
        return tenantDefault == null ? Messages.INDONESIAN : Messages.supported(Locale.forLanguageTag(tenantDefault));
    }
}
