/** The web interface: Faces pages and their backing beans, tenant resolution, OIDC sign-in and sign-out. */
package id.ekinerja.interfaces.web;
