package id.ekinerja.application.skp;

import id.ekinerja.domain.model.skp.SkpStatus;
import java.io.Serializable;
import java.util.List;

/**
 * Matriks Peran Hasil of a leader for a year: columns are the leader's RHK utama (of their latest SKP),
 * rows their direct subordinates, and each cell the subordinate's RHK that intervene that column's RHK:
 * the role each member plays in the leader's result. Empty cells show where no one contributes yet.
 */
public record MatriksPeranHasil(int year, SkpStatus leaderStatus, List<Column> columns, List<Row> rows)
        implements Serializable {

    public record Column(long rhkId, String text, List<String> iki) implements Serializable {
    }

    /** {@code cells} are aligned with the columns; {@code status} is null when the member has not started. */
    public record Row(String nip, String name, String jabatan, SkpStatus status, List<List<String>> cells)
            implements Serializable {
    }
}
