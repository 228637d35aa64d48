package id.ekinerja.interfaces.web;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The message bundle outside Faces (error pages, exceptions turned into messages). Bahasa Indonesia is the
 * default; English when asked for. The Indonesian text lives in {@code messages_id}, not in the base file,
 * so a server whose default locale is English cannot turn an Indonesian user's page English.
 */
public final class Messages {
    public static final String BUNDLE = "id.ekinerja.web.messages";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private Messages() {
    }

    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
    }

    public static String get(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, supported(locale)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
