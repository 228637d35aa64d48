package id.ekinerja.interfaces.web;

/** Markup written outside Faces components (error pages, the tenant menu). */
public final class Html {
    private Html() {
    }

    /** Text or an attribute value, escaped for HTML. */
    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
