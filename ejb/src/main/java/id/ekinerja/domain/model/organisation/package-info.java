/** The agency's organisation: unit kerja tree and pegawai with their direct superior (PPK). */
package id.ekinerja.domain.model.organisation;
