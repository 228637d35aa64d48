/**
 * Schema-per-tenant infrastructure. The tenant of a unit of work is held in {@link id.ekinerja.infrastructure.tenancy.TenantContext}
 * for exactly that work and cleared afterwards; Hibernate asks for it on every session and points every
 * connection at the tenant's schema. There is no default tenant: without one, data access fails.
 */
package id.ekinerja.infrastructure.tenancy;
