package id.ekinerja.interfaces.rest;

import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.infrastructure.tenancy.TenantRegistry;
import id.ekinerja.interfaces.web.Language;
import id.ekinerja.interfaces.web.Messages;
import id.ekinerja.interfaces.web.tenancy.TenantAdmission;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The tenant API {@code /api/t/{tenant}/…}: the same admission as the pages ({@link TenantAdmission}), answered as
 * JSON, and the request's work runs in exactly that tenant's schema. A bearer token of another agency's member
 * gets 403 before any resource code runs, whatever ids follow in the path.
 */
@WebFilter(urlPatterns = "/api/t/*", dispatcherTypes = DispatcherType.REQUEST)
public class TenantApiFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    TenantRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/api/t/".length());
        int slash = path.indexOf('/');
        String code = slash < 0 ? path : path.substring(0, slash);
        TenantAdmission admission = TenantAdmission.check(code, request, registry);
        if (!admission.admitted()) {
            ApiErrors.write(response, admission.status(), admission.reason(),
                    Messages.get(Language.of(request), admission.reason() + ".detail"));
            return;
        }
        try {
            TenantContext.run(code, () -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new ChainFailedException(e);
                }
            });
        } catch (ChainFailedException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) e.getCause();
        }
    }

    /** Carries a checked exception out of the tenant scope, to be rethrown as it was. */
    static class ChainFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ChainFailedException(Exception cause) {
            super(cause);
        }
    }

    /** JSON error bodies outside JAX-RS (this filter) and inside it ({@link ApiExceptionMapper}). */
    static final class ApiErrors {
        private ApiErrors() {
        }

        static String body(String error, String message) {
            return Json.createObjectBuilder().add("error", error).add("message", message).build().toString();
        }

        static void write(HttpServletResponse response, int status, String error, String message) throws IOException {
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(body(error, message).getBytes(StandardCharsets.UTF_8));
        }
    }
}
