/**
 * Who may do what inside a tenant. Keycloak says who the person is (their NIP) and which tenants they
 * belong to; the tenant's own data says whether they are a pegawai, whose PPK they are, and whether they
 * hold an admin role. Every application service checks here, whatever the page offered.
 */
package id.ekinerja.application.security;
