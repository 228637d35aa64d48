/**
 * Penilaian use cases: periodic and annual evaluation by the PPK of record, the organisation predikat by the
 * leader above a unit, finalisation against the distribution curve (one unit, or a whole unit tree in bulk),
 * keberatan decided by the atasan PPK, and the Dokumen Evaluasi Kinerja Pegawai.
 */
package id.ekinerja.application.penilaian;
