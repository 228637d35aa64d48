/** Jakarta REST API under {@code /api}, authenticated by Keycloak bearer tokens. */
package id.ekinerja.interfaces.rest;
