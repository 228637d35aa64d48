/** Logical per-tenant backup archives: export, verification and load of one tenant schema. */
package id.ekinerja.infrastructure.backup;
