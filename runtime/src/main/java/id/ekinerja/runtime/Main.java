package id.ekinerja.runtime;

import id.ekinerja.tenantconfig.DemoAccounts;
import id.ekinerja.tenantconfig.Person;
import id.ekinerja.tenantconfig.TenantDefinition;
import id.ekinerja.tenantconfig.TenantFiles;
import id.ekinerja.tenantconfig.TenantRole;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The run command ({@code mvn install -DskipTests -Prun}): starts PostgreSQL, Keycloak and WildFly with the
 * demo tenants, prints the URLs and the demo logins, and runs until Ctrl-C, which stops everything.
 */
public final class Main {
    /** Stop when the launching process (Maven) exits, e.g. killed without Ctrl-C; default true. */
    public static final String EXIT_WITH_PARENT = "ekinerja.exit-with-parent";

    /** Held so that the level is not lost when the logger is garbage-collected. */
    private static final Logger ZONKY = Logger.getLogger("io.zonky");

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        ZONKY.setLevel(Level.WARNING);
        PlatformConfig config = PlatformConfig.fromSystemProperties().withDemo(true);
        PrintStream out = System.out;
        out.println("e-Kinerja: starting PostgreSQL, Keycloak and WildFly (work dir " + config.workDir() + ") ...");
        LocalPlatform platform;
        try {
            platform = LocalPlatform.start(config);
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("e-Kinerja did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("e-Kinerja: stopping ...");
            platform.close();
            stopped.countDown();
        }, "ekinerja-main-shutdown"));
        printBanner(out, config, TenantFiles.loadDemoTenants());
        if (Boolean.parseBoolean(System.getProperty(EXIT_WITH_PARENT, "true"))) {
            // exec-maven-plugin does not stop its child when Maven itself is killed (SIGTERM): follow the parent
            ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
        }
        stopped.await();
    }

    static void printBanner(PrintStream out, PlatformConfig config, List<TenantDefinition> tenants) {
        out.println();
        out.println("=================================================================================");
        out.println(" e-Kinerja is running. Press Ctrl-C to stop everything.");
        out.println("=================================================================================");
        out.println();
        out.println(" Tenants (sign in with a NIP below):");
        for (TenantDefinition tenant : tenants) {
            out.printf("   %-50s %s%n", tenant.name(), config.tenantUrl(tenant.code()));
        }
        out.println();
        out.printf(" Platform console (%s):  %s%n", DemoAccounts.PLATFORM_ADMIN_USERNAME, config.platformConsoleUrl());
        out.printf(" Keycloak admin console (%s/%s):  %s%n", PlatformConfig.KEYCLOAK_ADMIN,
                PlatformConfig.KEYCLOAK_ADMIN_PASSWORD, config.keycloakAdminConsoleUrl());
        out.printf(" PostgreSQL:  %s  (user %s)%n", config.jdbcUrl(), config.dbUser());
        out.println();
        out.println(" Demo logins, password for all: " + DemoAccounts.PASSWORD);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"tenant", "NIP (username)", "name", "jabatan", "roles"});
        for (TenantDefinition tenant : tenants) {
            Set<String> appraisers = tenant.organisation().people().stream()
                    .map(Person::ppkNip).filter(n -> n != null).collect(Collectors.toSet());
            for (Person p : tenant.organisation().people()) {
                List<String> roles = new ArrayList<>();
                for (TenantRole role : p.roles()) {
                    roles.add(role.name());
                }
                if (appraisers.contains(p.nip())) {
                    roles.add("PPK");
                }
                rows.add(new String[] {tenant.code(), p.nip(), p.name(), abbreviate(p.jabatan(), 48),
                        String.join(", ", roles)});
            }
        }
        rows.add(new String[] {"(platform)", DemoAccounts.PLATFORM_ADMIN_USERNAME, "Platform Admin", "-",
                PlatformConfig.PLATFORM_ADMIN_ROLE});
        printTable(out, rows);
        out.println();
        out.println(" Logs: " + config.workDir());
        out.println();
        out.flush();
    }

    private static void printTable(PrintStream out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder("   ");
            for (int i = 0; i < widths.length; i++) {
                line.append(String.format("%-" + widths[i] + "s", rows.get(r)[i]));
                if (i < widths.length - 1) {
                    line.append(" | ");
                }
            }
            out.println(line.toString().stripTrailing());
            if (r == 0) {
                StringBuilder rule = new StringBuilder("   ");
                for (int i = 0; i < widths.length; i++) {
                    rule.append("-".repeat(widths[i]));
                    if (i < widths.length - 1) {
                        rule.append("-+-");
                    }
                }
                out.println(rule);
            }
        }
    }

    private static String abbreviate(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
