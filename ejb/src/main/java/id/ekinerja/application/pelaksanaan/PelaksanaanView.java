package id.ekinerja.application.pelaksanaan;

import id.ekinerja.domain.model.skp.JenisRhk;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One pegawai's pelaksanaan in one window, as a page shows it: per RHK of the approved SKP the rencana aksi,
 * the realisasi, the bukti dukung and the PPK's umpan balik; the umpan balik per core value; the notes on
 * pengembangan kinerja; and what the viewer may do now.
 *
 * @param skpId         the approved SKP in force, or {@code null} when the pegawai has none for the year
 * @param canWrite      the viewer is the pegawai and the window is open
 * @param canGiveFeedback the viewer is the PPK of record and the window is open
 * @param closedKey     why the window refuses writes today ({@code window.notYetOpen}/{@code window.closed}),
 *                      with {@code closedArgs}; {@code null} when open
 */
public record PelaksanaanView(String nip, String name, String jabatan, String ppkNip, String ppkName, long windowId,
                              int year, Long skpId, Integer skpRevision, boolean mine, boolean canWrite,
                              boolean canGiveFeedback, String closedKey, Object[] closedArgs, List<RhkWork> rhk,
                              List<ValueFeedback> perilaku, List<Item> pengembangan, long maxUploadBytes) implements java.io.Serializable {

    public record RhkWork(long rhkId, JenisRhk jenis, String text, List<Item> rencanaAksi, String realisasi,
                          List<Bukti> bukti, List<Feedback> feedback) implements java.io.Serializable {
    }

    public record Item(long id, String text, OffsetDateTime at) implements java.io.Serializable {
    }

    public record Bukti(long id, boolean file, String name, String url, String mediaType, long size, String sha256,
                        String uploadedBy, OffsetDateTime at) implements java.io.Serializable {
        /** "1.2 MB", "830 KB": for the list. */
        public String sizeLabel() {
            return size >= 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MB", size / 1048576.0)
                    : Math.max(1, size / 1024) + " KB";
        }
    }

    public record Feedback(long id, String text, String byName, OffsetDateTime at) implements java.io.Serializable {
    }

    public record ValueFeedback(String coreValue, String label, List<Feedback> feedback) implements java.io.Serializable {
    }

    public boolean hasSkp() {
        return skpId != null;
    }
}
