package id.ekinerja.systemtest;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** What every browser test shares: the unmodified EAR, deployed as the client sees it, and its URLs. */
abstract class BrowserTestBase {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ekinerja();
    }

    @ArquillianResource
    URL base;

    /** An absolute URL of the deployment, e.g. {@code url("/t/kpu-dki/")}. */
    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
