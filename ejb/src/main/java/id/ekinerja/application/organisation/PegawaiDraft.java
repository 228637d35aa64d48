package id.ekinerja.application.organisation;

import id.ekinerja.tenantconfig.EmployeeType;
import id.ekinerja.tenantconfig.JabatanKind;
import id.ekinerja.tenantconfig.TenantRole;
import java.io.Serializable;
import java.util.Set;

/**
 * A validated import row: what the pegawai should look like after the import. {@code roles} null: keep the
 * roles the pegawai has (the API's sync carries none; roles are e-Kinerja's own, not SIASN's).
 */
public record PegawaiDraft(int line, String nip, EmployeeType type, String name, String email,
                           String pangkatGolongan, String jabatan, JabatanKind jabatanKind, String jenjang,
                           String unitCode, String ppkNip, Set<TenantRole> roles) implements Serializable {
    public PegawaiDraft {
        roles = roles == null ? null : Set.copyOf(roles);
    }
}
