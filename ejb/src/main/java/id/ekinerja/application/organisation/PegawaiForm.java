package id.ekinerja.application.organisation;

import id.ekinerja.tenantconfig.EmployeeType;
import id.ekinerja.tenantconfig.JabatanKind;
import id.ekinerja.tenantconfig.TenantRole;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What the pegawai form edits; the service checks every value again. {@code id} null = a new pegawai. */
public class PegawaiForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long id;
    private String nip;
    private EmployeeType type = EmployeeType.PNS;
    private String name;
    private String email;
    private String pangkatGolongan;
    private String jabatan;
    private JabatanKind jabatanKind;
    private String jenjang;
    private Long unitId;
    private String ppkNip;
    private List<TenantRole> roles = new ArrayList<>();
    private boolean active = true;
    /** Read-only: set when the pegawai moved out (mutasi keluar). */
    private String mutasiTo;
    private java.time.LocalDate mutasiOn;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getNip() { return nip; }
    public void setNip(String nip) { this.nip = nip; }
    public EmployeeType getType() { return type; }
    public void setType(EmployeeType type) { this.type = type; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPangkatGolongan() { return pangkatGolongan; }
    public void setPangkatGolongan(String pangkatGolongan) { this.pangkatGolongan = pangkatGolongan; }
    public String getJabatan() { return jabatan; }
    public void setJabatan(String jabatan) { this.jabatan = jabatan; }
    public JabatanKind getJabatanKind() { return jabatanKind; }
    public void setJabatanKind(JabatanKind jabatanKind) { this.jabatanKind = jabatanKind; }
    public String getJenjang() { return jenjang; }
    public void setJenjang(String jenjang) { this.jenjang = jenjang; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getPpkNip() { return ppkNip; }
    public void setPpkNip(String ppkNip) { this.ppkNip = ppkNip; }
    public List<TenantRole> getRoles() { return roles; }
    public void setRoles(List<TenantRole> roles) { this.roles = roles == null ? new ArrayList<>() : roles; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getMutasiTo() { return mutasiTo; }
    public void setMutasiTo(String mutasiTo) { this.mutasiTo = mutasiTo; }
    public java.time.LocalDate getMutasiOn() { return mutasiOn; }
    public void setMutasiOn(java.time.LocalDate mutasiOn) { this.mutasiOn = mutasiOn; }
}
