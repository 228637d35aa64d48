package id.ekinerja.systemtest;

import id.ekinerja.application.ProfileService;
import id.ekinerja.application.activity.ActivityLogSearch;
import id.ekinerja.application.organisation.OrganisationAdminService;
import id.ekinerja.application.organisation.OrganisationException;
import id.ekinerja.application.organisation.PegawaiForm;
import id.ekinerja.application.security.AccessDeniedException;
import id.ekinerja.application.security.Actor;
import id.ekinerja.infrastructure.keycloak.KeycloakAdmin;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.tenantconfig.EmployeeType;
import id.ekinerja.tenantconfig.JabatanKind;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mutasi: a pegawai moves from kpu-dki to bawaslu-lebong with the same login; kpu-dki keeps the history. */
@ExtendWith(ArquillianExtension.class)
class MutasiIT {
    private static final Actor RATNA = new Actor("198511172009042001");  // admin kpu-dki
    private static final Actor EKA = new Actor("198401282009032002");    // admin bawaslu-lebong
    private static final Actor MADE = new Actor("198703142011011005");   // pegawai kpu-dki, no role
    private static final String AHMAD = "198002052005011003";            // unit head kpu-dki

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ekinerja(MutasiIT.class, TestNips.class);
    }

    @EJB
    OrganisationAdminService organisation;

    @EJB
    ProfileService profiles;

    @EJB
    ActivityLogSearch log;

    @Inject
    KeycloakAdmin keycloak;

    @Test
    void theSameLoginMovesAndTheOldAgencyKeepsTheHistory() {
        String nip = TestNips.randomNip();
        long id = TenantContext.call("kpu-dki", () -> organisation.savePegawai(RATNA, form(nip, "kpu-dki", RATNA, AHMAD)));
        String userId = keycloak.findUserId(nip).orElseThrow();
        String kpuOrg = keycloak.findOrganizationId("kpu-dki").orElseThrow();
        assertTrue(keycloak.memberIds(kpuOrg).contains(userId));

        // Refusals first: nothing changes.
        assertThrows(AccessDeniedException.class, () -> TenantContext.run("kpu-dki",
                () -> organisation.mutasiKeluar(MADE, id, "Bawaslu Kabupaten Lebong", LocalDate.of(2026, 12, 1))));
        assertThrows(AccessDeniedException.class, () -> TenantContext.run("kpu-dki",
                () -> organisation.mutasiKeluar(EKA, id, "Bawaslu Kabupaten Lebong", LocalDate.of(2026, 12, 1))));
        assertEquals("org.mutasi.destination", assertThrows(OrganisationException.class, () -> TenantContext.run("kpu-dki",
                () -> organisation.mutasiKeluar(RATNA, id, "  ", LocalDate.of(2026, 12, 1)))).messageKey());
        assertEquals("org.mutasi.date", assertThrows(OrganisationException.class, () -> TenantContext.run("kpu-dki",
                () -> organisation.mutasiKeluar(RATNA, id, "Bawaslu", null))).messageKey());
        assertTrue(TenantContext.call("kpu-dki", () -> profiles.profileOf(nip)).isPresent(), "still active after refusals");

        long orphans = TenantContext.call("kpu-dki",
                () -> organisation.mutasiKeluar(RATNA, id, "Bawaslu Kabupaten Lebong", LocalDate.of(2026, 12, 1)));
        assertEquals(0, orphans);
        assertFalse(keycloak.memberIds(kpuOrg).contains(userId), "no longer a member of the old agency");
        assertEquals(userId, keycloak.findUserId(nip).orElseThrow(), "the account stays");
        assertTrue(TenantContext.call("kpu-dki", () -> profiles.profileOf(nip)).isEmpty(), "inactive in the old agency");
        PegawaiForm history = TenantContext.call("kpu-dki", () -> organisation.loadPegawai(RATNA, id));
        assertEquals("Bawaslu Kabupaten Lebong", history.getMutasiTo());
        assertEquals(LocalDate.of(2026, 12, 1), history.getMutasiOn());
        assertTrue(TenantContext.call("kpu-dki", () -> log.search(RATNA,
                new ActivityLogSearch.Filter(null, "PEGAWAI_MUTASI", null, null), 0, 100))
                .stream().anyMatch(l -> l.detail().contains("Bawaslu Kabupaten Lebong")));
        assertEquals("org.mutasi.inactive", assertThrows(OrganisationException.class, () -> TenantContext.run("kpu-dki",
                () -> organisation.mutasiKeluar(RATNA, id, "Lagi", LocalDate.of(2026, 12, 2)))).messageKey());

        // The receiving agency adds the same NIP: same account, new membership.
        TenantContext.call("bawaslu-lebong", () -> organisation.savePegawai(EKA, form(nip, "bawaslu-lebong", EKA, null)));
        assertEquals(userId, keycloak.findUserId(nip).orElseThrow());
        assertTrue(keycloak.memberIds(keycloak.findOrganizationId("bawaslu-lebong").orElseThrow()).contains(userId));
        assertTrue(TenantContext.call("bawaslu-lebong", () -> profiles.profileOf(nip)).isPresent());
    }

    @Test
    void anAdminCannotMoveThemselvesOut() {
        long self = TenantContext.call("kpu-dki", () -> organisation.searchPegawai(RATNA, RATNA.username(), 0, 1)).get(0).id();
        assertEquals("org.mutasi.self", assertThrows(OrganisationException.class, () -> TenantContext.run("kpu-dki",
                () -> organisation.mutasiKeluar(RATNA, self, "Ke mana saja", LocalDate.of(2026, 12, 1)))).messageKey());
    }

    private PegawaiForm form(String nip, String tenant, Actor admin, String ppk) {
        PegawaiForm f = new PegawaiForm();
        f.setType(EmployeeType.PNS);
        f.setNip(nip);
        f.setName("Pegawai Mutasi");
        f.setJabatan("Analis");
        f.setJabatanKind(JabatanKind.PELAKSANA);
        f.setUnitId(TenantContext.call(tenant, () -> organisation.units(admin)).get(0).id());
        f.setPpkNip(ppk);
        return f;
    }
}
