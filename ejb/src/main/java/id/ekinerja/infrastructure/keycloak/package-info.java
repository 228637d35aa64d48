/**
 * Keycloak Admin REST client: organizations (one per tenant), users (username = NIP) and memberships.
 * Plain JDK HTTP and JSON-P, so nothing competes with the server's own REST client libraries.
 */
package id.ekinerja.infrastructure.keycloak;
