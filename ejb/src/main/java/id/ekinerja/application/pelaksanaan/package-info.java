/**
 * Pelaksanaan use cases: the pegawai documents the work of a window (rencana aksi, realisasi, bukti dukung), the
 * PPK gives umpan balik, and evidence is downloaded by those entitled to it. {@link PelaksanaanService} checks
 * every rule itself (owner, PPK of record, open window, file content), whatever the page offered.
 */
package id.ekinerja.application.pelaksanaan;
