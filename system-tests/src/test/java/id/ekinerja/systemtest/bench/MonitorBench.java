package id.ekinerja.systemtest.bench;

import id.ekinerja.systemtest.Deployments;

import id.ekinerja.application.NewTenant;
import id.ekinerja.application.PlatformService;
import id.ekinerja.application.monitor.MonitorService;
import id.ekinerja.application.monitor.MonitorService.Stage;
import id.ekinerja.application.security.Actor;
import id.ekinerja.infrastructure.tenancy.DatabaseSettings;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Monitor tahapan for an agency of 50,000 pegawai (500 units, SKP in every state), measured in the server: the
 * unit table, the first page of a drill-down, the weekly progress and the XLSX export, each repeated, with
 * p50/p95/max. The data is generated in SQL (not through the services) because only the read side is measured.
 * Not part of {@code mvn verify}: {@code -Pbench-monitor}. Asserts nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MonitorBench {
    static final int UNITS = 500;
    private static final int ROUNDS = 30;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.benchmark("bench.monitor.pegawai", "50000", MonitorBench.class);
    }

    @EJB
    PlatformService platform;

    @EJB
    MonitorService monitor;

    @Test
    void monitorOfFiftyThousand() throws SQLException {
        int pegawai = Integer.parseInt(Deployments.setting("bench.monitor.pegawai", "50000"));
        String code = "bench-mon-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));
        String adminNip = "198001012005011001";
        platform.createTenant(new NewTenant(code, "Bench " + code, adminNip, "Admin Bench", "admin." + code + "@bench.example.id"), "bench");
        long generate = System.nanoTime();
        generate("tenant_" + code.replace('-', '_'), pegawai);
        generate = (System.nanoTime() - generate) / 1_000_000;
        Actor admin = new Actor(adminNip);

        StringBuilder report = new StringBuilder("\n==== monitor tahapan benchmark: " + pegawai + " pegawai, " + UNITS
                + " units (data generated in " + generate + " ms) ====\n");
        report.append(time("unit table (units)", () -> TenantContext.call(code, () -> monitor.units(admin, 2026).size())));
        report.append(time("drill-down, first 500 of a stage", () -> TenantContext.call(code,
                () -> monitor.people(admin, 2026, null, Stage.DIAJUKAN, 0, 500).size())));
        report.append(time("drill-down, everyone, first 100", () -> TenantContext.call(code,
                () -> monitor.people(admin, 2026, null, null, 0, 100).size())));
        report.append(time("weekly progress", () -> TenantContext.call(code, () -> monitor.progress(admin, 2026).size())));
        report.append(timeOnce("XLSX export (units + all people)", () -> TenantContext.call(code,
                () -> monitor.exportXlsx(admin, 2026).length)));
        System.out.println(report);
        java.util.logging.Logger.getLogger(MonitorBench.class.getName()).info(report.toString());
    }

    private static String time(String what, Supplier<Integer> call) {
        call.get(); // warm-up: plans cached, classes loaded
        List<Long> ms = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            size = call.get();
            ms.add((System.nanoTime() - t) / 1_000_000);
        }
        Collections.sort(ms);
        return String.format("%-40s rows %6d   p50 %5d ms   p95 %5d ms   max %5d ms%n", what, size,
                ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), ms.get(ms.size() - 1));
    }

    private static String timeOnce(String what, Supplier<Integer> call) {
        long t = System.nanoTime();
        int bytes = call.get();
        return String.format("%-40s %,d bytes in %d ms%n", what, bytes, (System.nanoTime() - t) / 1_000_000);
    }

    /** 500 units; per unit a head (PPK: the agency head) and staff (PPK: the unit head); SKP in every state. */
    static void generate(String schema, int pegawai) throws SQLException {
        try (Connection c = DatabaseSettings.openDedicatedConnection(); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + schema);
            s.execute("insert into unit_kerja (code, name, version) select 'u' || g, 'Unit Kerja ' || g, 0"
                    + " from generate_series(1, " + UNITS + ") g");
            s.execute("insert into pegawai (nip, name, employee_type, jabatan, unit_id, active, version)"
                    + " select '2' || lpad(g::text, 17, '0'), 'Pegawai ' || g, 'PNS', 'Jabatan ' || (g % 40),"
                    + " (select id from unit_kerja where code = 'u' || (g % " + UNITS + " + 1)), true, 0"
                    + " from generate_series(1, " + pegawai + ") g");
            // heads: the first pegawai of each unit; the head of unit 1 heads the agency
            s.execute("create temporary table heads as select distinct on (unit_id) unit_id, id from pegawai"
                    + " where nip like '2%' order by unit_id, id");
            s.execute("update pegawai p set ppk_id = h.id from heads h where p.unit_id = h.unit_id and p.id <> h.id");
            s.execute("update pegawai p set ppk_id = (select min(id) from heads) where p.id in (select id from heads)"
                    + " and p.id <> (select min(id) from heads)");
            s.execute("insert into skp (pegawai_id, period_year, revision, status, pendekatan, ppk_id, submitted_at,"
                    + " decided_at, decided_by, updated_at, updated_by)"
                    + " select p.id, 2026, 1,"
                    + " (array['DRAFT','DIAJUKAN','DISETUJUI','DISETUJUI','DIKEMBALIKAN'])[p.id % 5 + 1], 'KUANTITATIF',"
                    + " p.ppk_id, timestamptz '2026-01-05' + (p.id % 60) * interval '1 day',"
                    + " case when p.id % 5 in (2, 3) then timestamptz '2026-01-10' + (p.id % 70) * interval '1 day' end,"
                    + " 'bench', now(), 'bench' from pegawai p where p.nip like '2%' and p.id % 10 <> 0");
            s.execute("analyze");
        }
    }
}
