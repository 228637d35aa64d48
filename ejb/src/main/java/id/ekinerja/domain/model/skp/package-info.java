/**
 * The SKP (Sasaran Kinerja Pegawai) aggregate: one pegawai's performance plan for one year, its RHK with
 * their IKI, the PPK's ekspektasi khusus per BerAKHLAK value, and the annual periods that open drafting.
 * The entities refuse illegal transitions and incomplete content themselves; services only add who may act.
 */
package id.ekinerja.domain.model.skp;
