package id.ekinerja.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.tenantconfig.EmployeeType;
import id.ekinerja.tenantconfig.InvalidNipException;
import id.ekinerja.tenantconfig.TenantRole;
import org.junit.jupiter.api.Test;

class PegawaiTest {
    private final UnitKerja unit = new UnitKerja("setjen", "Sekretariat", null);

    @Test
    void nipIsNormalisedAndShownInTheOfficialGrouping() {
        Pegawai p = new Pegawai("19860926 201505 1 001", EmployeeType.PNS, "Budi Santoso", "b@x.id", unit);
        assertEquals("198609262015051001", p.getNip());
        assertEquals("19860926 201505 1 001", p.getFormattedNip());
    }

    @Test
    void invalidNipIsRefused() {
        assertThrows(InvalidNipException.class,
                () -> new Pegawai("19860230 201505 1 001", EmployeeType.PNS, "Budi", null, unit));
        assertThrows(InvalidNipException.class,
                () -> new Pegawai("1986092620150510", EmployeeType.PNS, "Budi", null, unit));
    }

    @Test
    void blankNameIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Pegawai("198609262015051001", EmployeeType.PNS, "  ", null, unit));
    }

    @Test
    void nobodyIsTheirOwnPpk() {
        Pegawai p = new Pegawai("198609262015051001", EmployeeType.PNS, "Budi", null, unit);
        Pegawai same = new Pegawai("198609262015051001", EmployeeType.PNS, "Budi", null, unit);
        assertThrows(IllegalArgumentException.class, () -> p.reportTo(same));
        Pegawai boss = new Pegawai("197501012000031002", EmployeeType.PNS, "Siti", null, unit);
        p.reportTo(boss);
        assertEquals(boss, p.getPpk());
    }

    @Test
    void rolesAreGranted() {
        Pegawai p = new Pegawai("198609262015051001", EmployeeType.PNS, "Budi", null, unit);
        p.grant(TenantRole.ADMIN_INSTANSI);
        assertTrue(p.hasRole(TenantRole.ADMIN_INSTANSI));
    }
}
