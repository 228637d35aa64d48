package id.ekinerja.domain.model.pelaksanaan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of a file {@link BuktiDukung}, in the tenant's database (bytea) rather than on a node's disk, so
 * evidence survives the loss of an application node and is backed up with everything else. Same id as the
 * metadata row; loaded only for a download.
 */
@Entity
@Table(name = "pel_bukti_content")
public class BuktiContent {
    @Id
    @Column(name = "bukti_id")
    private Long buktiId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected BuktiContent() {
    }

    public BuktiContent(long buktiId, byte[] content) {
        this.buktiId = buktiId;
        this.content = content;
    }

    public Long getBuktiId() {
        return buktiId;
    }

    public byte[] getContent() {
        return content;
    }
}
