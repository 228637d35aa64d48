package id.ekinerja.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ekinerja.application.RestoredTenant;
import id.ekinerja.application.TenantBackupService;
import id.ekinerja.application.pelaksanaan.PelaksanaanService;
import id.ekinerja.application.security.Actor;
import id.ekinerja.application.skp.SkpDocument;
import id.ekinerja.application.skp.SkpService;
import id.ekinerja.infrastructure.audit.PlatformAudit;
import id.ekinerja.infrastructure.backup.ArchiveRejectedException;
import id.ekinerja.infrastructure.backup.BackupKey;
import id.ekinerja.infrastructure.backup.TenantArchive;
import id.ekinerja.infrastructure.keycloak.KeycloakAdmin;
import id.ekinerja.infrastructure.mail.PublicUrl;
import id.ekinerja.infrastructure.tenancy.DatabaseSettings;
import id.ekinerja.infrastructure.tenancy.SchemaMigrator;
import id.ekinerja.infrastructure.tenancy.TenantContext;
import id.ekinerja.infrastructure.tenancy.TenantRegistry;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant backup and restore against the real database and Keycloak: bawaslu-lebong (with a bukti dukung file
 * uploaded by Hartini) is backed up and restored into a new tenant; row counts per table and the evidence
 * checksums (recomputed from the restored bytes) match, identities continue past the restored ids, the audit
 * records it, and Hartini signs in to the new tenant. A non-empty target, a corrupted, a forged and a
 * version-mismatched archive are each refused with their own message, and nothing is written.
 */
@ExtendWith(ArquillianExtension.class)
class TenantBackupIT {
    private static final String BAWASLU = "bawaslu-lebong";
    private static final Actor HARTINI = new Actor("198905252014032002");
    private static final Actor SUGENG = new Actor("198306112008121002");
    private static final String OPERATOR = "platform.admin";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ekinerja(TenantBackupIT.class, PelaksanaanProbe.class, ApprovedSkps.class);
    }

    @EJB
    TenantBackupService backups;

    @EJB
    PelaksanaanService pelaksanaan;

    @EJB
    SkpService skp;

    @EJB
    PelaksanaanProbe probe;

    @Inject
    TenantRegistry registry;

    @Inject
    PlatformAudit audit;

    @Inject
    KeycloakAdmin keycloak;

    @Test
    void aBackupRestoredIntoANewTenantHasTheSameRowsEvidenceAndMembers() throws Exception {
        long[] upload = uploadEvidence();
        Path archive = backup(BAWASLU);
        Map<String, Long> source = rowCounts(BAWASLU);
        Map<String, String> sourceEvidence = evidence(BAWASLU);
        assertTrue(sourceEvidence.containsKey(String.valueOf(upload[0])));

        String target = "rst-" + UUID.randomUUID().toString().substring(0, 8);
        RestoredTenant restored = backups.restore(archive, target, null, false, OPERATOR);

        assertEquals(source, rowCounts(target), "every table has as many rows as the source");
        assertEquals(source, restored.rows().entrySet().stream().collect(TreeMap::new,
                (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
        assertTrue(source.get("pel_bukti_content") > 0 && source.get("pegawai") > 0);
        Map<String, String> restoredEvidence = evidence(target);
        assertEquals(sourceEvidence, restoredEvidence, "SHA-256 recomputed from the restored bytes");
        assertEquals(sourceEvidence.size(), restored.evidenceFiles());
        try (Connection c = DatabaseSettings.openDedicatedConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT content FROM tenant_" + target.replace('-', '_')
                     + ".pel_bukti_content WHERE bukti_id = " + upload[0])) {
            assertTrue(rs.next());
            assertEquals(sourceEvidence.get(String.valueOf(upload[0])), sha256(rs.getBytes(1)), "bytes intact");
        }
        assertTrue(registry.find(target).isPresent(), "registered");
        assertTrue(audit.latest(20).stream().anyMatch(e -> e.action().equals("RESTORED") && target.equals(e.tenantCode())
                && e.actor().equals(OPERATOR)));
        assertTrue(audit.latest(20).stream().anyMatch(e -> e.action().equals("BACKED_UP") && BAWASLU.equals(e.tenantCode())));

        // identities continue after the restored ids: new work in the restored tenant gets fresh ids
        long newId = TenantContext.call(target, () -> pelaksanaan.uploadBukti(HARTINI, upload[1], upload[2],
                "Setelah pemulihan.pdf", uniquePdf()));
        assertTrue(newId > upload[0]);

        // a member signs in and reaches the restored tenant (organization claim, tenant admission, data)
        String token = token(HARTINI.username());
        assertTrue(claims(token).toString().contains(target), "the token names the restored organization");
        HttpResponse<String> me = HTTP.send(HttpRequest.newBuilder(URI.create(PublicUrl.base() + "/api/t/" + target
                        + "/pegawai/" + HARTINI.username())).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("Hartini"), me.body());
    }

    @Test
    void aTenantThatHoldsDataIsNotOverwritten() throws Exception {
        Path archive = backup(BAWASLU);
        Map<String, Long> before = rowCounts("kpu-dki");
        ArchiveRejectedException e = assertThrows(ArchiveRejectedException.class,
                () -> backups.restore(archive, "kpu-dki", null, false, OPERATOR));
        assertEquals("backup.target.notEmpty", e.messageKey());
        assertEquals(before, rowCounts("kpu-dki"), "kpu-dki unchanged");
    }

    @Test
    void corruptedForgedAndForeignVersionArchivesAreRefusedAndNothingIsWritten() throws Exception {
        Path archive = backup(BAWASLU);
        // one byte of a table file changed: the manifest's checksum catches it
        Path corrupted = rewrite(archive, (name, bytes) -> name.equals("tables/pegawai.csv") ? flipLastDigit(bytes) : bytes);
        assertRefused(corrupted, "backup.archive.checksum");
        // the table changed AND its checksum in the manifest updated: the signature catches it
        Path forged = forge(archive, false);
        assertRefused(forged, "backup.archive.signature");
        // correctly signed (as by another installation with the same key) but of another schema version
        Path otherVersion = forge(archive, true);
        assertRefused(otherVersion, "backup.archive.version");
        // not a backup at all
        Path text = Files.writeString(temporary("not-a-backup"), "hello");
        assertRefused(text, "backup.archive.notBackup");
    }

    @Test
    void theOperatorEndpointsBackUpAndRestoreOverHttp() throws Exception {
        String token = token(OPERATOR);
        HttpResponse<byte[]> zip = HTTP.send(HttpRequest.newBuilder(URI.create(PublicUrl.base()
                        + "/api/platform/tenants/" + BAWASLU + "/backup")).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
        String target = "rsh-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> restored = HTTP.send(HttpRequest.newBuilder(URI.create(PublicUrl.base()
                        + "/api/platform/tenants/" + target + "/restore")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip.body())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, restored.statusCode(), restored.body());
        assertEquals(rowCounts(target).get("pegawai"), (long) json(restored.body()).getJsonObject("rows").getInt("pegawai"));
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create(PublicUrl.base()
                        + "/api/platform/tenants/" + target + "/restore")).header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en").header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip.body())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("backup.target.notEmpty", json(again.body()).getString("error"));
        assertTrue(json(again.body()).getString("message").contains("replace=true"), again.body());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void assertRefused(Path archive, String key) {
        String target = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        ArchiveRejectedException e = assertThrows(ArchiveRejectedException.class,
                () -> backups.restore(archive, target, null, false, OPERATOR));
        assertEquals(key, e.messageKey(), e.getMessage());
        assertFalse(registry.find(target).isPresent(), "no registry row");
        assertFalse(SchemaMigrator.schemaExists(target), "no schema");
        assertFalse(keycloak.findOrganizationId(target).isPresent(), "no organization");
    }

    /** [bukti id, rhk id, window id] of a file Hartini uploads in the open November window. */
    private long[] uploadEvidence() {
        SkpDocument approved = ApprovedSkps.ensure(skp, BAWASLU, HARTINI, SUGENG, 2026, "Terlaksananya pengawasan tahapan pemilu");
        long rhk = approved.utama().get(0).id();
        long november = probe.windowId(BAWASLU, 2026, "MONTH", 11);
        long id = TenantContext.call(BAWASLU, () -> pelaksanaan.uploadBukti(HARTINI, rhk, november, "Laporan.pdf", uniquePdf()));
        return new long[] {id, rhk, november};
    }

    private Path backup(String code) throws IOException {
        Path file = temporary("backup-" + code);
        try (OutputStream out = Files.newOutputStream(file)) {
            backups.backup(code, out, OPERATOR);
        }
        return file;
    }

    /** A temporary zip file, deleted when the JVM (the server, for this in-container test) exits. */
    private static Path temporary(String prefix) throws IOException {
        Path file = Files.createTempFile(prefix, ".zip");
        file.toFile().deleteOnExit();
        return file;
    }

    private static Map<String, Long> rowCounts(String code) throws Exception {
        try (Connection c = DatabaseSettings.openDedicatedConnection()) {
            return TenantArchive.rowCounts(c, "tenant_" + code.replace('-', '_'));
        }
    }

    /** bukti id → SHA-256 computed here, in Java, from the stored bytes. */
    private static Map<String, String> evidence(String code) throws Exception {
        Map<String, String> result = new TreeMap<>();
        try (Connection c = DatabaseSettings.openDedicatedConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT bukti_id, content FROM tenant_" + code.replace('-', '_')
                     + ".pel_bukti_content")) {
            while (rs.next()) {
                result.put(String.valueOf(rs.getLong(1)), sha256(rs.getBytes(2)));
            }
        }
        return result;
    }

    private interface EntryChange {
        byte[] apply(String name, byte[] bytes) throws IOException;
    }

    private static Path rewrite(Path archive, EntryChange change) throws IOException {
        Path out = temporary("changed");
        try (ZipFile in = new ZipFile(archive.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                byte[] bytes;
                try (InputStream s = in.getInputStream(entry)) {
                    bytes = s.readAllBytes();
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(change.apply(entry.getName(), bytes));
                zip.closeEntry();
            }
        }
        return out;
    }

    /**
     * One digit of the pegawai table changed and the manifest's checksum updated to match; re-signed with
     * the real key only when {@code resign} (then with another schema version), else the old signature stays.
     */
    private static Path forge(Path archive, boolean resign) throws IOException {
        byte[][] table = new byte[1][];
        Path step = rewrite(archive, (name, bytes) -> {
            if (name.equals("tables/pegawai.csv")) {
                table[0] = flipLastDigit(bytes);
                return table[0];
            }
            return bytes;
        });
        Path changed = rewrite(step, (name, bytes) -> {
            if (name.equals("manifest.json")) {
                JsonObject m = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8))).readObject();
                var tables = Json.createArrayBuilder();
                for (var t : m.getJsonArray("tables").getValuesAs(JsonObject.class)) {
                    tables.add(t.getString("name").equals("pegawai")
                            ? Json.createObjectBuilder(t).add("sha256", sha256(table[0])) : Json.createObjectBuilder(t));
                }
                var manifest = Json.createObjectBuilder(m).add("tables", tables);
                if (resign) {
                    manifest.add("schemaVersion", "0".repeat(64));
                }
                return manifest.build().toString().getBytes(StandardCharsets.UTF_8);
            }
            return bytes;
        });
        return resign ? resign(changed) : changed;
    }

    private static Path resign(Path archive) {
        try {
            byte[][] manifest = new byte[1][];
            try (ZipFile zip = new ZipFile(archive.toFile()); InputStream in = zip.getInputStream(zip.getEntry("manifest.json"))) {
                manifest[0] = in.readAllBytes();
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(BackupKey.key(), "HmacSHA256"));
            byte[] sig = HexFormat.of().formatHex(mac.doFinal(manifest[0])).getBytes(StandardCharsets.US_ASCII);
            return rewrite(archive, (name, bytes) -> name.equals("manifest.sig") ? sig : bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] flipLastDigit(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = copy.length - 1; i >= 0; i--) {
            if (copy[i] >= '0' && copy[i] <= '8') {
                copy[i]++;
                return copy;
            }
        }
        throw new IllegalStateException("no digit");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] uniquePdf() {
        return ("%PDF-1.4\n% " + UUID.randomUUID() + "\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A password-grant token of a demo account, with the organization claim the pages' sign-in also gets. */
    private static String token(String username) throws Exception {
        String form = "grant_type=password&client_id=ekinerja-web&scope="
                + URLEncoder.encode("openid organization:*", StandardCharsets.UTF_8)
                + "&username=" + username + "&password=demo12345";
        String url = System.getProperty("ekinerja.keycloak.url") + "/realms/"
                + System.getProperty("ekinerja.keycloak.realm", "ekinerja") + "/protocol/openid-connect/token";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        String token = json(r.body()).getString("access_token");
        assertNotNull(token);
        return token;
    }

    private static JsonObject claims(String token) {
        return json(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
