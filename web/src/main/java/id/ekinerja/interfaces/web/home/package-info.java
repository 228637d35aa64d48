/** The agency home page of the signed-in pegawai. */
package id.ekinerja.interfaces.web.home;
