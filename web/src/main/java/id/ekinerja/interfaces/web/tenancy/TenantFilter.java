package id.ekinerja.interfaces.web.tenancy;

import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.infrastructure.tenancy.TenantRegistry;
import id.ekinerja.interfaces.web.PageReadTransaction;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;

/**
 * Resolves the tenant of {@code /t/{tenant}/…} once per request and refuses, before any page code runs, a
 * tenant that is malformed or unknown (404), suspended (403), or not among the user's organizations (403).
 * The accepted tenant is held for this request only and cleared when the forward returns.
 */
@WebFilter(urlPatterns = "/t/*", dispatcherTypes = DispatcherType.REQUEST)
public class TenantFilter extends HttpFilter {
    public static final String TENANT_ATTRIBUTE = "ekinerja.tenant";
    /** Where tenant pages live; reachable only through this filter's forward. */
    public static final String PAGES = "/tenant/";

    @Inject
    TenantRegistry registry;

    @Resource
    UserTransaction transaction;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // the filter's mapping does not set pathInfo (no servlet owns /t/*): cut the URI ourselves.
        // It stays percent-encoded, so an encoded "../" cannot pass as a code or sneak into the page.
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/t".length()); // "/kpu-dki/home.xhtml"
        int slash = path.indexOf('/', 1);
        String code = slash < 0 ? path.substring(Math.min(1, path.length())) : path.substring(1, slash);
        String page = slash < 0 ? "" : path.substring(slash + 1);

        if (page.contains("..") || page.contains("\\")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "error.tenant.unknown");
            return;
        }
        TenantAdmission admission = TenantAdmission.check(code, request, registry);
        if (!admission.admitted()) {
            response.sendError(admission.status(), admission.reason());
            return;
        }
        if (slash < 0) {
            response.sendRedirect(request.getContextPath() + "/t/" + code + "/");
            return;
        }
        request.setAttribute(TENANT_ATTRIBUTE, admission.tenant());
        String target = PAGES + (page.isEmpty() ? "home.xhtml" : page);
        try {
            TenantContext.run(code, () -> PageReadTransaction.around(request, page, transaction,
                    () -> forward(request, response, target)));
        } catch (ForwardFailedException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) e.getCause();
        }
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, String target) {
        try {
            request.getRequestDispatcher(target).forward(request, response);
        } catch (IOException | ServletException e) {
            throw new ForwardFailedException(e);
        }
    }

    /** Carries a checked exception out of the tenant scope, to be rethrown as it was. */
    static class ForwardFailedException extends RuntimeException {
        ForwardFailedException(Exception cause) {
            super(cause);
        }
    }
}
