package id.ekinerja.interfaces.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
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
        ext.setResponseContentType(type);
        ext.setResponseContentLength(content.length);
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        ext.setResponseHeader("Cache-Control", "no-store");
        ext.setResponseHeader("X-Content-Type-Options", "nosniff");
        ext.getResponseOutputStream().write(content);
        faces.responseComplete();
    }
}
