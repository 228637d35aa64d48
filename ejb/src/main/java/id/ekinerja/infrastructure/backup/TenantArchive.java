package id.ekinerja.infrastructure.backup;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * One tenant's schema as a ZIP: {@code manifest.json} (tenant code and name, the tenant changelog version,
 * per table its columns, row count and the SHA-256 of its CSV, per evidence file its SHA-256 recomputed from
 * the stored bytes), {@code manifest.sig} (HMAC-SHA256 of the manifest with the platform's backup key) and
 * {@code tables/<table>.csv} written by PostgreSQL's {@code COPY … TO STDOUT (FORMAT csv, HEADER)}.
 *
 * <p>Logical, not physical: the restore target is another schema ({@code tenant_<new code>}), migrated by
 * Liquibase first, so only rows travel. The export runs in one REPEATABLE READ transaction, so the tables
 * are one consistent snapshot. A restore first {@link #verify verifies} the whole archive (signature, every
 * table file's hash, the version) before anything is written, then {@link #load loads} every table in
 * foreign-key order in one transaction and resets the identity sequences.
 *
 * <p>Plain JDBC on a dedicated connection: PgJDBC's COPY needs the driver's own connection, not the pool's.
 */
public final class TenantArchive {
    public static final int FORMAT = 1;
    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.sig";
    static final String TABLES = "tables/";
    /** Liquibase's own tables: the migration of the target schema makes them. */
    private static final Set<String> SKIPPED = Set.of("databasechangelog", "databasechangeloglock");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** What a table holds in an archive. */
    public record TableEntry(String name, List<String> columns, long rows, String sha256) {
    }

    /** One evidence file: the id of its {@code pel_bukti} row and the SHA-256 of its bytes. */
    public record EvidenceEntry(long id, String sha256) {
    }

    /** The manifest, as written and as read back. */
    public record Manifest(int format, String tenantCode, String tenantName, String schemaVersion,
                           OffsetDateTime createdAt, List<TableEntry> tables, List<EvidenceEntry> evidence) {
        public Map<String, Long> rowCounts() {
            Map<String, Long> counts = new TreeMap<>();
            tables.forEach(t -> counts.put(t.name(), t.rows()));
            return counts;
        }

        JsonObject toJson() {
            JsonArrayBuilder t = Json.createArrayBuilder();
            for (TableEntry e : tables) {
                t.add(Json.createObjectBuilder().add("name", e.name())
                        .add("columns", Json.createArrayBuilder(e.columns())).add("rows", e.rows())
                        .add("sha256", e.sha256()));
            }
            JsonArrayBuilder ev = Json.createArrayBuilder();
            for (EvidenceEntry e : evidence) {
                ev.add(Json.createObjectBuilder().add("id", e.id()).add("sha256", e.sha256()));
            }
            return Json.createObjectBuilder().add("format", format).add("tenantCode", tenantCode)
                    .add("tenantName", tenantName).add("schemaVersion", schemaVersion)
                    .add("createdAt", createdAt.toString()).add("tables", t).add("evidence", ev).build();
        }

        static Manifest fromJson(JsonObject o) {
            List<TableEntry> tables = new ArrayList<>();
            for (JsonValue v : o.getJsonArray("tables")) {
                JsonObject t = v.asJsonObject();
                List<String> columns = t.getJsonArray("columns").getValuesAs(jakarta.json.JsonString.class)
                        .stream().map(jakarta.json.JsonString::getString).toList();
                tables.add(new TableEntry(t.getString("name"), columns, t.getJsonNumber("rows").longValueExact(),
                        t.getString("sha256")));
            }
            List<EvidenceEntry> evidence = new ArrayList<>();
            for (JsonValue v : o.getJsonArray("evidence")) {
                JsonObject e = v.asJsonObject();
                evidence.add(new EvidenceEntry(e.getJsonNumber("id").longValueExact(), e.getString("sha256")));
            }
            return new Manifest(o.getInt("format"), o.getString("tenantCode"), o.getString("tenantName"),
                    o.getString("schemaVersion"), OffsetDateTime.parse(o.getString("createdAt")),
                    List.copyOf(tables), List.copyOf(evidence));
        }
    }

    private TenantArchive() {
    }

    // ------------------------------------------------------------------------------------------------ export

    /**
     * Writes the schema's tables to {@code out} as a signed archive. The connection must be dedicated (not
     * pooled); its transaction settings are changed and it is left rolled back.
     */
    public static Manifest export(Connection c, String schema, String code, String name, String schemaVersion,
                                  byte[] key, OutputStream out) throws SQLException, IOException {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            ZipOutputStream zip = new ZipOutputStream(out);
            List<TableEntry> tables = new ArrayList<>();
            for (String table : tablesInLoadOrder(c, schema)) {
                List<String> columns = columns(c, schema, table);
                zip.putNextEntry(new ZipEntry(TABLES + table + ".csv"));
                MessageDigest sha = sha256();
                OutputStream entry = new FilterOutputStream(zip) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        sha.update(b, off, len);
                        zip.write(b, off, len);
                    }

                    @Override
                    public void write(int b) throws IOException {
                        sha.update((byte) b);
                        zip.write(b);
                    }

                    @Override
                    public void close() {
                        // the ZIP stays open for the next entry
                    }
                };
                long rows = copy.copyOut("COPY (SELECT " + String.join(", ", columns) + " FROM " + schema + "." + table
                        + " ORDER BY 1) TO STDOUT WITH (FORMAT csv, HEADER true)", entry);
                zip.closeEntry();
                tables.add(new TableEntry(table, columns, rows, HexFormat.of().formatHex(sha.digest())));
            }
            Manifest manifest = new Manifest(FORMAT, code, name, schemaVersion, OffsetDateTime.now(),
                    List.copyOf(tables), evidence(c, schema));
            byte[] json = manifest.toJson().toString().getBytes(StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(json);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(SIGNATURE));
            zip.write(HexFormat.of().formatHex(hmac(key, json)).getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.finish();
            return manifest;
        } finally {
            c.rollback();
        }
    }

    /** The SHA-256 of every evidence file, recomputed from the stored bytes (not copied from the column). */
    public static List<EvidenceEntry> evidence(Connection c, String schema) throws SQLException {
        List<EvidenceEntry> evidence = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT bukti_id, encode(sha256(content), 'hex') FROM " + schema
                     + ".pel_bukti_content ORDER BY bukti_id")) {
            while (rs.next()) {
                evidence.add(new EvidenceEntry(rs.getLong(1), rs.getString(2)));
            }
        }
        return List.copyOf(evidence);
    }

    // ------------------------------------------------------------------------------------------------ verify

    /**
     * Reads and checks an archive before anything is written: the manifest's signature, the set of files,
     * each table file's SHA-256, well-formed names. Throws {@link ArchiveRejectedException} with a message key.
     */
    public static Manifest verify(Path file, byte[] key) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            ZipEntry sigEntry = zip.getEntry(SIGNATURE);
            if (manifestEntry == null || sigEntry == null) {
                throw new ArchiveRejectedException("backup.archive.notBackup", file.getFileName().toString());
            }
            byte[] json = read(zip, manifestEntry, 64L << 20);
            String sig = new String(read(zip, sigEntry, 1024), StandardCharsets.US_ASCII).strip();
            if (!MessageDigest.isEqual(HexFormat.of().formatHex(hmac(key, json)).getBytes(StandardCharsets.US_ASCII),
                    sig.getBytes(StandardCharsets.US_ASCII))) {
                throw new ArchiveRejectedException("backup.archive.signature", file.getFileName().toString());
            }
            Manifest manifest;
            try {
                manifest = Manifest.fromJson(Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8)))
                        .readObject());
            } catch (RuntimeException e) {
                throw new ArchiveRejectedException("backup.archive.manifest", e.getMessage());
            }
            if (manifest.format() != FORMAT) {
                throw new ArchiveRejectedException("backup.archive.format", String.valueOf(manifest.format()));
            }
            Set<String> expected = new HashSet<>(Set.of(MANIFEST, SIGNATURE));
            for (TableEntry t : manifest.tables()) {
                if (!IDENTIFIER.matcher(t.name()).matches() || !t.columns().stream().allMatch(col -> IDENTIFIER.matcher(col).matches())) {
                    throw new ArchiveRejectedException("backup.archive.manifest", t.name());
                }
                String entryName = TABLES + t.name() + ".csv";
                expected.add(entryName);
                ZipEntry entry = zip.getEntry(entryName);
                if (entry == null) {
                    throw new ArchiveRejectedException("backup.archive.missing", entryName);
                }
                MessageDigest sha = sha256();
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        sha.update(buffer, 0, n);
                    }
                }
                if (!HexFormat.of().formatHex(sha.digest()).equals(t.sha256())) {
                    throw new ArchiveRejectedException("backup.archive.checksum", entryName);
                }
            }
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                String n = e.nextElement().getName();
                if (!expected.contains(n)) {
                    throw new ArchiveRejectedException("backup.archive.unexpected", n);
                }
            }
            return manifest;
        } catch (java.util.zip.ZipException e) {
            throw new ArchiveRejectedException("backup.archive.notBackup", file.getFileName().toString());
        } catch (IOException e) {
            throw new ArchiveRejectedException("backup.archive.unreadable", e.getMessage());
        }
    }

    // -------------------------------------------------------------------------------------------------- load

    /**
     * Loads a verified archive into {@code schema}, which must have exactly the archive's tables and columns
     * (same changelog version). Empties the schema's tables first, loads in foreign-key order, resets every
     * identity sequence past the highest id, and checks row counts and every evidence file's SHA-256
     * (recomputed from the loaded bytes) against the manifest; all in one transaction that is rolled back on
     * any difference. The connection must be dedicated; it is left with auto-commit off, committed or rolled back.
     *
     * @return rows per table as loaded
     */
    public static Map<String, Long> load(Connection c, String schema, Path file, Manifest manifest)
            throws SQLException, IOException {
        c.setAutoCommit(false);
        boolean committed = false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> order = tablesInLoadOrder(c, schema);
            Map<String, TableEntry> byName = new HashMap<>();
            manifest.tables().forEach(t -> byName.put(t.name(), t));
            if (!new TreeSet<>(order).equals(new TreeSet<>(byName.keySet()))) {
                throw new ArchiveRejectedException("backup.archive.tables", schema);
            }
            for (String table : order) {
                if (!new HashSet<>(columns(c, schema, table)).containsAll(byName.get(table).columns())) {
                    throw new ArchiveRejectedException("backup.archive.tables", table);
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("TRUNCATE " + String.join(", ", order.stream().map(t -> schema + "." + t).toList())
                        + " RESTART IDENTITY CASCADE");
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Long> loaded = new LinkedHashMap<>();
            for (String table : order) {
                TableEntry entry = byName.get(table);
                try (InputStream in = zip.getInputStream(zip.getEntry(TABLES + table + ".csv"))) {
                    long rows = copy.copyIn("COPY " + schema + "." + table + " (" + String.join(", ", entry.columns())
                            + ") FROM STDIN WITH (FORMAT csv, HEADER true)", in);
                    if (rows != entry.rows()) {
                        throw new ArchiveRejectedException("backup.archive.rows", table);
                    }
                    loaded.put(table, rows);
                }
            }
            resetSequences(c, schema);
            if (!evidence(c, schema).equals(manifest.evidence())) {
                throw new ArchiveRejectedException("backup.archive.evidence", schema);
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + schema
                    + ".pel_bukti b JOIN " + schema + ".pel_bukti_content x ON x.bukti_id = b.id"
                    + " WHERE b.sha256 <> encode(sha256(x.content), 'hex')")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new ArchiveRejectedException("backup.archive.evidence", schema);
                }
            }
            c.commit();
            committed = true;
            return loaded;
        } finally {
            if (!committed) {
                c.rollback();
            }
        }
    }

    /** Whether any table of the schema (Liquibase's own aside) holds a row. */
    public static boolean hasRows(Connection c, String schema) throws SQLException {
        for (String table : tablesInLoadOrder(c, schema)) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM " + schema + "." + table + ")")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Rows per table (Liquibase's own aside), for checks and tests. */
    public static Map<String, Long> rowCounts(Connection c, String schema) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tablesInLoadOrder(c, schema)) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM " + schema + "." + table)) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    /** Identity and serial columns continue after the highest restored id. */
    private static void resetSequences(Connection c, String schema) throws SQLException {
        List<String[]> sequences = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, column_name, pg_get_serial_sequence("
                + "quote_ident(table_schema) || '.' || quote_ident(table_name), column_name)"
                + " FROM information_schema.columns WHERE table_schema = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(3) != null && !SKIPPED.contains(rs.getString(1))) {
                        sequences.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                    }
                }
            }
        }
        for (String[] s : sequences) {
            try (PreparedStatement ps = c.prepareStatement("SELECT setval(?::regclass, COALESCE((SELECT max(" + s[1]
                    + ") FROM " + schema + "." + s[0] + "), 0) + 1, false)")) {
                ps.setString(1, s[2]);
                ps.executeQuery().close();
            }
        }
    }

    /**
     * The schema's tables, referenced ones before those that reference them (self-references are fine:
     * PostgreSQL checks a non-deferred foreign key at the end of the COPY statement). Cycles between tables
     * would need deferred constraints; the tenant schema has none, and a cycle is reported rather than guessed.
     */
    static List<String> tablesInLoadOrder(Connection c, String schema) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_type = 'BASE TABLE'")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!SKIPPED.contains(rs.getString(1))) {
                        tables.add(rs.getString(1));
                    }
                }
            }
        }
        Map<String, Set<String>> dependsOn = new TreeMap<>();
        tables.forEach(t -> dependsOn.put(t, new TreeSet<>()));
        try (PreparedStatement ps = c.prepareStatement("SELECT cl.relname, rf.relname FROM pg_constraint co"
                + " JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_class rf ON rf.oid = co.confrelid"
                + " JOIN pg_namespace n ON n.oid = cl.relnamespace WHERE co.contype = 'f' AND n.nspname = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getString(1).equals(rs.getString(2)) && tables.contains(rs.getString(1))) {
                        dependsOn.get(rs.getString(1)).add(rs.getString(2));
                    }
                }
            }
        }
        List<String> order = new ArrayList<>();
        Deque<String> ready = new ArrayDeque<>();
        dependsOn.forEach((t, d) -> {
            if (d.isEmpty()) {
                ready.add(t);
            }
        });
        while (!ready.isEmpty()) {
            String t = ready.poll();
            order.add(t);
            for (var e : dependsOn.entrySet()) {
                if (e.getValue().remove(t) && e.getValue().isEmpty()) {
                    ready.add(e.getKey());
                }
            }
        }
        if (order.size() != tables.size()) {
            throw new IllegalStateException("Foreign keys of schema " + schema + " form a cycle; cannot order the load");
        }
        return order;
    }

    private static List<String> columns(Connection c, String schema, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = ? AND table_name = ? AND is_generated = 'NEVER' ORDER BY ordinal_position")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    private static byte[] read(ZipFile zip, ZipEntry entry, long max) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > max) {
                    throw new ArchiveRejectedException("backup.archive.manifest", entry.getName());
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
