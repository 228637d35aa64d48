/**
 * Organisation administration: unit kerja tree, pegawai forms and the bulk import of pegawai from XLSX/CSV
 * with their Keycloak accounts. Only admin instansi / pengelola kinerja of the current tenant may use it.
 */
package id.ekinerja.application.organisation;
