/**
 * Pelaksanaan (stage 2 of the SKP year): what a pegawai records per RHK of their approved SKP and per periodic
 * window — rencana aksi, realisasi, bukti dukung (files or links) — the PPK's umpan balik per RHK and per core
 * value, and the pegawai's notes on pengembangan kinerja. Uploaded files are judged by their content
 * ({@link EvidenceType#detect}), never by the name or the browser's word; names and links are checked by
 * {@link EvidenceName} and {@link EvidenceLink}. The window rules come from
 * {@link id.ekinerja.domain.model.skp.EvaluationWindow}.
 */
package id.ekinerja.domain.model.pelaksanaan;
