package id.ekinerja.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Bundle texts and page messages for backing beans, in the view's language. */
public final class FacesMessages {
    private FacesMessages() {
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    public static void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** An error attached to one field ({@code clientId}), so the page shows it next to that field. */
    public static void fieldError(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text(key, args), null));
    }
}
