package id.ekinerja.tenantconfig;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A pegawai of a demo tenant. {@code nip} is the 18-digit NIP (PNS) or NI PPPK, without spaces; it is also
 * the Keycloak username. {@code ppkNip} is the direct superior (Pejabat Penilai Kinerja), {@code null} for
 * the agency's top leader. {@code jenjang} is set for jabatan fungsional only (e.g. "Ahli Muda", "Terampil").
 * {@code roles} is copied into an unmodifiable set in enum order ({@code null} becomes empty).
 */
public record Person(
        String nip,
        String name,
        String email,
        EmployeeType type,
        String pangkatGolongan,
        String jabatan,
        JabatanKind jabatanKind,
        String jenjang,
        String unitCode,
        String ppkNip,
        Set<TenantRole> roles) {

    public Person {
        // EnumSet keeps a stable order (Set.copyOf would not), which keeps output and tests deterministic.
        EnumSet<TenantRole> copy = EnumSet.noneOf(TenantRole.class);
        if (roles != null) {
            copy.addAll(roles);
        }
        roles = Collections.unmodifiableSet(copy);
    }

    public boolean hasRole(TenantRole role) {
        return roles.contains(role);
    }

    /** The NIP in display form ({@code 19860926 201505 1 001}); requires a valid NIP and type. */
    public String nipFormatted() {
        return Nip.parse(nip, type).formatted();
    }
}
