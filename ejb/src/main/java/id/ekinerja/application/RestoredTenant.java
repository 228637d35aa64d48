package id.ekinerja.application;

import java.util.Map;

/**
 * The result of a restore: the tenant, the rows loaded per table, how many evidence files were checked,
 * how many accounts had to be created (without a password) and how many memberships were given.
 */
public record RestoredTenant(String code, String name, String sourceCode, Map<String, Long> rows,
                             int evidenceFiles, int accountsCreated, int members) implements java.io.Serializable {
}
