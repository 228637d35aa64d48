package id.ekinerja.interfaces.web.tenancy;

import id.ekinerja.domain.model.tenant.Tenant;
import id.ekinerja.interfaces.web.Language;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts {@code /t/{tenant}/} back into the URLs of tenant pages, which are rendered from the shared
 * {@code /tenant/} folder: form actions, redirects and bookmarkable links all stay inside the tenant. Also gives
 * every view the page's language ({@link id.ekinerja.interfaces.web.Language}) from its start.
 */
public class TenantViewHandler extends ViewHandlerWrapper {

    public TenantViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    /**
     * The language of the view from its start, not only once {@code f:view locale} is rendered: messages added by a
     * view action (e.g. "not found or you may not open it") were resolved with the locale Faces computed from
     * Accept-Language (or, without that header, the server's default locale: English), so an Indonesian page showed
     * English messages.
     */
    @Override
    public Locale calculateLocale(FacesContext context) {
        // the bean by its name, without building an expression for it on every request
        Object language = context.getApplication().getELResolver().getValue(context.getELContext(), null, "language");
        Locale page = language instanceof Language l ? l.getLocale() : null;
        return page != null ? page : super.calculateLocale(context);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        return tenantUrl(context, super.getActionURL(context, viewId));
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                     boolean includeViewParams) {
        return tenantUrl(context, super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                 boolean includeViewParams) {
        return tenantUrl(context, super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    private static String tenantUrl(FacesContext context, String url) {
        String prefix = context.getExternalContext().getRequestContextPath() + TenantFilter.PAGES;
        Object tenant = context.getExternalContext().getRequestMap().get(TenantFilter.TENANT_ATTRIBUTE);
        if (tenant instanceof Tenant t && url != null && url.startsWith(prefix)) {
            return context.getExternalContext().getRequestContextPath() + "/t/" + t.code() + "/"
                    + url.substring(prefix.length());
        }
        return url;
    }
}
