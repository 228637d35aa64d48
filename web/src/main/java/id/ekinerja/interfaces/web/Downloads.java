package id.ekinerja.interfaces.web;

import id.ekinerja.interfaces.web.security.SecurityHeadersFilter;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Sends a generated file from a Faces action as an attachment, never cached (exports hold personal data). */
public final class Downloads {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    public static void send(String name, String type, byte[] content) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        ext.responseReset();
        // reset() dropped the headers SecurityHeadersFilter set (CSP frame-ancestors, Referrer-Policy …)
        SecurityHeadersFilter.apply((HttpServletResponse) ext.getResponse());
        ext.setResponseContentType(type);
        ext.setResponseContentLength(content.length);
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        ext.setResponseHeader("Cache-Control", "no-store");
        ext.getResponseOutputStream().write(content);
        faces.responseComplete();
    }
}
