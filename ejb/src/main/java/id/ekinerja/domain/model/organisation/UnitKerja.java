package id.ekinerja.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** A unit kerja in the agency's tree; the root has no parent. */
@Entity
@Table(name = "unit_kerja")
public class UnitKerja {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private UnitKerja parent;

    @Version
    private int version;

    protected UnitKerja() {
    }

    public UnitKerja(String code, String name, UnitKerja parent) {
        this.code = requireText(code, "code");
        this.name = requireText(name, "name");
        this.parent = parent;
    }

    public void rename(String newName) {
        this.name = requireText(newName, "name");
    }

    /** Moves the unit under another one; refuses a parent inside its own subtree (the tree stays a tree). */
    public void moveUnder(UnitKerja newParent) {
        if (isAncestorOf(newParent)) {
            throw new IllegalArgumentException("Unit " + code + " cannot move under its own subtree");
        }
        this.parent = newParent;
    }

    /** {@code true} if {@code other} is this unit or lies below it. */
    public boolean isAncestorOf(UnitKerja other) {
        for (UnitKerja u = other; u != null; u = u.getParent()) { // getters: u may be a lazy proxy
            if (u == this || (id != null && id.equals(u.getId()))) {
                return true;
            }
        }
        return false;
    }

    static String requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitKerja getParent() {
        return parent;
    }
}
