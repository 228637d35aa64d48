/** Audit trails: the platform audit (tenant lifecycle) and, per tenant, the activity log. */
package id.ekinerja.infrastructure.audit;
