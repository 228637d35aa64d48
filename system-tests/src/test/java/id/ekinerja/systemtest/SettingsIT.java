package id.ekinerja.systemtest;

import id.ekinerja.application.NewTenant;
import id.ekinerja.application.PlatformService;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.settings.AgencySettings;
import id.ekinerja.application.settings.SettingsAdminService;
import id.ekinerja.application.settings.SettingsAdminService.HistoryLine;
import id.ekinerja.application.settings.SettingsForm;
import id.ekinerja.application.settings.SettingsInvalidException;
import id.ekinerja.application.settings.SettingsInvalidException.FieldProblem;
import id.ekinerja.domain.model.skp.WorkCalendar;
import id.ekinerja.infrastructure.tenancy.DatabaseSettings;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.tenantconfig.Predikat;
import id.ekinerja.tenantconfig.RoundingRule;
import id.ekinerja.tenantconfig.TenantSettings;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin instansi's settings: versioned from a date, validated per field, admin instansi only. */
@ExtendWith(ArquillianExtension.class)
class SettingsIT {
    /** I Made Suardana (pegawai) and Nurul Hidayah (pengelola kinerja) of kpu-dki. */
    private static final Actor PEGAWAI = new Actor("198703142011011005");
    private static final Actor PENGELOLA = new Actor("199507092021012001");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ekinerja(SettingsIT.class, TestNips.class);
    }

    @EJB
    PlatformService platform;

    @EJB
    SettingsAdminService settings;

    @EJB
    AgencySettings agencySettings;

    private String tenant;
    private Actor admin;

    /** A fresh agency per test: settings changes must not leak into other tests' demo tenants. */
    @BeforeEach
    void freshTenant() {
        tenant = "set-" + UUID.randomUUID().toString().substring(0, 8);
        String nip = TestNips.randomNip();
        platform.createTenant(new NewTenant(tenant, "Instansi " + tenant, nip, "Admin Pengaturan", tenant + "@uji.ekinerja.id"), "tester");
        admin = new Actor(nip);
    }

    @Test
    void aChangeFromTodayIsInForceAndRecordedWithBeforeAndAfter() throws SQLException {
        SettingsForm form = TenantContext.call(tenant, () -> settings.current(admin));
        form.getTunjangan().put(Predikat.BUTUH_PERBAIKAN.name(), 85);
        form.getExtraExpectations().add(new SettingsForm.Expectation("Integritas peradilan", "Menjaga kerahasiaan perkara"));
        form.setDistributionRounding(RoundingRule.ROUND_HALF_UP);
        TenantContext.run(tenant, () -> settings.change(admin, form));

        TenantSettings now = TenantContext.call(tenant, () -> agencySettings.settings());
        assertEquals(85, now.tunjanganShare(Predikat.BUTUH_PERBAIKAN));
        assertEquals(RoundingRule.ROUND_HALF_UP, now.distributionRounding());
        assertEquals("Integritas peradilan", now.extraBehaviourExpectations().get(0).title());

        List<HistoryLine> history = TenantContext.call(tenant, () -> settings.history(admin));
        assertEquals(2, history.size());
        assertTrue(history.get(0).inForce());
        String changes = String.join("\n", history.get(0).changes());
        assertTrue(changes.contains("pembulatan kurva: FLOOR_MAX_CEIL_MIN → ROUND_HALF_UP"), changes);
        assertTrue(changes.contains("tunjangan Butuh Perbaikan"), changes);
        assertEquals(1, count("SELECT count(*) FROM " + schema() + ".activity_log WHERE action = 'SETTINGS_CHANGE' AND actor = '"
                + admin.username() + "'"));
    }

    @Test
    void aFutureChangeWaitsForItsDate() {
        SettingsForm form = TenantContext.call(tenant, () -> settings.current(admin));
        form.setAgencyName("Nama Baru Mulai Bulan Depan");
        form.setValidFrom(WorkCalendar.today().plusMonths(1));
        TenantContext.run(tenant, () -> settings.change(admin, form));

        assertEquals("Instansi " + tenant, TenantContext.call(tenant, () -> agencySettings.agencyName()).orElseThrow());
        List<HistoryLine> history = TenantContext.call(tenant, () -> settings.history(admin));
        assertEquals(WorkCalendar.today().plusMonths(1), history.get(0).validFrom());
        assertTrue(!history.get(0).inForce() && history.get(1).inForce());
    }

    @Test
    void badInputNamesEveryFieldAndStoresNothing() throws SQLException {
        long before = count("SELECT count(*) FROM " + schema() + ".settings_version");
        SettingsForm form = TenantContext.call(tenant, () -> settings.current(admin));
        form.setAgencyName("   ");
        form.setValidFrom(LocalDate.of(2020, 1, 1));
        form.setLogo("javascript:alert(1)");
        form.setLocale("fr");
        form.getTunjangan().put(Predikat.BAIK.name(), 150);
        form.getTunjangan().remove(Predikat.KURANG.name());
        form.getExtraExpectations().add(new SettingsForm.Expectation("", "uraian tanpa judul"));
        form.setRulesJson("{\"version\": \"x/1\", \"kuadran\": {\"DI_ATAS\": {\"SESUAI\": \"LUAR_BIASA\"}}}");

        SettingsInvalidException e = assertThrows(SettingsInvalidException.class,
                () -> TenantContext.run(tenant, () -> settings.change(admin, form)));
        Map<String, String> byField = e.problems().stream()
                .collect(Collectors.toMap(FieldProblem::field, FieldProblem::messageKey));
        assertEquals("set.required", byField.get("agencyName"));
        assertEquals("set.validFrom.past", byField.get("validFrom"));
        assertEquals("set.logo.invalid", byField.get("logo"));
        assertEquals("set.locale.invalid", byField.get("locale"));
        assertEquals("set.tunjangan.range", byField.get("tunjangan:BAIK"));
        assertEquals("set.required", byField.get("tunjangan:KURANG"));
        assertEquals("set.required", byField.get("extra:0:title"));
        assertEquals("set.rules.invalid", byField.get("rules"));
        assertEquals(before, count("SELECT count(*) FROM " + schema() + ".settings_version"));
    }

    @Test
    void changedRulesNeedANewVersionAndThenApply() {
        SettingsForm form = TenantContext.call(tenant, () -> settings.current(admin));
        String national = form.getRulesJson();
        String changed = withAhliPertama(national, "13");
        form.setRulesJson(changed);
        SettingsInvalidException e = assertThrows(SettingsInvalidException.class,
                () -> TenantContext.run(tenant, () -> settings.change(admin, form)));
        assertEquals("set.rules.invalid", e.problems().get(0).messageKey());
        assertEquals("rules.version", e.problems().get(0).args().get(0), "names the version field");

        String ownVersion = tenant + "/2027-1";
        form.setRulesJson(changed.replaceFirst("\"version\":\"[^\"]+\"", "\"version\":\"" + ownVersion + "\""));
        TenantContext.run(tenant, () -> settings.change(admin, form));
        assertEquals(ownVersion, TenantContext.call(tenant, () -> agencySettings.rules().version()));
        assertEquals("13", TenantContext.call(tenant,
                () -> agencySettings.rules().angkaKredit().annualCoefficient().get("Ahli Pertama").toPlainString()));

        // Other tables under the same version would make stored results ambiguous.
        SettingsForm again = TenantContext.call(tenant, () -> settings.current(admin));
        again.setRulesJson(withAhliPertama(again.getRulesJson(), "14"));
        e = assertThrows(SettingsInvalidException.class, () -> TenantContext.run(tenant, () -> settings.change(admin, again)));
        assertEquals("set.rules.sameVersion", e.problems().get(0).messageKey());
    }

    private static String withAhliPertama(String rulesJson, String coefficient) {
        String result = rulesJson.replaceFirst("\"Ahli Pertama\":[0-9.]+", "\"Ahli Pertama\":" + coefficient);
        assertTrue(!result.equals(rulesJson), "the rules JSON has an Ahli Pertama coefficient to change");
        return result;
    }

    @Test
    void unchangedFormIsRefusedWithAMessage() {
        SettingsForm form = TenantContext.call(tenant, () -> settings.current(admin));
        SettingsInvalidException e = assertThrows(SettingsInvalidException.class,
                () -> TenantContext.run(tenant, () -> settings.change(admin, form)));
        assertEquals("set.unchanged", e.problems().get(0).messageKey());
    }

    @Test
    void onlyTheAdminInstansiMayReadOrChangeSettings() {
        SettingsForm form = TenantContext.call("kpu-dki", () -> settings.current(new Actor("198511172009042001")));
        form.setAgencyName("Diambil alih");
        for (Actor other : List.of(PEGAWAI, PENGELOLA)) {
            assertThrows(AccessDeniedException.class, () -> TenantContext.run("kpu-dki", () -> settings.change(other, form)));
            assertThrows(AccessDeniedException.class, () -> TenantContext.run("kpu-dki", () -> settings.history(other)));
        }
        // The admin of another agency is nobody in kpu-dki.
        assertThrows(AccessDeniedException.class, () -> TenantContext.run("kpu-dki", () -> settings.change(admin, form)));
        assertEquals("KPU Provinsi DKI Jakarta", TenantContext.call("kpu-dki", () -> agencySettings.agencyName()).orElseThrow());
    }

    private String schema() {
        return "tenant_" + tenant.replace('-', '_');
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DatabaseSettings.openDedicatedConnection();
             PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
