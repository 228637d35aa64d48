package id.ekinerja.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.application.organisation.OrganisationAdminService;
import id.ekinerja.application.organisation.OrganisationAdminService.UnitNode;
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
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The organisation forms' rules, enforced by the service whatever a page sends. */
@ExtendWith(ArquillianExtension.class)
class OrganisationAdminIT {
    static final String KPU = "kpu-dki";
    static final Actor RATNA = new Actor("198511172009042001");   // admin instansi
    static final Actor NURUL = new Actor("199507092021012001");   // pengelola kinerja
    static final Actor MADE = new Actor("198703142011011005");    // no role
    static final Actor EKA = new Actor("198401282009032002");     // bawaslu-lebong admin
    static final String HENDRA = "197104121998031002";             // top of kpu-dki's chain
    static final String AHMAD = "198002052005011003";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ekinerja(OrganisationAdminIT.class, PegawaiImportIT.class, TenantProbe.class, TestNips.class);
    }

    @EJB
    OrganisationAdminService organisation;

    @EJB
    TenantProbe probe;

    @Inject
    KeycloakAdmin keycloak;

    @Test
    void onlyAdminsAndPengelolaKinerjaMaintainTheOrganisation() {
        assertEquals("access.roleRequired", assertThrows(AccessDeniedException.class,
                () -> TenantContext.call(KPU, () -> organisation.searchPegawai(MADE, "", 0, 10))).messageKey());
        assertThrows(AccessDeniedException.class,
                () -> TenantContext.call(KPU, () -> organisation.addUnit(MADE, "x-" + System.nanoTime(), "X", null)));
        assertThrows(AccessDeniedException.class,
                () -> TenantContext.call(KPU, () -> organisation.searchPegawai(EKA, "", 0, 10)));
        assertFalse(TenantContext.call(KPU, () -> organisation.searchPegawai(NURUL, "Ratna", 0, 10)).isEmpty());
    }

    @Test
    void anIdOfAnotherAgencyNeverReachesItsData() {
        long bawasluId = probe.idOf("bawaslu-lebong", EKA.username());
        try {
            PegawaiForm f = TenantContext.call(KPU, () -> organisation.loadPegawai(RATNA, bawasluId));
            assertTrue(probe.nips(KPU).contains(f.getNip()), "only a kpu-dki row can come back");
            assertFalse(EKA.username().equals(f.getNip()));
        } catch (OrganisationException e) {
            assertEquals("org.notFound", e.messageKey());
        }
    }

    @Test
    void aUnitCannotMoveIntoItsOwnSubtree() {
        String parent = "p-" + Long.toHexString(System.nanoTime());
        long p = TenantContext.call(KPU, () -> organisation.addUnit(RATNA, parent, "Induk Uji", null));
        long c = TenantContext.call(KPU, () -> organisation.addUnit(RATNA, parent + "-c", "Anak Uji", p));
        OrganisationException e = assertThrows(OrganisationException.class,
                () -> TenantContext.run(KPU, () -> organisation.moveUnit(RATNA, p, c)));
        assertEquals("org.units.cycle", e.messageKey());
        TenantContext.run(KPU, () -> organisation.renameUnit(RATNA, c, "Anak Uji Baru"));
        List<UnitNode> units = TenantContext.call(KPU, () -> organisation.units(RATNA));
        UnitNode child = units.stream().filter(u -> u.id() == c).findFirst().orElseThrow();
        assertEquals("Anak Uji Baru", child.name());
        assertEquals(1, child.depth());
        assertEquals("org.units.codeTaken", assertThrows(OrganisationException.class,
                () -> TenantContext.call(KPU, () -> organisation.addUnit(RATNA, parent, "Lagi", null))).messageKey());
    }

    @Test
    void theFormChecksNipPerTypeAndPpkCyclesAndANewPegawaiGetsAnAccount() {
        long unit = TenantContext.call(KPU, () -> organisation.units(RATNA)).get(0).id();
        PegawaiForm f = new PegawaiForm();
        f.setType(EmployeeType.PPPK);
        f.setNip("198511172009042001");  // a PNS NIP typed as PPPK: year 2009 is before PPPK existed
        f.setName("Uji Form");
        f.setJabatan("Analis");
        f.setJabatanKind(JabatanKind.PELAKSANA);
        f.setUnitId(unit);
        OrganisationException bad = assertThrows(OrganisationException.class,
                () -> TenantContext.call(KPU, () -> organisation.savePegawai(RATNA, f)));
        assertEquals("nip", bad.field());
        assertEquals("org.nip.appointment.beforePppk", bad.messageKey());

        String nip = TestNips.randomNip();
        f.setType(EmployeeType.PNS);
        f.setNip(nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14) + " " + nip.substring(15));
        f.setPpkNip(AHMAD);
        long id = TenantContext.call(KPU, () -> organisation.savePegawai(RATNA, f));
        String userId = keycloak.findUserId(nip).orElseThrow();
        assertTrue(keycloak.memberIds(keycloak.findOrganizationId(KPU).orElseThrow()).contains(userId));

        // the leader cannot report to someone below them
        PegawaiForm hendra = TenantContext.call(KPU, () -> organisation.loadPegawai(RATNA, probe.idOf(KPU, HENDRA)));
        hendra.setPpkNip(nip);
        OrganisationException cycle = assertThrows(OrganisationException.class,
                () -> TenantContext.call(KPU, () -> organisation.savePegawai(RATNA, hendra)));
        assertEquals("ppk", cycle.field());
        assertEquals("org.form.ppkCycle", cycle.messageKey());

        // an initial password is issued on demand
        assertEquals(12, TenantContext.call(KPU, () -> organisation.issuePassword(RATNA, id)).password().length());
    }
}
