/** The tenant's activity log: services fire {@link id.ekinerja.application.activity.TenantActivity}; one listener records it. */
package id.ekinerja.application.activity;
