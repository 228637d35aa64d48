/** The tenant registry's view of an agency: its code, name, schema, status and schema version. */
package id.ekinerja.domain.model.tenant;
