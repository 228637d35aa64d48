package id.ekinerja.application;

import id.ekinerja.tenantconfig.TenantRole;
import java.util.Set;

/** What the home page shows of the signed-in pegawai in one agency. */
public record Profile(long pegawaiId, String name, String formattedNip, String jabatan, String pangkatGolongan,
                      String unitName, String ppkName, Set<TenantRole> roles, long subordinates) implements java.io.Serializable {
}
