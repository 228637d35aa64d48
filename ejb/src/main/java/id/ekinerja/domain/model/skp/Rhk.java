package id.ekinerja.domain.model.skp;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rencana Hasil Kerja: one planned result of an SKP, utama or tambahan, with its ordered IKI. An RHK utama
 * of a pegawai who has a PPK names the PPK's RHK it intervenes (supports); {@link Skp} checks that it belongs
 * to the PPK's approved SKP of the same year. Part of the {@link Skp} aggregate: only the SKP changes it.
 */
@Entity
@Table(name = "skp_rhk")
public class Rhk {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "skp_id")
    private Skp skp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private JenisRhk jenis;

    @Column(nullable = false, length = 2000)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "intervened_rhk_id")
    private Rhk intervened;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "skp_iki", joinColumns = @JoinColumn(name = "rhk_id"))
    @OrderColumn(name = "position")
    private List<Iki> iki = new ArrayList<>();

    protected Rhk() {
    }

    /**
     * @param intervened the superior's RHK this one supports; may be {@code null} for tambahan and for the
     *                   agency's top leader
     */
    public Rhk(JenisRhk jenis, String text, Rhk intervened, List<Iki> iki) {
        this.jenis = Objects.requireNonNull(jenis, "jenis");
        this.text = Skp.text(text, 2000, "skp.error.tooLong");
        if (this.text == null) {
            throw new SkpIncompleteException("skp.error.rhkTextRequired");
        }
        this.intervened = intervened;
        this.iki.addAll(iki);
    }

    void attachTo(Skp owner) {
        this.skp = owner;
    }

    Rhk copy() {
        return new Rhk(jenis, text, intervened, iki.stream().map(Iki::copy).toList());
    }

    public Long getId() {
        return id;
    }

    public Skp getSkp() {
        return skp;
    }

    public JenisRhk getJenis() {
        return jenis;
    }

    public String getText() {
        return text;
    }

    public Rhk getIntervened() {
        return intervened;
    }

    public List<Iki> getIki() {
        return List.copyOf(iki);
    }
}
