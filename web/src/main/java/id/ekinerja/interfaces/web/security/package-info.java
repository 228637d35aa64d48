/** Sign-in through Keycloak (elytron-oidc-client) and sign-out, which WildFly 39 does not do by itself. */
package id.ekinerja.interfaces.web.security;
