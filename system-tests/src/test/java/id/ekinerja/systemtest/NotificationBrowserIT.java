package id.ekinerja.systemtest;

import id.ekinerja.application.notification.NotificationRequested;
import id.ekinerja.application.notification.NotificationService;
import id.ekinerja.application.security.Actor;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bell and the notification list in Chromium. The first step runs inside the server and gives Hartini
 * (bawaslu-lebong) exactly three unread notifications; the second, in the browser, signs her in, reads the count
 * on the bell, opens the list, marks one read, opens another, marks all read, and watches the count drop.
 * The browser steps live in {@link NotificationBrowserSteps} so this class loads inside the server without Selenium.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationBrowserIT {
    static final String TENANT = "bawaslu-lebong";
    static final String HARTINI = "198905252014032002";
    static final String MARKER = "Uji lonceng";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ekinerja(NotificationBrowserIT.class, NotificationProbe.class, TestNips.class);
    }

    @EJB
    NotificationService inbox;

    @EJB
    NotificationProbe seeder;

    @Test
    @Order(1)
    void hartiniHasThreeUnreadNotifications() {
        TenantContext.run(TENANT, () -> inbox.markAllRead(new Actor(HARTINI)));
        for (int i = 1; i <= 3; i++) {
            seeder.fire(TENANT, new NotificationRequested(HARTINI, "TEST", MARKER + " " + i, "Isi pemberitahuan " + i,
                    "skp/my.xhtml"));
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void theBellShowsTheCountAndMarkingReadLowersIt() throws Exception {
        // the deployment's own URL (the failsafe JVM is told WildFly's HTTP port)
        NotificationBrowserSteps.run("http://127.0.0.1:" + System.getProperty("ekinerja.http.port"));
    }
}
