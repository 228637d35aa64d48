/** Liquibase changelogs of the platform schema and of every tenant schema, and the tenant schema version. */
package id.ekinerja.db;
