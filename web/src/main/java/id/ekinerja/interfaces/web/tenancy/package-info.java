/**
 * Tenant resolution for {@code /t/{tenant}/…}: the filter checks the code against the registry and the
 * user's organization claim, holds the tenant for the request and forwards to the shared page; the view
 * handler puts the prefix back into every URL a page renders.
 */
package id.ekinerja.interfaces.web.tenancy;
