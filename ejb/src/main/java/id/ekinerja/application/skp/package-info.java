/**
 * SKP use cases: periods, drafting, submission, the PPK's inbox and decision, revisions, the intervention
 * picker and the waiting chain. Every method takes the acting {@link id.ekinerja.application.security.Actor}
 * and checks who may do it on the server; every change fires a
 * {@link id.ekinerja.application.activity.TenantActivity}. Pages and the PDF read {@link SkpDocument}s,
 * never entities, so nothing lazy leaks out of a transaction.
 */
package id.ekinerja.application.skp;
