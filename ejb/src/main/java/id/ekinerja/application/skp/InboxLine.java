package id.ekinerja.application.skp;

import id.ekinerja.domain.model.skp.SkpStatus;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One SKP in a PPK's inbox (or, for an admin, a top leader's SKP to record on behalf of their superior). */
public record InboxLine(long skpId, String nip, String name, String jabatan, int year, int revision,
                        SkpStatus status, OffsetDateTime submittedAt, boolean onBehalf) implements Serializable {
}
