package id.ekinerja.infrastructure.mail;

/**
 * Where users reach the application from outside, for absolute links in e-mails:
 * {@code -Dekinerja.public.url=https://kinerja.example.go.id}; by default the local server
 * (http://localhost on 8080 plus the port offset).
 */
public final class PublicUrl {
    private PublicUrl() {
    }

    public static String base() {
        String configured = System.getProperty("ekinerja.public.url");
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://localhost:" + (8080 + offset);
    }

    /** The absolute URL of a page of a tenant, e.g. {@code skp/view.xhtml?id=3} of kpu-dki. */
    public static String of(String tenant, String link) {
        return base() + "/t/" + tenant + "/" + (link == null ? "" : link);
    }
}
