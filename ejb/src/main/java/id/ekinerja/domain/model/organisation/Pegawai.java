package id.ekinerja.domain.model.organisation;

import id.ekinerja.tenantconfig.EmployeeType;
import id.ekinerja.tenantconfig.JabatanKind;
import id.ekinerja.tenantconfig.Nip;
import id.ekinerja.tenantconfig.TenantRole;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A pegawai (PNS or PPPK) of one agency. The NIP is validated on creation and never changes; it is also the
 * Keycloak username, which is how a signed-in person is found in each agency they belong to. The PPK
 * (direct superior) may not be the pegawai themself.
 */
@Entity
@Table(name = "pegawai")
public class Pegawai {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 18, columnDefinition = "char(18)")
    private String nip;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "employee_type", nullable = false, length = 8)
    private EmployeeType employeeType;

    @Column(name = "pangkat_golongan", length = 80)
    private String pangkatGolongan;

    @Column(length = 200)
    private String jabatan;

    @Enumerated(EnumType.STRING)
    @Column(name = "jabatan_kind", length = 16)
    private JabatanKind jabatanKind;

    @Column(length = 40)
    private String jenjang;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private UnitKerja unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ppk_id")
    private Pegawai ppk;

    @Column(nullable = false)
    private boolean active = true;

    /** Where the pegawai moved (mutasi keluar), and from when; their rows stay here as history. */
    @Column(name = "mutasi_to", length = 200)
    private String mutasiTo;

    @Column(name = "mutasi_on")
    private java.time.LocalDate mutasiOn;

    // lazy: loading a pegawai (an owner's PPK and atasan on every SKP page) cost a query for their roles each time;
    // what reads roles (the page header's profile, role checks) loads them in the same transaction
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "pegawai_role", joinColumns = @JoinColumn(name = "pegawai_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 32)
    private Set<TenantRole> roles = EnumSet.noneOf(TenantRole.class);

    @Version
    private int version;

    protected Pegawai() {
    }

    public Pegawai(String nip, EmployeeType type, String name, String email, UnitKerja unit) {
        this.employeeType = Objects.requireNonNull(type, "type");
        this.nip = Nip.parse(nip, type).value();
        this.name = UnitKerja.requireText(name, "name");
        this.email = email;
        this.unit = unit;
    }

    public void assignPosition(String jabatan, JabatanKind kind, String jenjang, String pangkatGolongan) {
        this.jabatan = jabatan;
        this.jabatanKind = kind;
        this.jenjang = jenjang;
        this.pangkatGolongan = pangkatGolongan;
    }

    public void reportTo(Pegawai superior) {
        if (superior != null && superior.getNip().equals(nip)) {
            throw new IllegalArgumentException("A pegawai cannot be their own PPK");
        }
        if (superior != null && wouldCycle(superior)) {
            throw new IllegalArgumentException("PPK chain would form a cycle at " + nip);
        }
        this.ppk = superior;
    }

    /** Name and e-mail as the admin keeps them; the NIP and type never change. */
    public void describe(String name, String email) {
        this.name = UnitKerja.requireText(name, "name");
        this.email = email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public void placeIn(UnitKerja unit) {
        this.unit = unit;
    }

    /** Replaces the tenant roles (admin instansi, pengelola kinerja). */
    public void assignRoles(Set<TenantRole> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    /**
     * Mutasi keluar: the pegawai leaves for another agency. They stop being an active member here; everything
     * they and others recorded about them stays, readable by this agency's admins and superiors. Their login
     * (the NIP) is the platform's, not the agency's, so it goes with them.
     *
     * @throws IllegalArgumentException on a blank or overlong destination or a missing date
     * @throws IllegalStateException when the pegawai is not active
     */
    public void mutasiKeluar(String destination, java.time.LocalDate on) {
        if (destination == null || destination.isBlank() || destination.strip().length() > 200 || on == null) {
            throw new IllegalArgumentException("destination (1-200 characters) and date are required");
        }
        if (!active) {
            throw new IllegalStateException("only an active pegawai can move out");
        }
        this.mutasiTo = destination.strip();
        this.mutasiOn = on;
        this.active = false;
    }

    public String getMutasiTo() {
        return mutasiTo;
    }

    public java.time.LocalDate getMutasiOn() {
        return mutasiOn;
    }

    public void setActive(boolean active) {
        if (active && !this.active) {
            mutasiTo = null; // back in this agency: no longer "moved out"
            mutasiOn = null;
        }
        this.active = active;
    }

    /**
     * Whether making {@code superior} this pegawai's PPK would close a loop (A → B → … → A). Walks up the
     * superior's chain; chains are short (a handful of levels).
     */
    public boolean wouldCycle(Pegawai superior) {
        // getters, not fields: a superior may be a lazy proxy whose fields are empty
        for (Pegawai p = superior; p != null; p = p.getPpk()) {
            if (p == this || p.getNip().equals(nip)) {
                return true;
            }
        }
        return false;
    }

    public void grant(TenantRole role) {
        roles.add(role);
    }

    public boolean hasRole(TenantRole role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getNip() {
        return nip;
    }

    public String getFormattedNip() {
        return Nip.parse(nip, employeeType).formatted();
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public EmployeeType getEmployeeType() {
        return employeeType;
    }

    public String getPangkatGolongan() {
        return pangkatGolongan;
    }

    public String getJabatan() {
        return jabatan;
    }

    public JabatanKind getJabatanKind() {
        return jabatanKind;
    }

    public String getJenjang() {
        return jenjang;
    }

    public UnitKerja getUnit() {
        return unit;
    }

    public Pegawai getPpk() {
        return ppk;
    }

    public boolean isActive() {
        return active;
    }

    public Set<TenantRole> getRoles() {
        return Set.copyOf(roles);
    }
}
