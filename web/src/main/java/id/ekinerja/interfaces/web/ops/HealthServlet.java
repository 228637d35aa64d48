package id.ekinerja.interfaces.web.ops;

import id.ekinerja.infrastructure.tenancy.SchemaPerTenantConnectionProvider;
import id.ekinerja.interfaces.web.security.KeycloakAvailability;
import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * {@code GET /health}: 200 {@code {"status":"UP",…}} when the database answers and Keycloak's discovery document
 * loads, else 503 naming what is down. Anonymous, never creates a session, never cached; each check has a short
 * timeout so a load balancer's probe cannot pile up behind a hung dependency.
 */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Resource(lookup = SchemaPerTenantConnectionProvider.DATASOURCE)
    private transient DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean database = database();
        boolean keycloak = keycloak();
        boolean up = database && keycloak;
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("database", database ? "UP" : "DOWN")
                .add("keycloak", keycloak ? "UP" : "DOWN")
                .build().toString().getBytes(StandardCharsets.UTF_8));
    }

    private boolean database() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout((int) TIMEOUT.toSeconds());
            return s.execute("SELECT 1");
        } catch (Exception e) {
            return false;
        }
    }

    private boolean keycloak() {
        return KeycloakAvailability.probe();
    }
}
