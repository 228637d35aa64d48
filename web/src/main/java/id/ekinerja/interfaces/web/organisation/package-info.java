/** Organisation admin pages: pegawai, unit kerja tree, bulk import. Offering is not permitting: services check. */
package id.ekinerja.interfaces.web.organisation;
