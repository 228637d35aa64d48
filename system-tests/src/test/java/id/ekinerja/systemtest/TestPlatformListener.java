package id.ekinerja.systemtest;

import id.ekinerja.runtime.LocalPlatform;
import id.ekinerja.runtime.PlatformConfig;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts embedded PostgreSQL and Keycloak (with the demo realm) once for the whole test run, before any
 * test class; Arquillian then starts WildFly against them. Both are stopped by PID when the run ends.
 */
public class TestPlatformListener implements LauncherSessionListener {
    private static volatile LocalPlatform platform;

    /** The running platform, for fault drills that stop and start its parts (run as client, in this JVM). */
    public static LocalPlatform platform() {
        if (platform == null) {
            throw new IllegalStateException("the system-test platform is not running in this JVM");
        }
        return platform;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("ekinerja.project.dir") == null) {
            return; // not a system-test run (e.g. an IDE running some other module's tests)
        }
        platform = LocalPlatform.start(PlatformConfig.fromSystemProperties().withDemo(true), false);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (platform != null) {
            platform.close();
        }
    }
}
