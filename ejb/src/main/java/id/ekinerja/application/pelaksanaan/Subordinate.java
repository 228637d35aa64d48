package id.ekinerja.application.pelaksanaan;

/** A line of the PPK's "Bawahan" list: whom they give feedback to, and whether that one has an approved SKP. */
public record Subordinate(String nip, String name, String jabatan, boolean approvedSkp) implements java.io.Serializable {
}
