package id.ekinerja.systemtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * What "the database is identical before and after" means for the security tests, by plain JDBC inside WildFly.
 * {@link #quick} is cheap enough to take around every single request: per table of the schemas, the row count, the
 * highest id and the sum of row versions (any insert, delete or update of a versioned row shows). {@link #full}
 * is the exact one for a batch: per table the count and an md5 over every row's text, ordered.
 * {@code mail_outbox} is left out: the background sender updates it on its own schedule (attempts, next try).
 */
final class DatabaseFingerprint {
    private static final List<String> IGNORED = List.of("mail_outbox", "databasechangelog", "databasechangeloglock");

    private DatabaseFingerprint() {
    }

    static DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup("java:jboss/datasources/EkinerjaDS");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Count, max(id) and sum(version) of every table of the schemas, in one statement. */
    static Map<String, String> quick(String... schemas) {
        return query(schemas, (schema, table, columns) -> "select '" + schema + "." + table + "', count(*)::text || '/' || "
                + (columns.contains("id") ? "coalesce(max(id)::text, '-')" : "'-'") + " || '/' || "
                + (columns.contains("version") ? "coalesce(sum(version)::text, '-')" : "'-'")
                + " from " + schema + "." + table);
    }

    /** Count and md5 of every row of every table of the schemas, ordered: the exact comparison. */
    static Map<String, String> full(String... schemas) {
        return query(schemas, (schema, table, columns) -> "select '" + schema + "." + table + "', count(*)::text || '/' || "
                + "coalesce(md5(string_agg(md5(t::text), ',' order by md5(t::text))), '-') from " + schema + "." + table + " t");
    }

    /** The tenant schema of an agency code, as TenantCode derives it. */
    static String schemaOf(String code) {
        return "tenant_" + code.replace('-', '_');
    }

    private interface PerTable {
        String sql(String schema, String table, List<String> columns);
    }

    private static Map<String, String> query(String[] schemas, PerTable perTable) {
        try (Connection c = dataSource().getConnection()) {
            Map<String, List<String>> tables = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select table_schema, table_name, column_name from "
                    + "information_schema.columns where table_schema = any(?) order by 1, 2, ordinal_position")) {
                ps.setArray(1, c.createArrayOf("text", schemas));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (!IGNORED.contains(rs.getString(2))) {
                            tables.computeIfAbsent(rs.getString(1) + "." + rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                        }
                    }
                }
            }
            List<String> parts = new ArrayList<>();
            tables.forEach((qualified, columns) -> {
                int dot = qualified.indexOf('.');
                parts.add(perTable.sql(qualified.substring(0, dot), qualified.substring(dot + 1), columns));
            });
            Map<String, String> result = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(String.join(" union all ", parts)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getString(1), rs.getString(2));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ids of a table of a schema, optionally filtered, e.g. {@code ids("tenant_x", "skp", null)}. */
    static List<Long> ids(String schema, String table, String where) {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement("select id from " + schema
                + "." + table + (where == null ? "" : " where " + where) + " order by id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    /** The first column of a query's rows as text. */
    static List<String> strings(String sql) {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }
}
