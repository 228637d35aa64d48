/**
 * Pelaksanaan pages: the pegawai's documentation of a window (also the PPK's view of it, with the umpan balik
 * form), the PPK's list of subordinates, and the evidence endpoint that uploads and downloads bukti dukung.
 */
package id.ekinerja.interfaces.web.pelaksanaan;
