package id.ekinerja.application.skp;

import java.util.List;

/**
 * What the pegawai's own SKP page shows.
 *
 * @param year    the open annual period, {@code null} when none is open
 * @param doc     their latest revision for it, {@code null} before they start one
 * @param options the PPK's approved RHK their RHK utama may intervene (empty unless the SKP is editable)
 * @param waiting whom they wait for (empty when nothing blocks them)
 */
public record MySkpView(Integer year, SkpDocument doc, List<InterventionOption> options, List<WaitingLine> waiting) implements java.io.Serializable {
}
