package id.ekinerja.systemtest;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR as built by the ear module, with test classes added to its web module when needed. */
public final class Deployments {
    static final String WEB_MODULE = "ekinerja-web.war";

    private Deployments() {
    }

    public static EnterpriseArchive ekinerja(Class<?>... testClasses) {
        File file = new File(System.getProperty("ekinerja.ear", "../ear/target/ekinerja.ear"));
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "ekinerja.ear").importFrom(file)
                .as(EnterpriseArchive.class);
        if (testClasses.length > 0) {
            WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
            web.addClasses(testClasses);
            ear.delete(WEB_MODULE);
            ear.addAsModule(web);
        }
        return ear;
    }

    /**
     * The EAR with test classes and test libraries in its web module; a library is named by one of its classes
     * (taken from the test class path), e.g. GreenMail for tests that run an SMTP server inside WildFly.
     */
    static EnterpriseArchive ekinerjaWithLibraries(Class<?>[] libraries, Class<?>... testClasses) {
        EnterpriseArchive ear = ekinerja(testClasses);
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        for (Class<?> marker : libraries) {
            try {
                web.addAsLibrary(new File(marker.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }

    /**
     * For benchmarks: the EAR with the benchmark's classes, carrying a system property of Maven's JVM into the
     * server as a resource (the deployment method runs in Maven's JVM, the test in WildFly's); read it there
     * with {@link #setting}.
     */
    public static EnterpriseArchive benchmark(String property, String defaultValue, Class<?>... classes) {
        EnterpriseArchive ear = ekinerja(classes);
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClass(Deployments.class);
        web.addAsResource(new org.jboss.shrinkwrap.api.asset.StringAsset(System.getProperty(property, defaultValue)),
                "bench/" + property + ".txt");
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }

    /** The EAR with one more page (or file) in its web module, e.g. a benchmark's bare page. */
    public static EnterpriseArchive withWebResource(EnterpriseArchive ear, String path, String content) {
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addAsWebResource(new org.jboss.shrinkwrap.api.asset.StringAsset(content), path);
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }

    /** Inside the server: the value {@link #benchmark} carried, or the default. */
    public static String setting(String property, String defaultValue) {
        try (var in = Deployments.class.getClassLoader().getResourceAsStream("bench/" + property + ".txt")) {
            return in == null ? defaultValue : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
