package id.ekinerja.interfaces.web.tenancy;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Tenant pages are only served through {@link TenantFilter}'s forward; a direct request finds nothing. */
@WebFilter(urlPatterns = "/tenant/*", dispatcherTypes = DispatcherType.REQUEST)
public class DirectTenantPageGuard extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
